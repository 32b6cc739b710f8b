package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.extract.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.tdb2.TDB2Factory;

/** Stores for the published data and the read-only view that queries see. */
public final class Stores {
    private Stores() {}

    /** A new in-memory transactional store, with the text index of its published labels ({@link LabelIndex}). */
    public static DatasetGraph inMemory() {
        return LabelIndex.over(DatasetGraphFactory.createTxnMem());
    }

    /**
     * A persistent TDB2 store in a folder (created when missing). A folder can be open in one process only;
     * a second one gets a {@link StoreInUseException}, a folder that cannot be made an {@link InputException}.
     * The text index of its published labels ({@link LabelIndex}) is built in memory from what it holds.
     */
    public static DatasetGraph persistent(Path dir) {
        return open(dir, true);
    }

    private static DatasetGraph open(Path dir, boolean searchable) {
        try {
            Files.createDirectories(dir);
            DatasetGraph tdb = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
            return searchable ? LabelIndex.over(tdb) : tdb;
        } catch (IOException e) {
            throw new InputException("Cannot create store folder " + dir + ": " + e.getMessage());
        } catch (DBOpEnvException e) {
            // TDB2 throws this type only when the folder's process lock is held by another process.
            throw new StoreInUseException(dir);
        }
    }

    /**
     * A persistent TDB2 store as {@link #persistent(Path)} gives, without the text index of its labels: for a process
     * that writes the store and exits (load, export), which never searches it.
     */
    public static DatasetGraph persistentUnsearchable(Path dir) {
        return open(dir, false);
    }

    /**
     * Compacts a persistent store: TDB2 writes new versions of what a transaction changes and keeps the old ones, so a
     * store whose documents were all rewritten (a new build re-extracting them) holds about twice its data; compaction
     * copies the live data into a new generation and deletes the old one. In-memory stores are left alone.
     */
    public static void compact(DatasetGraph store) {
        DatasetGraph stored = LabelIndex.unwrap(store);
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(stored)) org.apache.jena.tdb2.DatabaseMgr.compact(stored, true);
    }

    /** Releases a persistent store so that another process may open it; in-memory stores are left alone. */
    public static void release(DatasetGraph store) {
        DatasetGraph stored = LabelIndex.unwrap(store);
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(stored)) org.apache.jena.tdb2.sys.TDBInternal.expel(stored);
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
