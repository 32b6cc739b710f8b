package eu.digitalpartnership.kg.publish;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Stores for the published data and the read-only view that queries see. */
public final class Stores {
    private Stores() {}

    /** A new in-memory transactional store. */
    public static DatasetGraph inMemory() {
        return DatasetGraphFactory.createTxnMem();
    }

    /** A read-only view whose default graph is the union of the store's document graphs. */
    public static DatasetGraph unionView(DatasetGraph store) {
        return new UnionDefaultGraphView(store);
    }
}
