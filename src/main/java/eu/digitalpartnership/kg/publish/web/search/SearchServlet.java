package eu.digitalpartnership.kg.publish.web.search;

import eu.digitalpartnership.kg.load.LabelIndex;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import eu.digitalpartnership.kg.publish.web.resource.DateText;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code GET /search?q=} answers HTML (a page with the search box and the ranked hits) or JSON ({@code ?format=json}
 * or {@code Accept: application/json}); {@code GET /search/suggest?q=} answers the first few hits as JSON, for the
 * suggestions shown as one types. A missing, over-long or wordless {@code q} gets 400 with a one-line reason.
 */
public final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The search page and its JSON. */
    public static final String PATH = "/search";
    /** The suggestions, JSON only. */
    public static final String SUGGEST_PATH = "/search/suggest";
    /** Hits on the page and in its JSON at most. */
    public static final int MAX_HITS = 50;
    /** Suggestions at most. */
    public static final int MAX_SUGGESTIONS = 8;
    private static final AcceptList OFFER = AcceptList.create("text/html", "application/json");

    private final transient DatasetGraph view;
    private final transient Served served;
    private final Instant loadedAt;

    /** Searches the published labels of a read-only view, linking hits to their pages on this server. */
    public SearchServlet(DatasetGraph view, Served served, Instant loadedAt) {
        this.view = view;
        this.served = served;
        this.loadedAt = loadedAt;
    }

    /** One hit: the entity, its label, type, description and how it matched. */
    public record Hit(String iri, String page, String label, String type, String description, Ranking.Match match) {}

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean suggest = SUGGEST_PATH.equals(req.getServletPath());
        boolean json = suggest || wantsJson(req);
        String typed = req.getParameter("q");
        if (!json && (typed == null || typed.isBlank())) {
            page(req, resp, 200, "", null, List.of());
            return;
        }
        SearchText q;
        try {
            q = SearchText.of(typed);
        } catch (IllegalArgumentException e) {
            if (json) json(req, resp, 400, error(e.getMessage()));
            else page(req, resp, 400, typed.length() > SearchText.MAX_LENGTH ? "" : typed, e.getMessage(), List.of());
            return;
        }
        List<Hit> hits = search(q, suggest ? MAX_SUGGESTIONS : MAX_HITS);
        if (json) json(req, resp, 200, result(q, hits));
        else page(req, resp, 200, q.typed(), null, hits);
    }

    /** The hits of a search text, best first, at most {@code max}. */
    public List<Hit> search(SearchText q, int max) {
        List<Binding> rows = QueryFiles.select(view, "search", Map.of(
                "labelQuery", NodeFactory.createLiteralString(q.lucene(LabelIndex.LABEL_FIELD)),
                "aliasQuery", NodeFactory.createLiteralString(q.lucene(LabelIndex.ALIAS_FIELD)),
                "conceptQuery", NodeFactory.createLiteralString(q.lucene(LabelIndex.CONCEPT_FIELD))));
        return rows.stream().map(r -> hit(q, r))
                .sorted(Comparator.comparing(Hit::match, Ranking.ORDER).thenComparing(Hit::label))
                .limit(max).toList();
    }

    private Hit hit(SearchText q, Binding row) {
        String iri = QueryFiles.text(row, "entity");
        String label = QueryFiles.text(row, "label");
        String aliases = QueryFiles.text(row, "aliases");
        List<String> alternatives = aliases == null || aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\u001F"));
        String types = QueryFiles.text(row, "types");
        String type = Description.type(types == null ? List.of() : Arrays.asList(types.split(" ")));
        DateText.Shown date = DateText.of(row.get("date"));
        String description = Description.of(type, label, QueryFiles.text(row, "place"), date == null ? null : date.text(),
                QueryFiles.text(row, "posts"), QueryFiles.text(row, "partners"));
        return new Hit(iri, served.href(iri), label, type, description, Ranking.best(q, label, alternatives));
    }

    private static boolean wantsJson(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) return format.equals("json");
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return false;
        MediaType chosen = AcceptList.match(AcceptList.create(accept), OFFER);
        return chosen != null && chosen.getContentTypeStr().equals("application/json");
    }

    private JsonObject result(SearchText q, List<Hit> hits) {
        JsonArray results = new JsonArray();
        for (Hit h : hits) {
            JsonObject o = new JsonObject();
            o.put("iri", h.iri());
            o.put("page", h.page());
            o.put("label", h.label());
            o.put("type", h.type());
            o.put("description", h.description());
            o.put("match", h.match().kind());
            o.put("matched", h.match().name());
            results.add(o);
        }
        JsonObject o = new JsonObject();
        o.put("q", q.typed());
        o.put("results", results);
        return o;
    }

    private static JsonObject error(String message) {
        JsonObject o = new JsonObject();
        o.put("error", message);
        return o;
    }

    private void json(HttpServletRequest req, HttpServletResponse resp, int status, JsonObject body) throws IOException {
        send(req, resp, status, "application/json;charset=utf-8", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 with its caching headers (and 304 when current), or another status with the body as it is. */
    private void send(HttpServletRequest req, HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        if (status == 200) {
            Responses.send(req, resp, contentType, body, loadedAt);
            return;
        }
        resp.setStatus(status);
        resp.setHeader("Vary", "Accept");
        resp.setContentType(contentType);
        resp.getOutputStream().write(body);
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, int status, String typed, String message, List<Hit> hits)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", typed.isEmpty() ? "Search" : "Search: " + typed);
        model.put("q", typed);
        model.put("message", message);
        model.put("searched", !typed.isEmpty() && message == null);
        model.put("counted", hits.size() + (hits.size() == 1 ? " result" : " results"));
        model.put("hits", hits.stream().map(h -> Map.of("page", h.page(), "label", h.label(), "type", h.type(),
                "description", h.description(), "alias", h.match().label() ? "" : h.match().name())).toList());
        model.put("json", PATH + "?format=json&q=" + java.net.URLEncoder.encode(typed, StandardCharsets.UTF_8));
        send(req, resp, status, "text/html;charset=utf-8", TemplateEngine.render("search", model).getBytes(StandardCharsets.UTF_8));
    }
}
