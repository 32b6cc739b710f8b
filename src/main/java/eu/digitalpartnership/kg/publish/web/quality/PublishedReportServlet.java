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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The validation report of the published data at a stable URL, {@code /validation}, where its graph's IRI
 * ({@code {base}validation}) is served: the stored {@code sh:ValidationReport} (warnings included) in the RDF format asked for, or a page with the figures and the results grouped by shape.
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
        PublishedQuality.Summary s = quality.summary();
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Validation report of the published data");
        model.put("conforms", s.violations() == 0);
        model.put("violations", s.violations());
        model.put("warnings", s.warnings());
        model.put("evidence", percent(s.evidenceShare()));
        model.put("facts", s.facts());
        model.put("links", percent(s.linkShare()));
        model.put("entities", s.entities());
        model.put("report", quality.printed());
        model.put("conflictCount", s.conflicts());
        model.put("conflicts", quality.conflicts().stream().map(r -> PublishedQuality.row(r, served::href)).toList());
        model.put("alternates", Links.alternatesOnPage(PATH));
        Responses.send(req, resp, "text/html;charset=utf-8", TemplateEngine.render("validation", model).getBytes(StandardCharsets.UTF_8), loadedAt);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
