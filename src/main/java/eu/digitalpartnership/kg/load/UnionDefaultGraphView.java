package eu.digitalpartnership.kg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * A read-only view of a dataset whose default graph is the union of its named graphs.
 * Works for any {@link DatasetGraph} (in-memory or TDB2) and leaves the dataset itself unchanged.
 * <p>
 * It must be a {@link DatasetGraphWrapperView}: ARQ unwraps any other {@code DatasetGraphWrapper}
 * before choosing a query engine, and would then query the real (empty) default graph.
 * The general ARQ engine therefore runs queries; TDB2 stores get a {@link TdbUnionView} instead.
 * {@link #close()} does nothing: whoever made the dataset closes it.
 */
final class UnionDefaultGraphView extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

    private final Graph union;

    UnionDefaultGraphView(DatasetGraph dataset) {
        super(dataset);
        this.union = new GraphReadOnly(dataset.getUnionGraph());
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }

    @Override
    public void close() {}
}
