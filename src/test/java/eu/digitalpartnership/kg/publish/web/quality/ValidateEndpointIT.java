package eu.digitalpartnership.kg.publish.web.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.web.LinkedDataSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /validate: anyone's RDF checked against the project's shapes; bad bodies get 4xx, never 500. */
class ValidateEndpointIT {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String COUNCIL_WITHOUT_DATE = """
            @prefix dp: <https://w3id.org/dpkg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://example.org/council/7> a dp:Council ; rdfs:label "A council"@en ; dp:meetingStatus dp:Held ;
                dp:partnership <https://example.org/partnership> ; dp:ordinal "7"^^<http://www.w3.org/2001/XMLSchema#positiveInteger> .
            <https://example.org/partnership> a dp:Partnership ; rdfs:label "A partnership"@en .
            """;
    private static KgServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        KgServer.Builder builder = KgServer.builder().port(0).dataset(Stores.inMemory());
        LinkedDataSite.install(builder, Stores.inMemory(), IriMinter.DEFAULT_BASE, Instant.now());
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void post_turtle_council_without_date_reports_focus_node_and_path() throws Exception {
        HttpResponse<String> r = post("text/turtle", COUNCIL_WITHOUT_DATE, "text/turtle");
        assertEquals(200, r.statusCode());
        Graph report = parse(r.body());
        Node council = NodeFactory.createURI("https://example.org/council/7");
        Node date = NodeFactory.createURI("https://w3id.org/dpkg/ontology#date");
        assertTrue(report.contains(Node.ANY, NodeFactory.createURI(SH + "conforms"), Node.ANY));
        assertTrue(report.find(Node.ANY, NodeFactory.createURI(SH + "focusNode"), council).toList().stream()
                .anyMatch(t -> report.contains(t.getSubject(), NodeFactory.createURI(SH + "resultPath"), date)),
                "a result about the council's missing date:\n" + r.body());
    }

    @Test
    void post_json_ld_and_n_triples_are_validated() throws Exception {
        String jsonld = "{\"@id\": \"https://example.org/p\", \"@type\": \"https://w3id.org/dpkg/ontology#Partner\"}";
        assertEquals(200, post("application/ld+json", jsonld, "text/turtle").statusCode());
        String nt = "<https://example.org/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/dpkg/ontology#Partner> .\n";
        HttpResponse<String> r = post("application/n-triples", nt, "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    }

    @Test
    void post_html_accept_gets_a_readable_page() throws Exception {
        HttpResponse<String> r = post("text/turtle", COUNCIL_WITHOUT_DATE, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Validation report") && r.body().contains("A council") && r.body().contains("dp:date"), r.body());
    }

    @Test
    void post_malformed_turtle_400_with_line_and_column() throws Exception {
        HttpResponse<String> r = post("text/turtle", "@prefix ex: <http://ex/> .\nex:a ex:b ", "text/plain");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line") && r.body().contains("col"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @Test
    void post_too_large_413() throws Exception {
        // Headers only: the body is refused on its declared length, before any of it is read.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/turtle\r\n"
                    + "Content-Length: " + (ValidateServlet.MAX_BYTES + 10) + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413"), "status line: " + status);
        }
    }

    @Test
    void post_unknown_type_415() throws Exception {
        assertEquals(415, post("image/png", "not rdf", "text/turtle").statusCode());
        assertEquals(415, post("application/octet-stream", "x", "text/turtle").statusCode());
    }

    @Test
    void post_json_ld_with_remote_context_400() throws Exception {
        String jsonld = "{\"@context\": \"http://127.0.0.1:1/context.jsonld\", \"@id\": \"https://example.org/p\", \"name\": \"x\"}";
        HttpResponse<String> r = post("application/ld+json", jsonld, "text/plain");
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void get_validate_shows_a_form() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "validate")).GET().build(), BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<form"));
    }

    private HttpResponse<String> post(String type, String body, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "validate")).header("Content-Type", type)
                .header("Accept", accept).POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }
}
