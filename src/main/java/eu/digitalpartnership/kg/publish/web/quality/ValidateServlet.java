package eu.digitalpartnership.kg.publish.web.quality;

import eu.digitalpartnership.kg.publish.web.http.Formats;
import eu.digitalpartnership.kg.publish.web.http.RdfBytes;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import eu.digitalpartnership.kg.validate.ReportPrinter;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import eu.digitalpartnership.kg.validate.Validator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validate your own data: {@code POST /validate} with Turtle, JSON-LD, N-Triples or RDF/XML (by Content-Type)
 * returns the {@code sh:ValidationReport} against this project's shapes, as RDF by Accept or as an HTML page.
 * Bodies over {@link #MAX_BYTES} get 413, unknown types 415, parse errors 400 with line and column; remote and
 * {@code file:} JSON-LD contexts are refused. {@code GET /validate} shows a form.
 */
public final class ValidateServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Largest body accepted. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final transient Validator validator;
    private final Instant loadedAt;

    public ValidateServlet(Validator validator, Instant loadedAt) {
        this.validator = validator;
        this.loadedAt = loadedAt;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.send(req, resp, "text/html;charset=utf-8",
                TemplateEngine.render("validate", Map.of("title", "Validate your data", "maxKb", String.valueOf(MAX_BYTES / 1024)))
                        .getBytes(StandardCharsets.UTF_8), loadedAt);
    }

    @Override protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = req.getContentType();
        if (req.getContentLengthLong() > MAX_BYTES) {
            Responses.error(req, resp, 413, "Content too large", "The body may be at most " + MAX_BYTES + " bytes.");
            return;
        }
        String form = type != null && type.startsWith("application/x-www-form-urlencoded") ? req.getParameter("data") : null;
        Lang lang = form != null ? RDFLanguages.contentTypeToLang(orTurtle(req.getParameter("type"))) : lang(type);
        if (lang == null) {
            Responses.error(req, resp, 415, "Unsupported media type",
                    "Send text/turtle, application/ld+json, application/n-triples or application/rdf+xml.");
            return;
        }
        byte[] body = form != null ? form.getBytes(StandardCharsets.UTF_8) : read(req.getInputStream());
        if (body == null || body.length > MAX_BYTES) {
            Responses.error(req, resp, 413, "Content too large", "The body may be at most " + MAX_BYTES + " bytes.");
            return;
        }
        Graph data = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base("urn:x-validate:")
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(data);
        } catch (RiotException e) {
            Responses.error(req, resp, 400, "Bad RDF", oneLine(e.getMessage()));
            return;
        }
        ValidationOutcome outcome = validator.assess(data);
        respond(req, resp, outcome, data);
    }

    private void respond(HttpServletRequest req, HttpServletResponse resp, ValidationOutcome outcome, Graph data) throws IOException {
        Formats format = Formats.choose(req.getParameter("format"), req.getHeader("Accept"));
        if (format == null) {
            Responses.error(req, resp, 406, "Not acceptable", "Available: text/html and the RDF formats.");
            return;
        }
        ValidationReport report = outcome.report();
        resp.setHeader("Vary", "Accept");
        if (format.isRdf()) {
            resp.setContentType(format.contentType());
            resp.getOutputStream().write(RdfBytes.write(report.getGraph(), format.rdfFormat));
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Validation report");
        model.put("conforms", outcome.passes());
        model.put("violations", outcome.violations().size());
        model.put("warnings", outcome.warnings().size());
        model.put("triples", data.size());
        model.put("report", ReportPrinter.print(report, data));
        resp.setContentType("text/html;charset=utf-8");
        resp.getWriter().write(TemplateEngine.render("validate-report", model));
    }

    private static Lang lang(String contentType) {
        if (contentType == null) return null;
        Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";")[0].strip());
        return lang == Lang.TURTLE || lang == Lang.JSONLD || lang == Lang.NTRIPLES || lang == Lang.RDFXML || lang == Lang.N3 ? lang : null;
    }

    private static String orTurtle(String type) {
        return type == null || type.isBlank() ? "text/turtle" : type;
    }

    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > MAX_BYTES) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
