package eu.digitalpartnership.kg.publish.web.query;

import eu.digitalpartnership.kg.publish.web.dataset.DatasetDescription;
import eu.digitalpartnership.kg.publish.web.http.Formats;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.Origin;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * What a GET on {@code /sparql} that is not a SPARQL request gets, in front of Fuseki:
 * <ul>
 * <li>no {@code query}, an RDF {@code Accept} (or none, or {@code *}{@code /*}): the SPARQL 1.1 Service Description,
 *     in Turtle, JSON-LD, RDF/XML or N-Triples;</li>
 * <li>a browser ({@code text/html} ranked above every result type), with or without {@code query}: the query page,
 *     the query prefilled;</li>
 * <li>everything else (POST, {@code format}/{@code output}, {@code graph}/{@code default}, result types in
 *     {@code Accept}) goes on to Fuseki unchanged.</li>
 * </ul>
 */
public final class SparqlPageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Parameters that make a GET a Fuseki request whatever the Accept header says. */
    private static final Set<String> FUSEKI_PARAMETERS = Set.of("format", "output", "graph", "default", "update", "request");
    /** What Fuseki answers a query with; HTML last, so it wins only when a client ranks it first. */
    private static final AcceptList QUERY_OFFER = AcceptList.create("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values", "application/json", "application/xml",
            "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "application/n-quads",
            "application/trig", "text/plain", "text/html");

    private final transient DatasetDescription dataset;
    private final transient QueryPage page;

    public SparqlPageFilter(DatasetDescription dataset, QueryPage page) {
        this.dataset = dataset;
        this.page = page;
    }

    @Override protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod();
        // Only GET and HEAD; a POST body is never read here, so Fuseki still finds its form parameters.
        if (!("GET".equals(method) || "HEAD".equals(method)) || req.getParameterMap().keySet().stream().anyMatch(FUSEKI_PARAMETERS::contains)) {
            chain.doFilter(req, resp);
            return;
        }
        String accept = req.getHeader("Accept");
        String query = req.getParameter("query");
        if (query == null) {
            Formats format = Formats.chooseRdfFirst(null, accept);
            if (format == null) chain.doFilter(req, resp);
            else if (format.isRdf()) serviceDescription(req, resp, format);
            else page(req, resp, null);
        } else if (prefersHtml(accept)) {
            page(req, resp, query);
        } else {
            chain.doFilter(req, resp);
        }
    }

    private void serviceDescription(HttpServletRequest req, HttpServletResponse resp, Formats format) throws IOException {
        resp.setHeader("Link", "<" + DatasetDescription.VOID_PATH + ">; rel=\"describedby\"");
        Responses.send(req, resp, format.contentType(),
                dataset.writtenServiceDescription(Origin.of(req), format), dataset.loadedAt());
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String query) throws IOException {
        String body = TemplateEngine.render("query", page.model(Origin.of(req) + "/sparql", query, "1".equals(req.getParameter(Links.RUN))));
        Responses.send(req, resp, "text/html;charset=utf-8", body.getBytes(StandardCharsets.UTF_8), dataset.loadedAt());
    }

    private static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) return false;
        try {
            MediaType chosen = AcceptList.match(new AcceptList(accept), QUERY_OFFER);
            return chosen != null && "text/html".equals(chosen.getContentTypeStr());
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
