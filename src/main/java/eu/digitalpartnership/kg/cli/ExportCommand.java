package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.extract.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the validated data; the format follows the file extension. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Extract, validate, consolidate and write the data: .ttl and .jsonld hold the published (consolidated) graph alone; .trig and .nq hold every graph: the published graph as the default graph, one named graph per document (its claims and evidence), the validation report and the statistics.")
final class ExportCommand implements Callable<Integer> {
    @Mixin SeedOptions seeds;
    @Mixin VerboseOption verbosity;
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .trig, .nq, .ttl or .jsonld.")
    Path out;

    @Override public Integer call() throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        RDFFormat format = name.endsWith(".trig") ? RDFFormat.TRIG_BLOCKS
                : name.endsWith(".nq") ? RDFFormat.NQUADS
                : name.endsWith(".ttl") ? RDFFormat.TURTLE_BLOCKS
                : name.endsWith(".jsonld") ? RDFFormat.JSONLD11
                : null;
        if (format == null) throw new InputException("Unknown export format (want .trig, .nq, .ttl or .jsonld): " + out);
        DatasetGraph store = seeds.loadUnsearchable(spec.commandLine().getErr());
        Path parent = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".export-", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            Txn.executeRead(store, () -> {
                if (format == RDFFormat.TURTLE_BLOCKS || format == RDFFormat.JSONLD11) RDFDataMgr.write(os, store.getDefaultGraph(), format);
                else RDFDataMgr.write(os, store, format);
            });
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().println("Wrote " + out);
        return Main.OK;
    }
}
