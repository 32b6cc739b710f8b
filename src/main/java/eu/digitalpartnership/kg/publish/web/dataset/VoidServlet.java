package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.publish.web.http.Formats;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.Origin;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/**
 * The dataset description at {@code /.well-known/void} (VoID + DCAT 3), negotiated among HTML (a table of the
 * figures), Turtle (the default for clients that do not ask for HTML), JSON-LD, RDF/XML and N-Triples; {@code ?format=}
 * overrides {@code Accept}. The dataset's own IRI, served at {@code /dataset}, answers 303 to it.
 */
public final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetDescription description;
    private final transient Served served;

    public VoidServlet(DatasetDescription description, Served served) {
        this.description = description;
        this.served = served;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!DatasetDescription.VOID_PATH.equals(req.getRequestURI())) {
            String format = req.getParameter("format");
            Responses.seeOther(resp, DatasetDescription.VOID_PATH
                    + (format == null ? "" : "?format=" + URLEncoder.encode(format, StandardCharsets.UTF_8)));
            return;
        }
        Formats format = Formats.chooseRdfFirst(req.getParameter("format"), req.getHeader("Accept"));
        if (format == null) {
            Responses.error(req, resp, 406, "Not acceptable", "Available: " + Formats.offered() + ".");
            return;
        }
        String origin = Origin.of(req);
        resp.setHeader("Link", Links.header(Links.LICENSE_LINK, Links.alternates(DatasetDescription.VOID_PATH)));
        if (format.isRdf()) {
            Responses.send(req, resp, format.contentType(), description.written(origin, format), description.loadedAt());
        } else {
            String body = TemplateEngine.render("dataset", page(origin));
            Responses.send(req, resp, "text/html;charset=utf-8", body.getBytes(StandardCharsets.UTF_8), description.loadedAt());
        }
    }

    @Override protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private Map<String, Object> page(String origin) {
        DatasetDescription.Statistics s = description.statistics();
        DatasetDescription.Figures f = s.figures();
        PrefixMapping prefixes = DatasetDescription.prefixes();
        Map<String, Object> m = new HashMap<>();
        m.put("title", DatasetDescription.TITLE + " dataset");
        m.put("description", DatasetDescription.DESCRIPTION);
        m.put("iri", description.iri());
        m.put("license", Links.LICENSE);
        m.put("modified", description.loadedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("endpoint", origin + "/sparql");
        m.put("uriSpace", description.uriSpace());
        m.put("figures", List.of(
                figure("Triples", f.triples(), "void:triples"), figure("Entities", f.entities(), "void:entities"),
                figure("Distinct subjects", f.distinctSubjects(), "void:distinctSubjects"),
                figure("Distinct objects", f.distinctObjects(), "void:distinctObjects"),
                figure("Properties", f.properties(), "void:properties"), figure("Classes", f.classes(), "void:classes"),
                figure("Named graphs", s.graphs().size(), "sd:namedGraph")));
        List<Map<String, Object>> downloads = new ArrayList<>();
        for (Dumps.Kind k : Dumps.Kind.values())
            downloads.add(Map.of("title", k.title, "href", Dumps.PATH + k.fileName, "name", k.fileName,
                    "type", k.compressFormat == null ? k.mediaType : k.mediaType + " + gzip"));
        m.put("downloads", downloads);
        m.put("linksets", s.linksets().stream().map(l -> Map.of("title", l.target().title(), "homepage", l.target().homepage(),
                "uriSpace", l.target().uriSpace(), "count", number(l.triples()))).toList());
        m.put("examples", s.examples().stream().map(iri -> Map.of("iri", iri, "href", href(iri))).toList());
        m.put("vocabularies", DatasetDescription.VOCABULARIES.entrySet().stream()
                .map(e -> Map.of("prefix", e.getKey(), "iri", e.getValue(), "href", href(e.getValue()))).toList());
        m.put("classes", s.classes().stream().map(c -> Map.of("curie", prefixes.shortForm(c.classIri()), "iri", c.classIri(),
                "href", href(c.classIri()), "count", number(c.entities()))).toList());
        m.put("properties", s.properties().stream().map(p -> Map.of("curie", prefixes.shortForm(p.property()), "iri", p.property(),
                "href", href(p.property()), "count", number(p.triples()), "subjects", number(p.distinctSubjects()),
                "objects", number(p.distinctObjects()))).toList());
        m.put("graphs", s.graphs().stream().map(g -> Map.of("iri", g.iri(), "count", number(g.triples()),
                "href", "/sparql?graph=" + URLEncoder.encode(g.iri(), StandardCharsets.UTF_8))).toList());
        m.put("alternates", Links.alternatesOnPage(DatasetDescription.VOID_PATH));
        return m;
    }

    private String href(String iri) {
        String path = served.path(iri);
        return path != null ? path : iri;
    }

    private static Map<String, Object> figure(String label, long value, String term) {
        return Map.of("label", label, "value", number(value), "term", term);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
