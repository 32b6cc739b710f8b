package eu.digitalpartnership.kg.validate;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;

/** Writes a validation report as RDF (an {@code sh:ValidationReport} in Turtle). */
public final class ReportWriter {
    private ReportWriter() {}

    /** Write the report as Turtle. */
    public static void write(OutputStream out, ValidationReport report) {
        Model model = ModelFactory.createDefaultModel().add(report.getModel());
        model.setNsPrefixes(Prefixes.of(report.getGraph()));
        RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
    }

    /** The report as a Turtle string. */
    public static String toTurtle(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
