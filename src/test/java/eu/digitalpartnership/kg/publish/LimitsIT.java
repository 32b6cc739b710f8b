package eu.digitalpartnership.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.load.Stores;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Limits that fire and say so: a result-row cap signalled in headers, and a request body limit answered with 413. */
class LimitsIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void get_sparql_select_without_limit_capped_and_says_so() throws Exception {
        withServer(3, server -> {
            HttpResponse<String> r = get(server, "SELECT * WHERE { ?s ?p ?o }");
            assertEquals(200, r.statusCode());
            assertEquals(3, r.body().lines().count() - 1, "header line plus 3 rows:\n" + r.body());
            assertEquals("3", r.headers().firstValue("X-Result-Cap").orElse(""));
            assertTrue(r.headers().firstValue("Warning").orElse("").contains("capped at 3 rows"));
        });
    }

    @Test
    void get_sparql_select_without_limit_that_fits_the_cap_not_marked() throws Exception {
        withServer(10, server -> {
            HttpResponse<String> r = get(server, "SELECT * WHERE { ?s ?p ?o }");
            assertEquals(10, r.body().lines().count() - 1, "header line plus every row:\n" + r.body());
            assertFalse(r.headers().firstValue("X-Result-Cap").isPresent(), "nothing was cut");
            assertFalse(r.headers().firstValue("Warning").isPresent(), "nothing was cut");
        });
    }

    @Test
    void get_sparql_construct_without_limit_capped_and_says_so() throws Exception {
        withServer(3, server -> {
            HttpResponse<String> r = get(server, "CONSTRUCT { ?s <urn:q> ?o } WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(200, r.statusCode());
            assertEquals(3, r.body().lines().filter(l -> !l.isBlank()).count(), "3 triples, one per solution kept:\n" + r.body());
            assertEquals("3", r.headers().firstValue("X-Result-Cap").orElse(""));
            assertTrue(r.headers().firstValue("Warning").orElse("").contains("capped at 3 rows"));
        });
    }

    @Test
    void get_sparql_construct_without_limit_that_fits_the_cap_not_marked() throws Exception {
        withServer(10, server -> {
            HttpResponse<String> r = get(server, "CONSTRUCT { ?s <urn:q> ?o } WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(200, r.statusCode());
            assertEquals(10, r.body().lines().filter(l -> !l.isBlank()).count(), "every triple:\n" + r.body());
            assertFalse(r.headers().firstValue("X-Result-Cap").isPresent(), "nothing was cut");
            assertFalse(r.headers().firstValue("Warning").isPresent(), "nothing was cut");
        });
    }

    @Test
    void get_sparql_describe_of_many_capped_and_says_so() throws Exception {
        withServer(3, server -> {
            HttpResponse<String> r = get(server, "DESCRIBE ?s WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(200, r.statusCode());
            assertEquals(3, r.body().lines().filter(l -> !l.isBlank()).count(), "three resources described:\n" + r.body());
            assertEquals("3", r.headers().firstValue("X-Result-Cap").orElse(""));
        });
    }

    @Test
    void get_sparql_select_with_limit_under_cap_not_marked() throws Exception {
        withServer(3, server -> {
            HttpResponse<String> r = get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 2");
            assertEquals(2, r.body().lines().count() - 1);
            assertFalse(r.headers().firstValue("X-Result-Cap").isPresent());
        });
    }

    @Test
    void post_body_over_the_limit_413() throws Exception {
        withServer(3, server -> {
            // Headers only: the server must refuse on the declared length, before reading any of the body.
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (MethodFilter.MAX_BODY + 10)
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertTrue(status != null && status.startsWith("HTTP/1.1 413"), "status line: " + status);
            }
        });
    }

    @Test
    void get_url_over_the_limit_4xx() throws Exception {
        withServer(3, server -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + "x".repeat(40_000))).GET().build(),
                    BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        });
    }

    @Test
    void get_sparql_runaway_query_503_while_others_are_served() throws Exception {
        DatasetGraph ds = Stores.inMemory();
        Txn.executeWrite(ds, () -> {
            for (int i = 0; i < 3000; i++)
                ds.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                        NodeFactory.createLiteralString("o" + i)));
        });
        KgServer server = KgServer.builder().port(0).dataset(ds).queryTimeout(java.time.Duration.ofSeconds(2)).build().start();
        try {
            var runaway = http.sendAsync(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").GET().build(), BodyHandlers.ofString());
            int served = 0;
            while (!runaway.isDone()) {
                HttpResponse<String> quick = get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
                assertEquals(200, quick.statusCode());
                served++;
            }
            assertEquals(503, runaway.get().statusCode(), runaway.get().body());
            assertTrue(served > 0, "other clients were answered while the runaway query ran");
        } finally {
            server.stop();
        }
    }

    private HttpResponse<String> get(KgServer server, String query) throws Exception {
        return get(server, query, "text/csv");
    }

    private HttpResponse<String> get(KgServer server, String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).GET().build(), BodyHandlers.ofString());
    }

    interface ServerTest { void run(KgServer server) throws Exception; }

    private static void withServer(long cap, ServerTest test) throws Exception {
        DatasetGraph ds = Stores.inMemory();
        Txn.executeWrite(ds, () -> {
            for (int i = 0; i < 10; i++)
                ds.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                        NodeFactory.createLiteralString("o" + i)));
        });
        KgServer server = KgServer.builder().port(0).dataset(ds).resultCap(cap).build().start();
        try {
            test.run(server);
        } finally {
            server.stop();
        }
    }
}
