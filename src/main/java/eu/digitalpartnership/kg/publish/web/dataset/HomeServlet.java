package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.consolidate.Statistics;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.publish.web.http.Formats;
import eu.digitalpartnership.kg.publish.web.quality.PublishedQuality;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.Origin;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import eu.digitalpartnership.kg.publish.web.resource.DateText;
import eu.digitalpartnership.kg.publish.web.resource.Terms;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The home page at {@code /}: what the dataset is and for whom, live figures from the store, where to go next
 * (SPARQL, dataset description, dumps, ontology, shapes, validation), example resources and the source documents.
 * HTML only; a client asking for RDF is sent (303) to the dataset description at {@code /.well-known/void}.
 */
public final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where RDF clients of the home page are sent. */
    static final String VOID = "/.well-known/void";
    private static final int EXAMPLES = 8;
    /** The competency queries that lead the page, with "open and run" and CSV links. */
    private static final int FIRST_QUESTIONS = 3;
    private static final List<Figure> FIGURES = List.of(new Figure("documents", "source document", "source documents"),
            new Figure("triples", "triple", "triples"), new Figure("evidence", "evidence record (quoted span)", "evidence records (quoted spans)"),
            new Figure("partners", "partner", "partners"), new Figure("councils", "council meeting", "council meetings"),
            new Figure("officials", "official", "officials"), new Figure("memoranda", "memorandum or arrangement", "memoranda and arrangements"));

    /** A figure of the home page: its name and what one and many of it are called. */
    private record Figure(String variable, String one, String many) {}

    private final transient DatasetGraph view;
    private final transient PublishedQuality quality;
    private final transient Served served;
    private final Instant loadedAt;
    private final transient Supplier<List<Map<String, String>>> competencyQueries;

    /** The home page over a view, linking the competency queries given (file, question, href and csv of each; the first three lead). */
    public HomeServlet(DatasetGraph view, PublishedQuality quality, Served served, Instant loadedAt,
                       Supplier<List<Map<String, String>>> competencyQueries) {
        this.competencyQueries = competencyQueries;
        this.view = view;
        this.quality = quality;
        this.served = served;
        this.loadedAt = loadedAt;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Formats format = Formats.choose(req.getParameter("format"), req.getHeader("Accept"));
        if (format == null) {
            Responses.error(req, resp, 406, "Not acceptable", "The home page is HTML; the dataset description at " + VOID + " is RDF.");
            return;
        }
        if (format.isRdf()) {
            Responses.seeOther(resp, VOID);
            return;
        }
        resp.setHeader("Link", Links.header("<" + VOID + ">; rel=\"describedby\"; type=\"text/turtle\"",
                "</sparql>; rel=\"http://www.w3.org/ns/sparql-service-description#endpoint\"", Links.LICENSE_LINK));
        String body = TemplateEngine.render("home", model(req));
        Responses.send(req, resp, "text/html;charset=utf-8", body.getBytes(StandardCharsets.UTF_8), loadedAt);
    }

    @Override protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private Map<String, Object> model(HttpServletRequest req) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "EU Digital Partnerships: facts from press releases");
        m.put("navHome", true);
        m.put("summary", "Facts about the EU's bilateral Digital Partnerships and their councils, extracted from press releases, "
                + "each traceable to its sentence: SPARQL endpoint, linked data, dumps, ontology and SHACL shapes.");
        m.put("alternates", List.of(Map.of("type", "text/turtle", "href", VOID, "label", "Dataset description (VoID)")));
        m.put("figures", figures());
        m.putAll(examples());
        m.put("documents", documents());
        List<Map<String, String>> queries = competencyQueries.get();
        m.put("queries", queries);
        m.put("firstQueries", queries.stream().limit(FIRST_QUESTIONS).toList());
        m.put("jsonld", TemplateEngine.scriptSafe(HomeDescription.jsonld(Origin.of(req))));
        return m;
    }

    private List<Map<String, Object>> figures() {
        Statistics.Snapshot stats = quality.statistics();
        Map<String, Long> values = Map.of("documents", stats.documents(), "triples", stats.triples(),
                "evidence", stats.evidenceRecords(), "partners", stats.classes().getOrDefault(DP.Partner.getURI(), 0L),
                "councils", stats.classes().getOrDefault(DP.Council.getURI(), 0L),
                "officials", stats.classes().getOrDefault(DP.Official.getURI(), 0L),
                "memoranda", stats.classes().getOrDefault(DP.Memorandum.getURI(), 0L));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Figure f : FIGURES) {
            long value = values.getOrDefault(f.variable(), 0L);
            out.add(Map.of("name", f.variable(), "value", String.format(Locale.ENGLISH, "%,d", value), "label", value == 1 ? f.one() : f.many()));
        }
        return out;
    }

    private Map<String, Object> examples() {
        Map<String, Object> m = new HashMap<>();
        Listed.all(view, served).forEach((kind, items) -> {
            m.put(kind + "s", items.stream().limit(EXAMPLES).map(Listed.Item::shown).toList());
            m.put(kind + "Count", items.size());
            m.put(kind + "List", ListServlet.PATH + kind);
        });
        return m;
    }

    private List<Map<String, Object>> documents() {
        Map<String, Statistics.GraphFigures> graphs = quality.statistics().graphs();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Binding row : QueryFiles.select(view, "home-documents", Map.of())) {
            String iri = QueryFiles.text(row, "document");
            Map<String, Object> d = new HashMap<>();
            d.put("href", served.href(iri));
            d.put("title", QueryFiles.text(row, "title") != null ? QueryFiles.text(row, "title") : Terms.localName(iri));
            d.put("graph", served.path(QueryFiles.text(row, "graph")));
            Statistics.GraphFigures figures = graphs.get(QueryFiles.text(row, "graph"));
            d.put("facts", figures == null ? 0 : figures.facts());
            DateText.Shown issued = DateText.of(row.get("issued"));
            d.put("issued", issued == null ? null : Map.of("text", issued.text(), "iso", issued.iso()));
            String source = QueryFiles.text(row, "source");
            d.put("source", source != null && (source.startsWith("https://") || source.startsWith("http://")) ? source : null);
            out.add(d);
        }
        return out;
    }
}
