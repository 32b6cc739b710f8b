package eu.digitalpartnership.kg.publish.web.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.publish.web.SeededSite;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /dumps/dataset.trig} and {@code /dumps/dataset.nq.gz}: the whole store, one named graph per document,
 * read back graph by graph; conditional requests and unknown names.
 */
class DumpsIT {
    private static DatasetGraph store;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void loadSeeds() {
        store = SeededSite.seedStore();
    }

    @Test
    void get_dump_trig_roundtrips_every_graph() throws Exception {
        withServer(server -> {
            HttpResponse<byte[]> r = get(server.url() + "dumps/dataset.trig", null);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("application/trig"), contentType(r));
            assertSameGraphs(parse(new ByteArrayInputStream(r.body()), Lang.TRIG));
        });
    }

    @Test
    void get_dump_nquads_gz_is_gzip() throws Exception {
        withServer(server -> {
            HttpResponse<byte[]> r = get(server.url() + "dumps/dataset.nq.gz", null);
            assertEquals(200, r.statusCode());
            assertEquals("application/gzip", contentType(r));
            assertArrayEquals(new byte[] {(byte) 0x1f, (byte) 0x8b}, Arrays.copyOf(r.body(), 2), "gzip magic number");
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
                assertSameGraphs(parse(in, Lang.NQUADS));
            }
        });
    }

    /** Other tools read a graph named urn:x-arq:DefaultGraph as a named graph: the published graph is written as the default graph. */
    @Test
    void get_dumps_write_the_published_graph_as_the_default_graph() throws Exception {
        withServer(server -> {
            String trig = new String(get(server.url() + "dumps/dataset.trig", null).body(), java.nio.charset.StandardCharsets.UTF_8);
            String nquads;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(get(server.url() + "dumps/dataset.nq.gz", null).body()))) {
                nquads = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            for (String dump : List.of(trig, nquads)) assertTrue(!dump.contains("urn:x-arq:"), "no graph has Jena's internal name");
            assertTrue(nquads.lines().anyMatch(l -> l.matches("^<[^>]*> <[^>]*> .* \\.$") && !l.matches(".*> <[^>]*> \\.$")),
                    "some N-Quads lines are triples of the default graph");
        });
    }

    @Test
    void get_dump_twice_gives_the_same_bytes() throws Exception {
        withServer(server -> {
            byte[] first = get(server.url() + "dumps/dataset.trig", null).body();
            assertArrayEquals(first, get(server.url() + "dumps/dataset.trig", null).body());
        });
    }

    @Test
    void get_dump_again_with_etag_304() throws Exception {
        withServer(server -> {
            HttpResponse<byte[]> first = get(server.url() + "dumps/dataset.nq.gz", null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(first.headers().firstValue("Last-Modified").isPresent());
            assertEquals(304, get(server.url() + "dumps/dataset.nq.gz", etag).statusCode());
        });
    }

    @Test
    void get_unknown_dump_404() throws Exception {
        withServer(server -> {
            assertEquals(404, get(server.url() + "dumps/dataset.ttl", null).statusCode());
            assertEquals(404, get(server.url() + "dumps/", null).statusCode());
        });
    }

    // ---- helpers


    private static void withServer(SeededSite.ServerTest test) throws Exception {
        SeededSite.withServer(store, test);
    }

    /** Every graph of the store is in the dump, with the same triples (the published graph as the default graph). */
    private static void assertSameGraphs(DatasetGraph dump) {
        Txn.executeRead(store, () -> {
            Set<Node> expected = new HashSet<>(Iter.toList(store.listGraphNodes()));
            assertEquals(expected, new HashSet<>(Iter.toList(dump.listGraphNodes())));
            for (Node g : expected)
                assertTrue(store.getGraph(g).isIsomorphicWith(dump.getGraph(g)), "graph " + g);
            assertTrue(store.getDefaultGraph().isIsomorphicWith(dump.getDefaultGraph()), "the published graph");
        });
    }

    private static DatasetGraph parse(InputStream in, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(in).lang(lang).parse(dsg);
        return dsg;
    }

    private HttpResponse<byte[]> get(String url, String ifNoneMatch) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).GET();
        if (ifNoneMatch != null) req.header("If-None-Match", ifNoneMatch);
        return http.send(req.build(), BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }
}
