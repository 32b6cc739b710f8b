package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.evaluate.GoldCorpus;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Test fixture: the development corpus ({@code src/test/resources/corpus}) synced into an empty in-memory store once
 * per JVM, four documents at a time, and shared by the integration tests that only read it. A test that changes a
 * store changes a {@link #copy()}.
 */
public final class LoadedCorpus {
    /** The documents of the development corpus. */
    public static final List<SourceDocument> DOCUMENTS = GoldCorpus.read(Path.of("src/test/resources/corpus")).stream()
            .map(GoldCorpus.Case::document).toList();

    private static DatasetGraph store;
    private static Loader.LoadResult sync;

    private LoadedCorpus() {}

    /** The loaded store; read it, never change it. */
    public static synchronized DatasetGraph store() {
        if (store == null) {
            DatasetGraph s = Stores.inMemory();
            sync = Loader.create(IriMinter.standard(), Validator.standard()).parallelism(4).sync(DOCUMENTS, s);
            store = s;
        }
        return store;
    }

    /** What the sync into the empty store reported. */
    public static synchronized Loader.LoadResult sync() {
        store();
        return sync;
    }

    /** A new in-memory store holding what {@link #store()} holds, for a test that changes it. */
    public static DatasetGraph copy() {
        DatasetGraph from = store();
        DatasetGraph copy = Stores.inMemory();
        Txn.executeWrite(copy, () -> Txn.executeRead(from, () -> from.find().forEachRemaining(copy::add)));
        return copy;
    }
}
