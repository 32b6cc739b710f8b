package eu.digitalpartnership.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

class KgServerIT extends HttpTestSupport {

    private static final String EX = "https://example.org/";
    private static final Node DOC_A = NodeFactory.createURI(EX + "doc/a");
    private static final Node DOC_B = NodeFactory.createURI(EX + "doc/b");
    private static final String ACCEPT_JSON = "application/sparql-results+json";
    private static final String NAMES = "SELECT ?name WHERE { ?s <" + EX + "name> ?name } ORDER BY ?name";

    // ---- SPARQL query protocol

    @Test
    void get_sparql_select_json_200() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(NAMES), ACCEPT_JSON);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith(ACCEPT_JSON), contentType(r));
            assertTrue(r.body().contains("\"Alice\""), r.body());
        });
    }

    @Test
    void post_sparql_form_200() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = post(server.sparqlUrl(), "application/x-www-form-urlencoded", "query=" + enc(NAMES), ACCEPT_JSON);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"Alice\""), r.body());
        });
    }

    @Test
    void post_sparql_query_body_200() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = post(server.sparqlUrl(), "application/sparql-query", NAMES, ACCEPT_JSON);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"Alice\""), r.body());
        });
    }

    @Test
    void get_sparql_csv_by_accept() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(NAMES), "text/csv");
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("text/csv"), contentType(r));
            assertEquals("name\r\nAlice\r\nBob\r\n", r.body());
        });
    }

    @Test
    void get_sparql_tsv_by_accept() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(NAMES), "text/tab-separated-values");
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("text/tab-separated-values"), contentType(r));
            assertTrue(r.body().startsWith("?name\n\"Alice\""), r.body());
        });
    }

    @Test
    void get_sparql_xml_by_accept() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(NAMES), "application/sparql-results+xml");
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("application/sparql-results+xml"), contentType(r));
            assertTrue(r.body().contains("<literal>Alice</literal>"), r.body());
        });
    }

    @Test
    void get_sparql_default_graph_is_the_published_graph() throws Throwable {
        withServer(server -> assertPublished(server));
    }

    @Test
    void get_sparql_default_graph_is_the_published_graph_in_tdb2() throws Throwable {
        DatasetGraph tdb2 = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(tdb2, () -> documents().find().forEachRemaining(tdb2::add));
        withServer(tdb2, Duration.ofSeconds(30), server -> assertPublished(server));
    }

    private void assertPublished(KgServer server) throws Exception {
        String q = "SELECT ?a ?b WHERE { ?a <" + EX + "knows> ?b . ?b <" + EX + "name> \"Bob\" }";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(q), "text/csv");
        assertEquals(200, r.statusCode());
        // The knows triple is in doc/a, Bob's name in doc/b: the published graph holds both.
        assertEquals("a,b\r\n" + EX + "alice," + EX + "bob\r\n", r.body());
    }

    @Test
    void get_sparql_graph_named_in_query_selects_one_document() throws Throwable {
        withServer(server -> {
            String q = "SELECT ?name WHERE { GRAPH <" + DOC_B + "> { ?s <" + EX + "name> ?name } }";
            assertEquals("name\r\nBob\r\n", get(server.sparqlUrl() + "?query=" + enc(q), "text/csv").body());
        });
    }

    @Test
    void get_sparql_malformed_query_400() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc("SELECT WHERE {"), ACCEPT_JSON);
            assertEquals(400, r.statusCode());
        });
    }

    @Test
    void get_sparql_service_clause_refused() throws Throwable {
        withServer(server -> {
            String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(q), ACCEPT_JSON);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("SERVICE"), r.body());
        });
    }

    @Test
    void get_sparql_query_over_timeout_503() throws Throwable {
        DatasetGraph big = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(big, () -> {
            for (int i = 0; i < 3000; i++)
                big.add(Quad.defaultGraphIRI, NodeFactory.createURI(EX + "s" + i), NodeFactory.createURI(EX + "p"), NodeFactory.createURI(EX + "o" + i));
        });
        withServer(big, Duration.ofMillis(200), server -> {
            String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(q), ACCEPT_JSON);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "took too long to time out");
        });
    }

    // ---- Graph Store Protocol, read only

    @Test
    void get_graph_store_one_document_200() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?graph=" + enc(DOC_B.getURI()), "application/n-triples");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"Bob\""), r.body());
            assertFalse(r.body().contains("\"Alice\""), r.body());
        });
    }

    @Test
    void get_graph_store_default_is_the_published_graph_200() throws Throwable {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?default", "application/n-triples");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"Alice\"") && r.body().contains("\"Bob\""), r.body());
        });
    }

    @Test
    void get_sparql_without_query_or_graph_400() throws Throwable {
        withServer(server -> assertEquals(400, get(server.sparqlUrl(), "application/n-quads").statusCode()));
    }

    // ---- Nothing writes

    @Test
    void post_update_refused() throws Throwable {
        DatasetGraph dsg = documents();
        withServer(dsg, Duration.ofSeconds(30), server -> {
            String u = "INSERT DATA { GRAPH <" + DOC_A + "> { <" + EX + "x> <" + EX + "y> <" + EX + "z> } }";
            assertEquals(400, post(server.sparqlUrl(), "application/sparql-update", u, "*/*").statusCode());
            assertEquals(400, post(server.sparqlUrl(), "application/x-www-form-urlencoded", "update=" + enc(u), "*/*").statusCode());
            int update = post(server.url() + "update", "application/sparql-update", u, "*/*").statusCode();
            assertTrue(update == 404 || update == 405, "no update endpoint (POST is served at /sparql only): " + update);
        });
        assertEquals(10L, Txn.calculateRead(dsg, () -> Iter.count(dsg.find())), "five claims and the five published facts, unchanged");
    }

    @Test
    void put_graph_store_refused() throws Throwable {
        DatasetGraph dsg = documents();
        withServer(dsg, Duration.ofSeconds(30), server -> {
            String url = server.sparqlUrl() + "?graph=" + enc(DOC_A.getURI());
            String turtle = "<" + EX + "x> <" + EX + "y> <" + EX + "z> .";
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle)).build());
            assertEquals(405, put.statusCode());
            assertEquals(405, post(url, "text/turtle", turtle, "*/*").statusCode());
            HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(url)).DELETE().build());
            assertEquals(405, delete.statusCode());
        });
        assertEquals(10L, Txn.calculateRead(dsg, () -> Iter.count(dsg.find())), "five claims and the five published facts, unchanged");
    }

    // ---- The rest of the URL space

    @Test
    void get_ping_200() throws Throwable {
        withServer(server -> assertEquals(200, get(server.url() + "$/ping", "*/*").statusCode()));
    }

    @Test
    void get_admin_stats_and_shacl_404() throws Throwable {
        withServer(server -> {
            assertEquals(404, get(server.url() + "$/datasets", "*/*").statusCode());
            assertEquals(404, get(server.url() + "$/stats", "*/*").statusCode());
            int shacl = post(server.sparqlUrl() + "/shacl?default", "text/turtle", "", "*/*").statusCode();
            assertTrue(shacl == 404 || shacl == 405, "no SHACL endpoint (POST is served at /sparql only): " + shacl);
        });
    }

    @Test
    void get_root_and_id_paths_reach_added_servlets() throws Throwable {
        KgServer server = KgServer.builder().port(0).dataset(documents())
                .addServlet("", new Echo("home")).addServlet("/id/*", new Echo("id")).build().start();
        try {
            assertEquals("home /", get(server.url(), "text/html").body());
            assertEquals("id /id/alice", get(server.url() + "id/alice", "text/html").body());
            assertEquals(404, get(server.url() + "doc/a", "text/html").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void urls_name_the_bound_port() throws Throwable {
        withServer(server -> {
            assertTrue(server.port() > 0);
            assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
            assertEquals("http://127.0.0.1:" + server.port() + "/sparql", server.sparqlUrl());
        });
    }

    @Test
    void builder_rejects_bad_arguments_at_once() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> KgServer.builder().port(70000));
        assertTrue(bad.getMessage().contains("70000"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().port(-1));
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().queryTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> KgServer.builder().addServlet("/sparql/*", new Echo("x")));
        assertThrows(NullPointerException.class, () -> KgServer.builder().dataset(null));
        NullPointerException none = assertThrows(NullPointerException.class, () -> KgServer.builder().build());
        assertEquals("dataset", none.getMessage());
    }

    // ---- Helpers

    /**
     * Two document graphs, doc/a says Alice knows Bob and doc/b names Bob, and the published default graph that
     * holds both documents' facts, as a load would consolidate them.
     */
    private static DatasetGraph documents() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node alice = NodeFactory.createURI(EX + "alice");
        Node bob = NodeFactory.createURI(EX + "bob");
        Node name = NodeFactory.createURI(EX + "name");
        Txn.executeWrite(dsg, () -> {
            dsg.add(DOC_A, alice, name, NodeFactory.createLiteralString("Alice"));
            dsg.add(DOC_A, alice, NodeFactory.createURI(EX + "knows"), bob);
            dsg.add(DOC_A, alice, NodeFactory.createURI(EX + "age"), NodeFactory.createLiteralString("42"));
            dsg.add(DOC_B, bob, name, NodeFactory.createLiteralString("Bob"));
            dsg.add(DOC_B, bob, NodeFactory.createURI(EX + "age"), NodeFactory.createLiteralString("41"));
            dsg.getUnionGraph().find().toList().forEach(dsg.getDefaultGraph()::add);
        });
        return dsg;
    }

    private static void withServer(ThrowingConsumer<KgServer> test) throws Throwable {
        withServer(documents(), Duration.ofSeconds(30), test);
    }

    private static void withServer(DatasetGraph dsg, Duration timeout, ThrowingConsumer<KgServer> test) throws Throwable {
        KgServer server = KgServer.builder().port(0).dataset(dsg).queryTimeout(timeout).build().start();
        try {
            test.accept(server);
        } finally {
            server.stop();
        }
    }





    /** Answers "label path" as text/plain. */
    private static final class Echo extends HttpServlet {
        private final String label;
        Echo(String label) { this.label = label; }
        @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().print(label + " " + req.getRequestURI());
        }
    }
}
