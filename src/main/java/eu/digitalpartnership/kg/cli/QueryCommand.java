package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.load.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a SPARQL query over the validated seeds (default graph = the published graph, one named graph per document). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (a .rq file or the query text) over the validated seeds.")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Mixin SeedOptions seeds;
    @Mixin VerboseOption verbosity;
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Parameters(paramLabel = "QUERY", description = "A .rq file or SPARQL query text.")
    String query;

    private static boolean isFile(String s) {
        try {
            return s.length() < 4096 && Files.isRegularFile(Path.of(s));
        } catch (RuntimeException invalidPath) {
            return false;
        }
    }

    @Override public Integer call() throws IOException {
        String text = query;
        String origin = "query";
        if (query.endsWith(".rq") || isFile(query)) {
            Path p = Path.of(query);
            if (!Files.isRegularFile(p)) throw new InputException("Query file not found: " + p);
            text = Files.readString(p, StandardCharsets.UTF_8);
            origin = p.toString();
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryException e) {
            throw new InputException(origin + ": " + ErrorHandler.oneLine(e.getMessage()));
        }
        DatasetGraph store = seeds.load(spec.commandLine().getErr());
        DatasetGraph view = Stores.publishedView(store);
        var out = System.out;
        Txn.executeRead(store, () -> {
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(view)).build()) {
                if (q.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                        case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                        case json -> ResultSetFormatter.outputAsJSON(out, rs);
                        default -> ResultSetFormatter.out(out, rs, q.getPrefixMapping());
                    }
                } else if (q.isAskType()) out.println(qe.execAsk());
                else RDFDataMgr.write(out, qe.execConstruct(), RDFFormat.TURTLE_PRETTY);
            }
        });
        out.flush();
        return Main.OK;
    }
}
