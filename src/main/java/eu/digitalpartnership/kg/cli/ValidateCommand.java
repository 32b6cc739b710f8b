package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.validate.ReportPrinter;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates the seeds' extracted graphs, or the given RDF files, against the shapes and prints a readable report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Extract and validate the seeds, or validate the given RDF files (.ttl, .trig, .nt, .nq, .jsonld, .rdf) against shapes/. Exit 1 on any violation.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin SeedOptions seeds;
    @Mixin VerboseOption verbosity;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to validate instead of the seeds.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the SHACL validation report as Turtle.")
    Path reportFile;

    @Override public Integer call() throws IOException {
        Validator validator = Validator.standard();
        List<Graph> graphs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (files.isEmpty()) {
            Extractor extractor = Extractor.create(seeds.iris());
            for (SourceDocument d : SeedFolder.read(seeds.seeds)) {
                graphs.add(Loader.requireFacts(d, extractor.extract(d)));
                names.add(d.id());
            }
        } else {
            for (Path f : files) {
                graphs.add(read(f));
                names.add(f.toString());
            }
        }
        boolean ok = true;
        var out = spec.commandLine().getOut();
        Model reports = ModelFactory.createDefaultModel();
        for (int i = 0; i < graphs.size(); i++) {
            ValidationOutcome outcome = validator.assess(graphs.get(i));
            out.printf("%s: %d violations, %d warnings%n", names.get(i), outcome.violations().size(), outcome.warnings().size());
            if (!outcome.report().conforms()) out.print(ReportPrinter.print(outcome.report(), graphs.get(i)));
            out.flush();
            ok &= outcome.passes();
            reports.add(outcome.report().getModel());
        }
        if (reportFile != null) {
            try (OutputStream os = Files.newOutputStream(reportFile)) {
                RDFDataMgr.write(os, reports, RDFFormat.TURTLE_PRETTY);
            }
        }
        return ok ? Main.OK : Main.INVALID;
    }

    private static Graph read(Path f) {
        if (!Files.isRegularFile(f)) throw new InputException("File not found: " + f);
        var lang = RDFLanguages.filenameToLang(f.toString());
        if (lang == null) throw new InputException("Unknown RDF format (by extension): " + f);
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        try {
            RDFParser.source(f).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(ds);
        } catch (RiotException e) {
            throw new InputException(f + ": " + ErrorHandler.oneLine(e.getMessage()));
        }
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
