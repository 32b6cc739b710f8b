package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.NodeClients;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clients nobody here wrote, unmodified, against the served seed: Comunica runs the competency queries and gets
 * Jena's rows; N3.js (in place of rdflib, whose Python packages cannot be installed here) parses every sampled IRI in
 * Turtle, N-Triples, N-Quads and TriG into Jena's graph; jsonld.js reads the served JSON-LD of each page with no
 * remote context and gets the Turtle's graph, and the JSON-LD embedded in the page and gets that graph's facts about
 * the resource; Oxigraph loads the dump, gets Jena's rows, and what it
 * writes back still passes the shapes. The Node scripts are in {@code src/test/clients/}.
 */
class ClientsIT {
    private static final Path QUERIES = Path.of("queries");
    private static final int SAMPLE = 40;
    @TempDir static Path tmp;
    private static KgServer server;
    private static DatasetGraph store;
    private static final List<String> PATHS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        NodeClients.require();
        store = SeededSite.seedStore();
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, IriMinter.DEFAULT_BASE, Instant.now());
        server = builder.build().start();
        String base = IriMinter.DEFAULT_BASE;
        Txn.executeRead(store, () -> store.getDefaultGraph().find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .mapWith(t -> t.getSubject()).filterKeep(s -> s.isURI() && s.getURI().startsWith(base + "id/") && !s.getURI().contains("#"))
                .toSet().stream().map(s -> "/" + s.getURI().substring(base.length())).sorted().limit(SAMPLE).forEach(PATHS::add));
        PATHS.addAll(List.of("/graph/eu-japan-dpc-2024-04-30", "/validation", "/statistics", "/.well-known/void"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static Stream<Named<Path>> queries() throws Exception {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().map(f -> Named.of(f.getFileName().toString(), f)).toList().stream();
        }
    }

    static Stream<Named<Integer>> paths() {
        return java.util.stream.IntStream.range(0, PATHS.size()).mapToObj(i -> Named.of(PATHS.get(i), i));
    }

    // ---- Comunica

    private static JsonObject comunica;

    private static synchronized JsonObject comunicaResults() throws Exception {
        if (comunica != null) return comunica;
        Path out = tmp.resolve("comunica.json");
        List<String> args = new ArrayList<>(List.of(server.sparqlUrl(), out.toString()));
        queries().forEach(q -> args.add(q.getPayload().toAbsolutePath().toString()));
        NodeClients.Run run = NodeClients.node("comunica.mjs", args.toArray(String[]::new));
        assertEquals(0, run.code(), "Comunica failed:\n" + run.output());
        return comunica = JSON.read(out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void comunica_gets_jenas_rows(Path query) throws Exception {
        JsonArray rows = comunicaResults().get(query.getFileName().toString()).getAsArray();
        List<String> got = new ArrayList<>();
        for (JsonValue row : rows) got.add(row(row.getAsObject()));
        List<String> want = jenaRows(query);
        got.sort(null);
        assertEquals(String.join("\n", want), String.join("\n", got), query + " through Comunica");
    }

    /** The rows Jena gives for a query over the served store, sorted; never none. */
    private static List<String> jenaRows(Path query) {
        Query q = QueryFactory.read(query.toString());
        List<String> want = new ArrayList<>();
        Txn.executeRead(store, () -> {
            try (QueryExec qe = QueryExec.dataset(eu.digitalpartnership.kg.load.Stores.publishedView(store)).query(q).build()) {
                qe.select().forEachRemaining(b -> want.add(row(b, q.getResultVars())));
            }
        });
        want.sort(null);
        assertTrue(!want.isEmpty(), query + " has rows over the seed");
        return want;
    }

    private static String row(JsonObject row) {
        List<String> cells = new ArrayList<>();
        for (String var : new java.util.TreeSet<>(row.keys())) {
            JsonObject t = row.get(var).getAsObject();
            String value = t.get("value").getAsString().value();
            cells.add(var + "=" + switch (t.get("termType").getAsString().value()) {
                case "NamedNode" -> "<" + value + ">";
                case "Literal" -> "\"" + value + "\"" + (t.get("language").getAsString().value().isEmpty()
                        ? "^^" + t.get("datatype").getAsString().value() : "@" + t.get("language").getAsString().value());
                default -> "_:";
            });
        }
        return String.join(" ", cells);
    }

    private static String row(Binding b, List<String> vars) {
        List<String> cells = new ArrayList<>();
        for (String var : new java.util.TreeSet<>(vars)) {
            Node n = b.get(var);
            if (n == null) continue;
            cells.add(var + "=" + (n.isURI() ? "<" + n.getURI() + ">" : n.isLiteral() ? "\"" + n.getLiteralLexicalForm() + "\""
                    + (n.getLiteralLanguage().isEmpty() ? "^^" + n.getLiteralDatatypeURI() : "@" + n.getLiteralLanguage()) : "_:"));
        }
        return String.join(" ", cells);
    }

    // ---- Oxigraph, another store

    private static Path oxigraphQuads;
    private static JsonObject oxigraphRows;

    private static synchronized JsonObject oxigraph() throws Exception {
        if (oxigraphRows != null) return oxigraphRows;
        Path quads = tmp.resolve("oxigraph.nq");
        Path rows = tmp.resolve("oxigraph.json");
        List<String> args = new ArrayList<>(List.of(server.url(), quads.toString(), rows.toString()));
        queries().forEach(q -> args.add(q.getPayload().toAbsolutePath().toString()));
        NodeClients.Run run = NodeClients.node("oxigraph.mjs", args.toArray(String[]::new));
        assertEquals(0, run.code(), "Oxigraph failed:\n" + run.output());
        oxigraphQuads = quads;
        return oxigraphRows = JSON.read(rows.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void oxigraph_loaded_with_the_dump_gets_jenas_rows(Path query) throws Exception {
        List<String> got = new ArrayList<>();
        for (JsonValue row : oxigraph().get(query.getFileName().toString()).getAsArray()) got.add(row(row.getAsObject()));
        List<String> want = jenaRows(query).stream().map(ClientsIT::integerSubtypesAsInteger).sorted().toList();
        got.sort(null);
        assertEquals(String.join("\n", want), String.join("\n", got), query + " over the dump in Oxigraph");
    }

    /** Oxigraph stores every integer subtype as xsd:integer: "5"^^xsd:nonNegativeInteger comes back "5"^^xsd:integer. */
    private static String integerSubtypesAsInteger(String row) {
        return row.replace("^^" + XSD_NS + "nonNegativeInteger", "^^" + XSD_NS + "integer");
    }

    private static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";

    @org.junit.jupiter.api.Test
    void data_passed_through_oxigraph_still_passes_the_shapes() throws Exception {
        oxigraph();
        DatasetGraph back = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.source(oxigraphQuads).lang(Lang.NQUADS).parse(back);
        Txn.executeRead(store, () -> assertTrue(store.getDefaultGraph().isIsomorphicWith(back.getDefaultGraph()),
                "the published graph comes back from Oxigraph as it went in"));
        eu.digitalpartnership.kg.validate.Validator validator = eu.digitalpartnership.kg.validate.Validator.standard();
        assertTrue(validator.assess(back.getDefaultGraph()).passes(), "the published graph after Oxigraph passes (ordinals are xsd:integer)");
        // Oxigraph turns the xsd:nonNegativeInteger text positions into xsd:integer, which the shapes accept when not negative.
        for (Node g : org.apache.jena.atlas.iterator.Iter.toList(back.listGraphNodes())) {
            if (!g.getURI().contains("/graph/")) continue;
            assertEquals(java.util.List.of(), validator.assess(back.getGraph(g)).violations(), g + " after Oxigraph");
        }
    }

    // ---- N3.js, four formats

    private static Path n3;

    private static synchronized Path n3Results() throws Exception {
        return n3 != null ? n3 : (n3 = overPaths("n3-formats.mjs", "N3.js"));
    }

    /** Runs a client script over every sampled path; returns the folder it wrote its readings to. */
    private static Path overPaths(String script, String client) throws Exception {
        Path out = Files.createDirectories(tmp.resolve(script));
        List<String> args = new ArrayList<>(List.of(server.url(), out.toString()));
        args.addAll(PATHS);
        NodeClients.Run run = NodeClients.node(script, args.toArray(String[]::new));
        assertEquals(0, run.code(), client + " failed:\n" + run.output());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void n3_parses_each_rdf_format_into_jenas_graph(int i) throws Exception {
        Graph jena = turtle(PATHS.get(i));
        for (String ext : List.of("ttl", "nt", "nq", "trig")) {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.source(n3Results().resolve(i + "." + ext + ".nt")).lang(Lang.NTRIPLES).parse(parsed);
            assertTrue(jena.size() > 0 && jena.isIsomorphicWith(parsed), PATHS.get(i) + " as " + ext + " read by N3.js differs from Jena's graph");
        }
    }

    // ---- jsonld.js, served and embedded

    private static Path jsonld;

    private static synchronized Path jsonldResults() throws Exception {
        return jsonld != null ? jsonld : (jsonld = overPaths("jsonld.mjs", "jsonld.js (its loader refuses remote contexts)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void jsonld_js_reads_served_and_embedded_jsonld_without_remote_context_into_the_turtle_graph(int i) throws Exception {
        Graph jena = turtle(PATHS.get(i));
        Path served = jsonldResults().resolve(i + ".served.nq");
        assertTrue(jena.isIsomorphicWith(nquads(served)), PATHS.get(i) + ": served JSON-LD read by jsonld.js differs from the Turtle");
        Path embedded = jsonldResults().resolve(i + ".embedded.nq");
        if (PATHS.get(i).startsWith("/id/")) {
            Graph facts = eu.digitalpartnership.kg.publish.web.resource.ResourcePage.embedded(jena,
                    org.apache.jena.graph.NodeFactory.createURI(eu.digitalpartnership.kg.model.IriMinter.DEFAULT_BASE + PATHS.get(i).substring(1)));
            assertTrue(facts.size() > 0, PATHS.get(i) + ": no facts about the resource");
            assertTrue(Files.exists(embedded) && facts.isIsomorphicWith(nquads(embedded)),
                    PATHS.get(i) + ": the JSON-LD embedded in the page, read by jsonld.js, is not the Turtle's facts about the resource");
        }
    }

    private static Graph nquads(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.NQUADS).parse(g);
        return g;
    }

    private static Graph turtle(String path) throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        var r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).header("Accept", "text/turtle").GET().build(),
                BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).base(r.uri().toString()).parse(g);
        return g;
    }
}
