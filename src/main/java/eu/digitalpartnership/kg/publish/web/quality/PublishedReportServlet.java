package eu.digitalpartnership.kg.publish.web.quality;

import eu.digitalpartnership.kg.publish.web.http.Formats;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.RdfBytes;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import eu.digitalpartnership.kg.validate.ReportPrinter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The validation report of the published data at a stable URL, {@code /validation}, where its graph's IRI
 * ({@code {base}validation}) is served: the stored {@code sh:ValidationReport} (warnings included) in the RDF format asked for, or a page with the figures and a table of the results
 * (severity, the focus node linked to its page, path, message, the quoted source), filtered by {@code ?severity=}
 * and {@code ?shape=} (a form that works without JavaScript; an unknown value is 400).
 * Made anew at every load.
 */
public final class PublishedReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the report is published. */
    public static final String PATH = "/validation";

    private final transient PublishedQuality quality;
    private final transient Served served;
    private final Instant loadedAt;

    public PublishedReportServlet(PublishedQuality quality, Served served, Instant loadedAt) {
        this.quality = quality;
        this.served = served;
        this.loadedAt = loadedAt;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Formats format = Formats.choose(req.getParameter("format"), req.getHeader("Accept"));
        if (format == null) {
            Responses.error(req, resp, 406, "Not acceptable", "Available: " + Formats.offered() + ".");
            return;
        }
        if (format.isRdf()) {
            Responses.send(req, resp, format.contentType(), RdfBytes.write(quality.reportGraph(), format.rdfFormat), loadedAt);
            return;
        }
        List<ReportPrinter.Line> all = quality.lines();
        String severity = req.getParameter("severity") == null ? "" : req.getParameter("severity");
        String shape = req.getParameter("shape") == null ? "" : req.getParameter("shape");
        Map<String, Long> severities = count(all, ReportPrinter.Line::severity);
        Map<String, Long> shapes = count(all, l -> shapeId(l));
        if (!severity.isEmpty() && !SEVERITIES.contains(severity) || !shape.isEmpty() && !shapes.containsKey(shape)) {
            Responses.error(req, resp, 400, "Bad request", !severity.isEmpty() && !SEVERITIES.contains(severity)
                    ? "Severity is one of " + String.join(", ", SEVERITIES) + "." : "No result comes from shape " + shape + ".");
            return;
        }
        List<ReportPrinter.Line> shown = all.stream().filter(l -> severity.isEmpty() || l.severity().equals(severity))
                .filter(l -> shape.isEmpty() || shapeId(l).equals(shape)).toList();
        PublishedQuality.Summary s = quality.summary();
        Map<String, Object> model = new HashMap<>();
        model.put("severities", SEVERITIES.stream().map(v -> option(v, v + " (" + severities.getOrDefault(v, 0L) + ")", v.equals(severity))).toList());
        model.put("shapes", shapes.keySet().stream().sorted().map(id -> option(id, shapeName(all, id) + " (" + shapes.get(id) + ")", id.equals(shape))).toList());
        model.put("results", shown.stream().map(this::row).toList());
        model.put("shown", shown.size());
        model.put("total", all.size());
        model.put("filtered", shown.size() != all.size());
        model.put("title", "Validation report of the published data");
        model.put("conforms", s.violations() == 0);
        model.put("violations", s.violations());
        model.put("warnings", s.warnings());
        model.put("evidence", percent(s.evidenceShare()));
        model.put("facts", s.facts());
        model.put("links", percent(s.linkShare()));
        model.put("entities", s.entities());
        model.put("conflictCount", s.conflicts());
        model.put("conflicts", quality.conflicts().stream().map(r -> PublishedQuality.row(r, served::href)).toList());
        model.put("alternates", Links.alternatesOnPage(PATH));
        Responses.send(req, resp, "text/html;charset=utf-8", TemplateEngine.render("validation", model).getBytes(StandardCharsets.UTF_8), loadedAt);
    }

    private static final List<String> SEVERITIES = List.of("Violation", "Warning", "Info");

    private Map<String, Object> row(ReportPrinter.Line l) {
        Map<String, Object> m = new HashMap<>();
        m.put("severity", l.severity());
        m.put("severityClass", l.severity().toLowerCase(Locale.ROOT));
        m.put("label", l.label());
        m.put("href", l.focus() != null && l.focus().isURI() ? served.href(l.focus().getURI()) : null);
        m.put("path", l.path());
        m.put("message", l.message());
        m.put("value", l.value());
        m.put("shape", l.shapeName());
        m.put("quote", l.quote());
        return m;
    }

    /** How a shape is named in the {@code shape} parameter: its IRI, or its name when it has none. */
    private static String shapeId(ReportPrinter.Line l) {
        return l.shape() != null && l.shape().isURI() ? l.shape().getURI() : l.shapeName();
    }

    private static String shapeName(List<ReportPrinter.Line> lines, String id) {
        return lines.stream().filter(l -> shapeId(l).equals(id)).findFirst().map(ReportPrinter.Line::shapeName).orElse(id);
    }

    private static Map<String, Long> count(List<ReportPrinter.Line> lines, java.util.function.Function<ReportPrinter.Line, String> key) {
        return lines.stream().collect(java.util.stream.Collectors.groupingBy(key, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        return Map.of("value", value, "label", label, "selected", selected);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
