package eu.digitalpartnership.kg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTest {

    @BeforeAll
    static void lockDown() {
        Security.lockDown();
    }

    @Test
    void service_clause_refused() {
        String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }";
        RuntimeException ex = assertThrows(RuntimeException.class, () -> {
            try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.createTxnMem()).query(q).build()) {
                exec.select().materialize();
            }
        });
        assertTrue(ex.getMessage().contains("SERVICE"), ex.getMessage());
    }

    @Test
    void jsonld_remote_context_refused() {
        RiotException ex = assertThrows(RiotException.class, () -> parseJsonLd("http://127.0.0.1:1/ctx"));
        assertTrue(ex.getMessage().contains("disabled") && ex.getMessage().contains("http://127.0.0.1:1/ctx"), ex.getMessage());
    }

    @Test
    void jsonld_file_context_refused_without_reading_the_file(@TempDir Path dir) throws Exception {
        // A valid context: had the parser read it, the parse would have succeeded.
        Path ctx = Files.writeString(dir.resolve("ctx.jsonld"), "{ \"@context\": { \"name\": \"https://example.org/name\" } }");
        String url = ctx.toUri().toString();
        RiotException ex = assertThrows(RiotException.class, () -> parseJsonLd(url));
        assertTrue(ex.getMessage().contains("disabled") && ex.getMessage().contains(url), ex.getMessage());
    }

    @Test
    void jsonld_inline_context_still_parses() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                { "@context": { "name": "https://example.org/name" }, "@id": "https://example.org/a", "name": "A" }""", Lang.JSONLD)
                .parse(g);
        assertEquals(1, g.size());
    }

    @Test
    void concurrent_jsonld_parses_keep_their_own_base() throws Exception {
        String doc = "{ \"@context\": { \"name\": \"https://example.org/name\" }, \"@id\": \"thing\", \"name\": \"A\" }";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 400; i++) {
                String base = "https://host" + (i % 8) + ".example/";
                results.add(pool.submit(() -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    RDFParser.fromString(doc, Lang.JSONLD).base(base).parse(g);
                    String subject = g.find().next().getSubject().getURI();
                    return subject.equals(base + "thing") ? "" : base + " gave " + subject;
                }));
            }
            for (var r : results) assertEquals("", r.get(), "a parse resolved against another parse's base");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void default_query_timeout_set() {
        assertTrue(ARQ.getContext().isDefined(ARQ.queryTimeout));
    }

    @Test
    void lock_down_is_idempotent() {
        Security.lockDown();
        Security.lockDown();
        assertTrue(ARQ.getContext().isFalse(ARQ.httpServiceAllowed));
        assertThrows(RiotException.class, () -> parseJsonLd("http://127.0.0.1:1/ctx"));
    }

    @Test
    void lock_down_refuses_scripting_property() {
        String before = System.getProperty(ARQ.systemPropertyScripting);
        System.setProperty(ARQ.systemPropertyScripting, "true");
        try {
            IllegalStateException ex = assertThrows(IllegalStateException.class, Security::lockDown);
            assertTrue(ex.getMessage().contains(ARQ.systemPropertyScripting), ex.getMessage());
        } finally {
            if (before == null)
                System.clearProperty(ARQ.systemPropertyScripting);
            else
                System.setProperty(ARQ.systemPropertyScripting, before);
        }
    }

    private static void parseJsonLd(String contextUrl) {
        String doc = "{ \"@context\": \"" + contextUrl + "\", \"@id\": \"https://example.org/a\", \"name\": \"A\" }";
        RDFParser.fromString(doc, Lang.JSONLD).parse(GraphFactory.createDefaultGraph());
    }
}
