package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.model.DP;
import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes validated document graphs into an empty TDB2 store with TDB2's own bulk loader, which builds each index in
 * its own pass instead of adding quads one at a time in a transaction. The bulk loader commits as it goes, so the
 * store is marked ({@code dp:unfinishedLoad} on the dataset) while it writes: a load that fails empties the store
 * again, and a store still marked when the next load starts held one that was stopped, so it is emptied first.
 * Everything else of the load (consolidation, the gate, the statistics) stays in one transaction after it.
 */
final class BulkWrite {
    private final DatasetGraph store;
    private final Node statisticsGraph;
    private final Node dataset;
    private DataLoader loader;

    private BulkWrite(DatasetGraph store, Node statisticsGraph, Node dataset) {
        this.store = store;
        this.statisticsGraph = statisticsGraph;
        this.dataset = dataset;
    }

    /** True when the store is TDB2 and holds nothing: a first load, which the bulk loader may write. */
    static boolean applies(DatasetGraph store) {
        return TDBInternal.isTDB2(LabelIndex.unwrap(store)) && Txn.calculateRead(store, store::isEmpty);
    }

    /** Empties a store that a bulk load stopped half-way left marked; returns whether it did. */
    static boolean recover(DatasetGraph store, Node statisticsGraph, Node dataset) {
        boolean unfinished = Txn.calculateRead(store,
                () -> store.contains(statisticsGraph, dataset, DP.unfinishedLoad.asNode(), Node.ANY));
        if (unfinished) empty(store);
        return unfinished;
    }

    /** Marks the store, in a transaction of its own, and starts the bulk loader. */
    static BulkWrite start(DatasetGraph store, Node statisticsGraph, Node dataset) {
        BulkWrite bulk = new BulkWrite(store, statisticsGraph, dataset);
        Txn.executeWrite(store, () -> store.add(statisticsGraph, dataset, DP.unfinishedLoad.asNode(),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        bulk.loader = LoaderFactory.parallelLoader(LabelIndex.unwrap(store), MonitorOutputs.nullOutput());
        bulk.loader.startBulk();
        return bulk;
    }

    /** Sends one document graph to the bulk loader. */
    void add(Node graphName, Graph graph) {
        StreamRDF stream = loader.stream();
        graph.find().forEachRemaining(t -> stream.quad(Quad.create(graphName, t)));
    }

    /** Waits for the bulk loader to build every index; the documents are then in the store, still marked. */
    void finish() {
        DataLoader l = loader;
        loader = null;
        if (l != null) l.finishBulk();
    }

    /** Removes the mark: called inside the transaction that publishes, so both commit together. */
    void unmark() {
        store.deleteAny(statisticsGraph, dataset, DP.unfinishedLoad.asNode(), Node.ANY);
    }

    /** After a failure: lets the bulk loader finish what it was given, then empties the store as it was before. */
    void abandon(Throwable cause) {
        try {
            finish();
            empty(store);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void empty(DatasetGraph store) {
        Txn.executeWrite(store, store::clear);
        Stores.compact(store);
    }
}
