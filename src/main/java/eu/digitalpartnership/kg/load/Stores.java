package eu.digitalpartnership.kg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.tdb2.TDB2Factory;

/** Stores for the published data and the read-only view that queries see. */
public final class Stores {
    private Stores() {}

    /** A new in-memory transactional store. */
    public static DatasetGraph inMemory() {
        return DatasetGraphFactory.createTxnMem();
    }

    /**
     * A persistent TDB2 store in a folder (created when missing). A folder can be open in one process only;
     * a second one gets an {@link IllegalStateException} saying so.
     */
    public static DatasetGraph persistent(Path dir) {
        try {
            Files.createDirectories(dir);
            return TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot create store folder " + dir + ": " + e.getMessage());
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock") || m.contains("Lock") || m.contains("in use"))
                throw new IllegalStateException("Store " + dir + " is in use by another process");
            throw e;
        }
    }

    /** Releases a persistent store so that another process may open it; in-memory stores are left alone. */
    public static void release(DatasetGraph store) {
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(store)) org.apache.jena.tdb2.sys.TDBInternal.expel(store);
    }

    /**
     * The read-only view that queries and pages see: the default graph is the published (consolidated) graph, and
     * each document graph, with its claims and their evidence, is a named graph. Over TDB2, queries run on TDB2's
     * engine.
     */
    public static DatasetGraph publishedView(DatasetGraph store) {
        return new DatasetGraphReadOnly(store);
    }
}
