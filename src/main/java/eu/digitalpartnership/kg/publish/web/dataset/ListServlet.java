package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import eu.digitalpartnership.kg.publish.web.resource.Paging;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The "see all" pages of the home page's lists: {@code /list/partner}, {@code /list/council}, {@code /list/official},
 * {@value #PAGE_SIZE} a page ({@code ?page=2}), by name or, for councils, by date ({@code ?sort=date}, oldest first).
 * A page past the last, or an unknown list, is 404; a page that is not a positive number, or an unknown sort, 400.
 */
public final class ListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Where the lists are served: {@code PATH + kind}. */
    public static final String PATH = "/list/";
    /** Things a page at most. */
    public static final int PAGE_SIZE = 25;
    private static final Map<String, String> TITLES = Map.of("partner", "Partners", "council", "Council meetings", "official", "Officials");

    private final transient DatasetGraph view;
    private final transient Served served;
    private final Instant loadedAt;

    /** The lists of a read-only view. */
    public ListServlet(DatasetGraph view, Served served, Instant loadedAt) {
        this.view = view;
        this.served = served;
        this.loadedAt = loadedAt;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String kind = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!TITLES.containsKey(kind)) {
            Responses.error(req, resp, 404, "Not found", "There is no list " + kind + "; the lists are " + String.join(", ", Listed.KINDS) + ".");
            return;
        }
        String sort = req.getParameter("sort") == null ? "name" : req.getParameter("sort");
        if (!sort.equals("name") && !(sort.equals("date") && kind.equals("council"))) {
            Responses.error(req, resp, 400, "Bad request", "This list sorts by " + (kind.equals("council") ? "name or date" : "name") + ".");
            return;
        }
        int page;
        try {
            page = req.getParameter("page") == null ? 1 : Integer.parseInt(req.getParameter("page"));
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1) {
            Responses.error(req, resp, 400, "Bad request", "The page must be a positive whole number.");
            return;
        }
        List<Listed.Item> items = new ArrayList<>(Listed.all(view, served).get(kind));
        items.sort(sort.equals("date") ? Listed.BY_DATE : Listed.BY_NAME);
        int pages = (int) Paging.pages(items.size(), PAGE_SIZE);
        if (page > pages) {
            Responses.error(req, resp, 404, "Not found", "Page " + page + " is past the last page of this list, " + pages + ".");
            return;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("title", TITLES.get(kind));
        m.put("count", items.size());
        m.put("page", page);
        m.put("pages", pages);
        m.put("first", (page - 1) * PAGE_SIZE + 1);
        m.put("items", items.subList((page - 1) * PAGE_SIZE, Math.min(items.size(), page * PAGE_SIZE)).stream().map(Listed.Item::shown).toList());
        String sorted = sort.equals("name") ? "" : "sort=" + sort + "&";
        if (page > 1) m.put("previous", PATH + kind + "?" + sorted + "page=" + (page - 1));
        if (page < pages) m.put("next", PATH + kind + "?" + sorted + "page=" + (page + 1));
        if (kind.equals("council")) m.put("sorts", List.of(sortLink(kind, "name", "by name", sort), sortLink(kind, "date", "by date", sort)));
        byte[] body = TemplateEngine.render("list", m).getBytes(StandardCharsets.UTF_8);
        Responses.send(req, resp, "text/html;charset=utf-8", body, loadedAt);
    }

    private static Map<String, Object> sortLink(String kind, String sort, String label, String current) {
        return Map.of("href", PATH + kind + (sort.equals("name") ? "" : "?sort=" + sort), "label", label, "current", sort.equals(current));
    }
}
