package eu.digitalpartnership.kg.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole pipeline over the real seed folder: {@link Loader} extracts, validates and loads {@code seeds/} into an
 * in-memory store, {@link KgServer} serves it on a free port, and the competency queries of {@code queries/} are
 * sent over HTTP as a client would send them. Runs with the project root as working directory.
 */
class EndToEndIT extends HttpTestSupport {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path QUERIES = Path.of("queries");
    private static final String JSON = "application/sparql-results+json";

    /** The officials of the seed article and the partner each represents. */
    private static final Map<String, String> OFFICIALS = Map.of(
            "Thierry Breton", "European Union",
            "Taro Kono", "Japan",
            "Takeaki Matsumoto", "Japan",
            "Taku Ishii", "Japan");

    private static DatasetGraph seedStore;

    @BeforeAll
    static void loadSeeds() {
        seedStore = Stores.inMemory();
        loader().load(SeedFolder.read(SEEDS), seedStore);
    }

    // ---- competency queries over SPARQL

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "POST form", "POST query"})
    void get_officials_query_returns_four_officials_with_roles_and_partners(String method) throws Throwable {
        String query = Files.readString(QUERIES.resolve("officials.rq"), UTF_8);
        withServer(server -> {
            HttpResponse<String> r = switch (method) {
                case "GET" -> get(server.sparqlUrl() + "?query=" + enc(query), JSON);
                case "POST form" -> post(server.sparqlUrl(), "application/x-www-form-urlencoded", "query=" + enc(query), JSON);
                default -> post(server.sparqlUrl(), "application/sparql-query", query, JSON);
            };
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(contentType(r).startsWith(JSON), contentType(r));
            assertOfficials(rows(r.body(), ResultSetLang.RS_JSON));
            assertTrue(r.headers().firstValue("Warning").isEmpty(), "four rows are not a capped result");
            assertTrue(r.headers().firstValue("X-Result-Cap").isEmpty(), "four rows are not a capped result");
        });
    }

    @Test
    void get_councils_by_plain_ordinal_200() throws Throwable {
        String query = "PREFIX dp: <https://w3id.org/dpkg/ontology#> SELECT ?c WHERE { ?c dp:ordinal 1 }";
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(query), JSON);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(1, rows(r.body(), ResultSetLang.RS_JSON).size(), "the first council, found by a bare 1:\n" + r.body());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("competencyQueries")
    void get_every_competency_query_200(Path queryFile) throws Throwable {
        String query = Files.readString(queryFile, UTF_8);
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(query), JSON);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(contentType(r).startsWith(JSON), contentType(r));
            assertFalse(rows(r.body(), ResultSetLang.RS_JSON).isEmpty(), queryFile + " returns no rows over the seed");
        });
    }

    @Test
    void get_sparql_csv_and_tsv_by_accept() throws Throwable {
        String query = Files.readString(QUERIES.resolve("officials.rq"), UTF_8);
        withServer(server -> {
            HttpResponse<String> csv = get(server.sparqlUrl() + "?query=" + enc(query), "text/csv");
            assertEquals(200, csv.statusCode(), csv.body());
            assertTrue(contentType(csv).startsWith("text/csv"), contentType(csv));
            assertTrue(csv.body().startsWith("name,role,partner\r\n"), csv.body());
            assertOfficials(rows(csv.body(), ResultSetLang.RS_CSV));

            HttpResponse<String> tsv = get(server.sparqlUrl() + "?query=" + enc(query), "text/tab-separated-values");
            assertEquals(200, tsv.statusCode(), tsv.body());
            assertTrue(contentType(tsv).startsWith("text/tab-separated-values"), contentType(tsv));
            assertTrue(tsv.body().startsWith("?name\t?role\t?partner\n"), tsv.body());
            assertOfficials(rows(tsv.body(), ResultSetLang.RS_TSV));
        });
    }

    // ---- read only

    @Test
    void post_update_refused_and_store_unchanged() throws Throwable {
        Set<Quad> before = quads(seedStore);
        String graph = IriMinter.standard().mint("graph", "doc", "eu-japan-dpc-2024-04-30");
        String insert = "INSERT DATA { GRAPH <" + graph + "> { <https://example.org/x> <https://example.org/y> \"z\" } }";
        String drop = "DROP ALL";
        withServer(server -> {
            for (String update : List.of(insert, drop)) {
                assertClientError(post(server.sparqlUrl(), "application/sparql-update", update, "*/*"));
                assertClientError(post(server.sparqlUrl(), "application/x-www-form-urlencoded", "update=" + enc(update), "*/*"));
                assertClientError(get(server.sparqlUrl() + "?update=" + enc(update), "*/*"));
                assertClientError(post(server.url() + "update", "application/sparql-update", update, "*/*"));
            }
            String gsp = server.sparqlUrl() + "?graph=" + enc(graph);
            assertClientError(send(HttpRequest.newBuilder(URI.create(gsp)).DELETE().build()));
            assertClientError(send(HttpRequest.newBuilder(URI.create(gsp)).header("Content-Type", "text/turtle")
                    .PUT(BodyPublishers.ofString("<https://example.org/x> <https://example.org/y> 1 .")).build()));
        });
        assertEquals(before, quads(seedStore), "the store is unchanged");
    }

    @Test
    void a_failed_load_leaves_the_store_unchanged() {
        DatasetGraph store = Stores.inMemory();
        List<SourceDocument> seeds = SeedFolder.read(SEEDS);
        loader().load(seeds, store);
        Set<Quad> before = quads(store);
        assertFalse(before.isEmpty());

        SourceDocument seed = seeds.get(0);
        // A good new document, a changed version of the loaded one, then one with no facts at all.
        List<SourceDocument> batch = List.of(
                SourceDocument.of("eu-japan-copy", seed.text()),
                new SourceDocument(seed.id(), seed.text().replace("in Brussels on April 30", "in Tokyo on May 2"),
                        seed.title(), seed.source(), seed.published(), seed.language()),
                SourceDocument.of("gardening-note", "The roses in the park flowered early this year."));

        InputException e = assertThrows(InputException.class, () -> loader().load(batch, store));
        assertTrue(e.getMessage().contains("gardening-note"), e.getMessage());
        assertEquals(before, quads(store), "the store is exactly as before the failed load");
    }

    // ---- helpers

    static Stream<Named<Path>> competencyQueries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted()
                    .map(p -> Named.of(p.getFileName().toString(), p)).toList().stream();
        }
    }

    private static Loader loader() {
        return Loader.create(IriMinter.standard(), Validator.standard());
    }

    private static void withServer(ThrowingConsumer<KgServer> test) throws Throwable {
        KgServer server = KgServer.builder().port(0).dataset(seedStore).build().start();
        try {
            test.accept(server);
        } finally {
            server.stop();
        }
    }

    /** Four rows: each official once, with a non-empty role and the right partner. */
    private static void assertOfficials(List<QuerySolution> rows) {
        Map<String, String> partners = new TreeMap<>();
        for (QuerySolution row : rows) {
            String name = lexical(row, "name");
            assertFalse(lexical(row, "role").isBlank(), "role of " + name);
            partners.put(name, lexical(row, "partner"));
        }
        assertEquals(4, rows.size(), rows::toString);
        assertEquals(new TreeMap<>(OFFICIALS), partners);
    }

    private static String lexical(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLexicalForm() : "";
    }

    private static List<QuerySolution> rows(String body, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(UTF_8)), lang);
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> Iter.toSet(dsg.find()));
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.request().method() + " " + r.uri() + " -> " + r.statusCode());
    }




}
