package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.publish.web.http.Formats;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.RdfBytes;
import eu.digitalpartnership.kg.publish.web.http.Responses;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import eu.digitalpartnership.kg.publish.web.quality.PublishedQuality;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Dereferencing, after the W3C Cool URIs: a thing's IRI ({@code /id/...}, {@code /topic/...}) answers 303 to its
 * description document ({@code /doc/id/...}), which is negotiated among HTML, Turtle, JSON-LD, RDF/XML and
 * N-Triples ({@code ?format=} overrides {@code Accept}); named graphs ({@code /graph/...}, {@code /statistics}) answer
 * with their content, or a summary page with download links to clients that rank HTML first (browsers).
 * Unknown IRIs get 404, unacceptable formats 406.
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PATH = 512;
    /** Where the statistics graph ({@code {base}statistics}) is served, as the document graphs are at {@code /graph/...}. */
    private static final String STATISTICS_PATH = "/statistics";

    private final transient DatasetGraph store;
    private final transient Describer describer;
    private final transient Served served;
    private final transient ResourcePage html;
    private final transient ProvenancePages provenance;
    private final transient GraphPage graphs;
    private final Instant loadedAt;

    private final transient PublishedQuality quality;
    private final transient PageCache pages;

    public LinkedDataServlet(DatasetGraph store, DatasetGraph view, Served served, Instant loadedAt, PublishedQuality quality, long pageCacheBytes) {
        this.pages = new PageCache(pageCacheBytes);
        this.quality = quality;
        this.store = store;
        this.describer = new Describer(view);
        this.served = served;
        this.html = new ResourcePage(served);
        this.provenance = new ProvenancePages(view, served);
        this.graphs = new GraphPage(served);
        this.loadedAt = loadedAt;
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path == null || path.length() > MAX_PATH || !path.matches("(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+/?")
                || path.contains("/../") || path.contains("/./") || path.endsWith("/..")) {
            Responses.error(req, resp, 404, "Not found", "No resource is published at this address.");
            return;
        }
        if (path.startsWith("/doc/")) document(req, resp, path.substring(4));
        else if (path.startsWith(ProvenancePages.TEXT_PREFIX + "/")) text(req, resp, path.substring(ProvenancePages.TEXT_PREFIX.length()));
        else if (path.startsWith("/graph/") || path.equals(STATISTICS_PATH)) graph(req, resp, path);
        else thing(req, resp, path);
    }

    @Override protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private void thing(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        String iri = served.iri(path);
        if (iri == null || !describer.exists(iri)) {
            Responses.error(req, resp, 404, "Not found", "Nothing in this dataset is identified by " + (iri == null ? path : iri) + ".");
            return;
        }
        String format = req.getParameter("format");
        Responses.seeOther(resp, Served.documentOf(path) + (format == null ? "" : "?format=" + java.net.URLEncoder.encode(format, StandardCharsets.UTF_8)));
    }

    private void document(HttpServletRequest req, HttpServletResponse resp, String thingPath) throws IOException {
        String iri = served.iri(thingPath);
        Formats format = Formats.choose(req.getParameter("format"), req.getHeader("Accept"));
        int page = Paging.parse(req.getParameter("page"));
        String group = req.getParameter("group");
        String docPath = Served.documentOf(thingPath);
        String key = docPath + '\n' + format + '\n' + page + '\n' + group;
        PageCache.Page cached = iri == null || format == null || page < 0 ? null : pages.get(key);
        if (cached == null) {
            if (iri == null || !describer.exists(iri)) {
                Responses.error(req, resp, 404, "Not found", "Nothing in this dataset is identified by " + (iri == null ? thingPath : iri) + ".");
                return;
            }
            if (format == null) {
                Responses.error(req, resp, 406, "Not acceptable",
                        "Available: " + Formats.offered() + ".");
                return;
            }
            cached = page < 0 ? null : Txn.calculateRead(describer.view(), () -> render(iri, format, group, page, docPath));
            if (cached == null) {
                Responses.error(req, resp, 404, "Not found", "No such page of the resources linking to " + iri + ".");
                return;
            }
            pages.put(key, cached);
        }
        links(resp, docPath);
        Responses.send(req, resp, cached.contentType(), cached.body(), cached.etag(), loadedAt);
    }

    /** The page, or null when the group or page asked for does not exist; read in one transaction (the caller's). */
    private PageCache.Page render(String iri, Formats format, String groupCurie, int page, String docPath) {
        Node group = groupCurie == null ? null : NodeFactory.createURI(Terms.PREFIXES.expandPrefix(groupCurie));
        List<Describer.Incoming> incoming = describer.incoming(iri, group, page);
        if (group != null && incoming.stream().noneMatch(in -> in.property().equals(group))) return null;
        long largest = incoming.stream().filter(in -> group == null || in.property().equals(group)).mapToLong(Describer.Incoming::count).max().orElse(0);
        if (!Paging.exists(page, largest, Describer.PAGE_SIZE)) return null;
        Describer.Description described = describer.describe(iri);
        Graph description = TopicDescriptions.addTo(iri, described.graph(), served.base());
        if (format.isRdf()) return new PageCache.Page(format.contentType(), rdf(Describer.withIncoming(description, iri, incoming), format));
        Map<String, Object> model = html.model(iri, described, describer.context(iri), incoming, new ResourcePage.GroupPage(group, page), docPath);
        provenance.addTo(model, iri, described.graph());
        model.put("signedThatDay", describer.signedThatDay(iri).stream().map(l -> Map.of("href", served.href(l.subject().getURI()),
                "label", l.label() == null ? l.subject().getURI() : l.label())).toList());
        model.put("validation", quality.about(iri).stream().map(e -> Map.of(
                "severity", e.severity().level().getLocalName(),
                "path", e.resultPath() == null ? "" : e.resultPath().toString(),
                "message", e.message() == null ? "" : e.message())).toList());
        return new PageCache.Page("text/html;charset=utf-8", TemplateEngine.render("resource", model).getBytes(StandardCharsets.UTF_8));
    }

    /** The plain text of a source document ({@code /text/id/document/x}), for RFC 5147 {@code #char=} fragments. */
    private void text(HttpServletRequest req, HttpServletResponse resp, String thingPath) throws IOException {
        String iri = served.iri(thingPath);
        String text = iri == null ? null : provenance.text(iri);
        if (text == null) {
            Responses.error(req, resp, 404, "Not found", "No source document text is published at this address.");
            return;
        }
        resp.setHeader("Link", Links.header("<" + Served.documentOf(thingPath) + ">; rel=\"describedby\"", Links.LICENSE_LINK));
        Responses.send(req, resp, "text/plain;charset=utf-8", text.getBytes(StandardCharsets.UTF_8), loadedAt);
    }

    private void graph(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        String iri = served.iri(path);
        Node name = iri == null ? null : NodeFactory.createURI(iri);
        Graph content = name == null ? null : Txn.calculateRead(store, () -> store.containsGraph(name) ? copy(store.getGraph(name)) : null);
        if (content == null) {
            Responses.error(req, resp, 404, "Not found", "No graph named " + (iri == null ? path : iri) + ".");
            return;
        }
        Formats format = Formats.chooseRdfFirst(req.getParameter("format"), req.getHeader("Accept"));
        if (format == null) {
            Responses.error(req, resp, 406, "Not acceptable", "Available: " + Formats.offered() + ".");
            return;
        }
        resp.setHeader("Link", Links.header(Links.alternates(path), Links.LICENSE_LINK));
        if (format.isRdf()) Responses.send(req, resp, format.contentType(), rdf(content, format), loadedAt);
        else Responses.send(req, resp, "text/html;charset=utf-8",
                TemplateEngine.render("graph", graphs.model(iri, path, content)).getBytes(StandardCharsets.UTF_8), loadedAt);
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        g.find().forEachRemaining(out::add);
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        return out;
    }

    private static void links(HttpServletResponse resp, String docPath) {
        resp.setHeader("Link", Links.header(Links.alternates(docPath), Links.LICENSE_LINK,
                "</.well-known/void>; rel=\"http://rdfs.org/ns/void#inDataset\""));
    }

    private static byte[] rdf(Graph g, Formats format) {
        g.getPrefixMapping().setNsPrefix("dp", eu.digitalpartnership.kg.model.DP.NS).setNsPrefix("oa", "http://www.w3.org/ns/oa#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#").setNsPrefix("schema", "https://schema.org/")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        return RdfBytes.write(g, format.rdfFormat);
    }
}
