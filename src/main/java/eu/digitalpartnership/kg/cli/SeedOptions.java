package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Option;

/** Options shared by the commands that load a seeds folder. */
final class SeedOptions {
    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of *.txt articles (with optional NAME.meta.json sidecars). Default: ${DEFAULT-VALUE}.")
    Path seeds;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "${env:DPKG_BASE:-https://w3id.org/dpkg/}",
            description = "Canonical base IRI of minted IRIs (env DPKG_BASE). Default: ${DEFAULT-VALUE}.")
    String base;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the data in a persistent TDB2 store in this folder (default: in memory). A load makes the store hold exactly the seeds, in one transaction.")
    Path store;

    /** The minter for {@code --base}; a malformed base is an input error. */
    IriMinter iris() {
        try {
            return IriMinter.withBase(base);
        } catch (IllegalArgumentException e) {
            throw new InputException("--base: " + e.getMessage());
        }
    }

    /** Loads the seeds again into an open store (one transaction); returns a one-line summary. */
    String reload(DatasetGraph store) {
        Loader.LoadResult r = Loader.create(iris(), Validator.standard()).sync(SeedFolder.read(seeds), store);
        return String.format("Reloaded %d documents (%d unchanged), %d triples written, %d warnings from %s", r.documents().size(),
                r.unchanged(), r.triples(), r.warnings(), seeds);
    }

    /** Reads, extracts, validates and loads the seeds into the store (made to hold exactly them); reports on err. */
    DatasetGraph load(PrintWriter err) {
        return load(err, true);
    }

    /** As {@link #load(PrintWriter)}, for a command that never searches the store: a persistent one gets no label index. */
    DatasetGraph loadUnsearchable(PrintWriter err) {
        return load(err, false);
    }

    private DatasetGraph load(PrintWriter err, boolean searchable) {
        long start = System.nanoTime();
        CompletableFuture<List<SourceDocument>> read = CompletableFuture.supplyAsync(() -> SeedFolder.read(seeds));
        DatasetGraph store = this.store == null ? Stores.inMemory()
                : searchable ? Stores.persistent(this.store) : Stores.persistentUnsearchable(this.store);
        Loader loader = Loader.create(iris(), Validator.standard()).reporting(new ProgressReport(err, System.console() != null));
        Loader.LoadResult r = loader.sync(documents(read), store);
        if (this.store != null && r.mostlyRewritten()) {
            Stores.compact(store);
            err.printf("Compacted the store: %d of %d documents replaced what it held%n", r.replaced(), r.documents().size());
        }
        err.printf("Loaded %d documents%s, %d triples written, %d warnings from %s in %.1f s%n", r.documents().size(),
                r.unchanged() == 0 ? "" : " (" + r.unchanged() + " unchanged, kept as stored)", r.triples(), r.warnings(), seeds,
                (System.nanoTime() - start) / 1e9);
        return store;
    }

    /** The documents read while the store was opened; a problem reading them is thrown as it was raised. */
    private static List<SourceDocument> documents(CompletableFuture<List<SourceDocument>> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException problem) throw problem;
            throw e;
        }
    }
}
