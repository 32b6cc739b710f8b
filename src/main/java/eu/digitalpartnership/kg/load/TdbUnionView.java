package eu.digitalpartnership.kg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * A read-only view of a TDB2 dataset whose default graph is the union of its named graphs, answered by TDB2's own
 * query engine: ARQ unwraps this view, finds the TDB2 dataset and runs its engine with
 * {@code tdb2:unionDefaultGraph} set in the view's context, so basic graph patterns are matched on TDB2's quad
 * indexes instead of through the general engine. Direct API use sees the union as the default graph too.
 * {@link #close()} does nothing: whoever made the dataset closes it.
 */
final class TdbUnionView extends DatasetGraphReadOnly {
    private final Graph union;

    TdbUnionView(DatasetGraph tdb) {
        super(tdb, unionContext(tdb));
        this.union = new GraphReadOnly(tdb.getUnionGraph());
    }

    private static Context unionContext(DatasetGraph tdb) {
        Context context = Context.mergeCopy(Context.emptyContext(), tdb.getContext());
        context.set(TDB2.symUnionDefaultGraph, true);
        return context;
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }

    @Override
    public void close() {}
}
