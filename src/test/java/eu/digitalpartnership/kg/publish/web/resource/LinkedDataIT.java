package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.web.LinkedDataSite;
import eu.digitalpartnership.kg.publish.web.http.Origin;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dereferencing the IRIs the project mints, as a linked-data client and a browser would. */
class LinkedDataIT {
    private static final String BASE = IriMinter.DEFAULT_BASE;
    private static DatasetGraph store;
    private static KgServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        store = Stores.inMemory();
        Loader.create(IriMinter.standard(), Validator.standard()).load(SeedFolder.read(Path.of("seeds")), store);
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, BASE, Instant.parse("2026-01-01T00:00:00Z"));
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void get_person_iri_303_to_its_document_vary_accept() throws Exception {
        HttpResponse<String> r = get("/id/person/kono-taro", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/id/person/kono-taro", r.headers().firstValue("Location").orElse(""));
        assertTrue(r.headers().allValues("Vary").toString().contains("Accept"));
    }

    @Test
    void get_council_turtle_200_with_its_triples() throws Exception {
        String council = BASE + "id/council/european-union-japan/2";
        HttpResponse<String> r = get("/doc/id/council/european-union-japan/2", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(containsAll(parse(r.body(), Lang.TURTLE), council));
    }

    @Test
    void get_every_subject_turtle_and_json_ld_200_with_its_triples() throws Exception {
        Set<String> documents = new TreeSet<>();
        Txn.executeRead(store, () -> store.getUnionGraph().find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(BASE)) documents.add(t.getSubject().getURI().replaceFirst("#.*", ""));
        }));
        assertTrue(documents.size() > 100, "subjects: " + documents.size());
        for (String iri : documents) {
            String path = "/doc/" + iri.substring(BASE.length());
            for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
                HttpResponse<String> r = get(path, lang.getHeaderString());
                assertEquals(200, r.statusCode(), path);
                Graph g = parse(r.body(), lang);
                assertTrue(containsAll(g, iri), path + " as " + lang.getName() + " lacks some of its triples");
            }
        }
    }

    @Test
    void get_unknown_iri_404_html() throws Exception {
        HttpResponse<String> r = get("/id/person/nobody-at-all", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("<main"), "an HTML page");
        assertEquals(404, get("/doc/id/person/nobody-at-all", "text/turtle").statusCode());
    }

    @Test
    void get_document_nothing_acceptable_406() throws Exception {
        assertEquals(406, get("/doc/id/person/kono-taro", "image/png").statusCode());
    }

    @Test
    void get_document_with_format_parameter_overrides_accept() throws Exception {
        HttpResponse<String> r = get("/doc/id/person/kono-taro?format=nt", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        parse(r.body(), Lang.NTRIPLES);
        assertEquals(200, get("/doc/id/person/kono-taro?format=rdf", "*/*").statusCode());
        assertEquals(200, get("/doc/id/person/kono-taro?format=jsonld", "*/*").statusCode());
    }

    @Test
    void get_person_html_has_labels_evidence_and_backlinks() throws Exception {
        HttpResponse<String> r = get("/doc/id/person/kono-taro", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1>Taro Kono</h1>"), "label as title");
        assertTrue(html.contains("<mark>Taro Kono, the Japanese Minister for Digital Transformation</mark>"), "evidence quote highlighted");
        assertTrue(html.contains("href=\"/doc/id/document/eu-japan-dpc-2024-04-30#ev-"), "link to the quoted span of the source document");
        assertTrue(html.contains(">is chair of</a>"), "incoming links, as key facts of a person");
        assertTrue(html.contains("application/ld+json"), "embedded JSON-LD");
        assertTrue(html.contains("Open in SPARQL"));
    }

    @Test
    void get_resource_html_shows_partial_dates_as_such() throws Exception {
        String html = get("/doc/id/council/european-union-japan/1", "text/html").body();
        assertTrue(html.contains("2023") && html.contains("year only"), html);
    }

    @Test
    void get_document_counts_and_pages_incoming_links_in_html_and_rdf() throws Exception {
        String doc = "/doc/id/document/eu-japan-dpc-2024-04-30";
        String first = get(doc, "text/html").body();
        assertTrue(first.contains("rel=\"next\""), "more than one page of evidence points at the document");
        Graph page0 = parse(get(doc + "?format=ttl", "*/*").body(), Lang.TURTLE);
        Graph page1 = parse(get(doc + "?format=ttl&page=1", "*/*").body(), Lang.TURTLE);
        assertFalse(page0.isIsomorphicWith(page1), "page 1 lists other linking resources");
    }

    @Test
    void get_document_again_with_etag_or_date_304() throws Exception {
        HttpResponse<String> r = get("/doc/id/person/kono-taro", "text/turtle");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        String modified = r.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = http.send(request("/doc/id/person/kono-taro", "text/turtle").header("If-None-Match", etag).build(),
                BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        HttpResponse<String> since = http.send(request("/doc/id/person/kono-taro", "text/turtle").header("If-Modified-Since", modified).build(),
                BodyHandlers.ofString());
        assertEquals(304, since.statusCode());
    }

    @Test
    void get_document_accepting_gzip_is_gzipped() throws Exception {
        HttpResponse<byte[]> r = http.send(request("/doc/id/document/eu-japan-dpc-2024-04-30", "text/turtle")
                .header("Accept-Encoding", "gzip").build(), BodyHandlers.ofByteArray());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        parse(body, Lang.TURTLE);
    }

    @Test
    void get_document_cors_allows_any_origin() throws Exception {
        HttpResponse<String> r = http.send(request("/doc/id/person/kono-taro", "text/turtle").header("Origin", "https://example.org").build(),
                BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().map().toString());
    }

    @Test
    void get_document_links_alternates_license_and_dataset() throws Exception {
        String link = get("/doc/id/person/kono-taro", "text/html").headers().allValues("Link").toString();
        assertTrue(link.contains("rel=\"alternate\"") && link.contains("text/turtle"), link);
        assertTrue(link.contains("rel=\"license\""), link);
        assertTrue(link.contains("void#inDataset"), link);
    }

    @Test
    void get_traversal_and_odd_paths_404() throws Exception {
        for (String p : List.of("/id/../etc/passwd", "/doc/%2e%2e/x", "/id/person/%00", "/static/../web/templates/error.mustache"))
            assertTrue(List.of(400, 404).contains(get(p, "text/html").statusCode()), p);
    }

    @Test
    void get_named_graph_iri_200_with_its_content() throws Exception {
        HttpResponse<String> r = get("/graph/eu-japan-dpc-2024-04-30", "text/turtle");
        assertEquals(200, r.statusCode());
        Graph g = parse(r.body(), Lang.TURTLE);
        long size = Txn.calculateRead(store, () -> store.getGraph(org.apache.jena.graph.NodeFactory.createURI(BASE + "graph/eu-japan-dpc-2024-04-30")).size());
        assertEquals(size, g.size());
    }

    private boolean containsAll(Graph g, String iri) {
        Node s = org.apache.jena.graph.NodeFactory.createURI(iri);
        return Txn.calculateRead(store, () -> {
            List<Triple> expected = store.getUnionGraph().find(s, Node.ANY, Node.ANY).toList();
            return !expected.isEmpty() && expected.stream().allMatch(g::contains);
        });
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).header("Accept", accept);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(request(path, accept).GET().build(), BodyHandlers.ofString());
    }
}
