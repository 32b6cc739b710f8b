package eu.digitalpartnership.kg.publish.web.query;

import static eu.digitalpartnership.kg.publish.web.SeededSite.contentType;
import static eu.digitalpartnership.kg.publish.web.SeededSite.parse;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.web.SeededSite;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /sparql} for people and for machines: a browser gets the YASGUI query page with the competency queries as
 * tabs, a GET without a query and with an RDF Accept gets the SPARQL Service Description, and every SPARQL request
 * (GET or POST, any result type, {@code format}, {@code graph}) still reaches Fuseki unchanged.
 */
class SparqlPageIT {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private static final String JSON_RESULTS = "application/sparql-results+json";
    /** What YASGUI sends with a SELECT query. */
    private static final String YASGUI_ACCEPT = "application/sparql-results+json,*/*;q=0.9";
    private static final Pattern CONFIG = Pattern.compile("<script type=\"application/json\" id=\"yasgui-config\">(.*?)</script>",
            Pattern.DOTALL);
    private static DatasetGraph store;
    private static String officials;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void loadSeeds() throws Exception {
        store = SeededSite.seedStore();
        officials = Files.readString(Path.of("queries", "officials.rq"), UTF_8);
    }

    // ---- Service Description

    @Test
    void get_sparql_without_query_turtle_is_service_description() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl(), "text/turtle");
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
            Model m = parse(r.body(), Lang.TURTLE, server.sparqlUrl());
            Resource service = m.listResourcesWithProperty(RDF.type, sd("Service")).next();
            assertEquals(server.sparqlUrl(), service.getPropertyResourceValue(sdp("endpoint")).getURI());
            assertTrue(service.hasProperty(sdp("supportedLanguage"), sd("SPARQL11Query")));
            assertTrue(service.hasProperty(sdp("feature"), sd("UnionDefaultGraph")));
            for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"))
                assertTrue(service.hasProperty(sdp("resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + format)), format);
            Resource dataset = service.getPropertyResourceValue(sdp("defaultDataset"));
            assertEquals(IriMinter.DEFAULT_BASE + "dataset", dataset.getURI());
            assertTrue(dataset.hasProperty(RDF.type, VOID.Dataset));
            assertFalse(r.body().contains("Update"), "nothing about update");

            long triples = Txn.calculateRead(store, () -> (long) store.getDefaultGraph().find().toList().size());
            Resource defaultGraph = dataset.getPropertyResourceValue(sdp("defaultGraph"));
            assertEquals(triples, defaultGraph.getRequiredProperty(VOID.triples).getLong());
            Set<String> named = new HashSet<>();
            for (Statement s : dataset.listProperties(sdp("namedGraph")).toList())
                named.add(s.getResource().getPropertyResourceValue(sdp("name")).getURI());
            Set<String> graphs = new HashSet<>();
            Txn.executeRead(store, () -> Iter.forEach(store.listGraphNodes(), (Node g) -> graphs.add(g.getURI())));
            assertEquals(graphs, named);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/ld+json, JSONLD", "application/rdf+xml, RDFXML", "application/n-triples, NTRIPLES", "*/*, TURTLE"})
    void get_sparql_without_query_in_each_rdf_format_is_service_description(String accept, String lang) throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl(), accept);
            assertEquals(200, r.statusCode());
            Lang expected = Map.of("JSONLD", Lang.JSONLD, "RDFXML", Lang.RDFXML, "NTRIPLES", Lang.NTRIPLES, "TURTLE", Lang.TURTLE).get(lang);
            assertTrue(contentType(r).startsWith(expected.getContentType().getContentTypeStr()), contentType(r));
            Model m = parse(r.body(), expected, server.sparqlUrl());
            assertTrue(m.contains(null, sdp("endpoint"), m.createResource(server.sparqlUrl())));
        });
    }

    @Test
    void get_sparql_service_description_again_with_etag_304() throws Exception {
        withServer(server -> {
            HttpResponse<String> first = get(server.sparqlUrl(), "text/turtle");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Accept", "text/turtle").header("If-None-Match", etag).GET().build(), BodyHandlers.ofString());
            assertEquals(304, again.statusCode());
        });
    }

    @Test
    void get_sparql_without_query_unknown_type_reaches_fuseki_400() throws Exception {
        withServer(server -> assertEquals(400, get(server.sparqlUrl(), "image/png").statusCode()));
    }

    // ---- the query page

    @Test
    void get_sparql_html_serves_yasgui_with_examples() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl(), BROWSER);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("text/html"), contentType(r));
            assertTrue(r.body().contains("<script src=\"/webjars/yasgui/yasgui.min.js\"></script>"));
            assertTrue(r.body().contains("href=\"/webjars/yasgui/yasgui.min.css\""));
            JsonObject config = config(r.body());
            assertEquals(server.sparqlUrl(), config.get("endpoint").getAsString().value());

            List<String> files;
            try (Stream<Path> rq = Files.list(Path.of("queries"))) {
                files = new ArrayList<>(rq.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList());
            }
            files.remove("officials.rq");
            files.add(0, "officials.rq");
            List<String> names = new ArrayList<>();
            for (JsonValue tab : config.get("tabs").getAsArray()) {
                String name = tab.getAsObject().get("name").getAsString().value();
                names.add(name);
                assertEquals(Files.readString(Path.of("queries", name), UTF_8), tab.getAsObject().get("query").getAsString().value(), name);
            }
            assertEquals(files, names);
        });
    }

    @Test
    void get_sparql_html_with_query_prefills_it() throws Exception {
        withServer(server -> {
            String query = "SELECT ?s WHERE { ?s a <https://w3id.org/dpkg/ontology#Partner> } # </script>";
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(query), BROWSER);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("text/html"), contentType(r));
            JsonObject first = config(r.body()).get("tabs").getAsArray().get(0).getAsObject();
            assertEquals(query, first.get("query").getAsString().value());
            assertFalse(r.body().contains("# </script>"), "the query cannot close the script element");
        });
    }

    @Test
    void get_sparql_page_loads_nothing_from_other_hosts() throws Exception {
        withServer(server -> {
            String page = get(server.sparqlUrl(), BROWSER).body();
            Matcher loads = Pattern.compile("<(?:script|img|iframe)[^>]*\\ssrc=\"([^\"]*)\"|<link[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]*)\"").matcher(page);
            int found = 0;
            while (loads.find()) {
                String url = loads.group(1) != null ? loads.group(1) : loads.group(2);
                assertTrue(url.startsWith("/") && !url.startsWith("//"), url);
                HttpResponse<String> asset = get(server.url() + url.substring(1), "*/*");
                assertEquals(200, asset.statusCode(), url);
                found++;
            }
            assertTrue(found >= 4, "style sheets and scripts: " + found);
            String script = get(server.url() + "static/query.js", "*/*").body();
            assertTrue(script.contains("prefixes.get = config.prefixes"), "prefix completion from the page, not prefix.cc");
            assertTrue(script.contains("autocompleters = [\"variables\", \"prefixes\"]"), "no Linked Open Vocabularies look-ups");
        });
    }

    @Test
    void get_webjar_files_and_nothing_else() throws Exception {
        withServer(server -> {
            HttpResponse<String> js = get(server.url() + "webjars/yasgui/yasgui.min.js", "*/*");
            assertEquals(200, js.statusCode());
            assertTrue(contentType(js).startsWith("text/javascript"), contentType(js));
            assertTrue(js.body().length() > 100_000);
            HttpResponse<String> css = get(server.url() + "webjars/yasgui/yasgui.min.css", "*/*");
            assertEquals(200, css.statusCode());
            assertTrue(contentType(css).startsWith("text/css"), contentType(css));
            assertEquals(404, get(server.url() + "webjars/yasgui/package.json", "*/*").statusCode());
            assertEquals(404, get(server.url() + "webjars/yasgui/../../META-INF/MANIFEST.MF", "*/*").statusCode());
        });
    }

    // ---- SPARQL requests reach Fuseki unchanged

    @Test
    void get_sparql_json_query_reaches_fuseki() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(officials), JSON_RESULTS);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith(JSON_RESULTS), contentType(r));
            assertEquals(4, rows(r.body()));
        });
    }

    @Test
    void post_sparql_form_as_yasgui_sends_it_reaches_fuseki() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", YASGUI_ACCEPT)
                    .POST(BodyPublishers.ofString("query=" + enc(officials))).build(), BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith(JSON_RESULTS), contentType(r));
            assertEquals(4, rows(r.body()));
        });
    }

    @Test
    void get_sparql_browser_with_format_parameter_gets_results() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?format=json&query=" + enc(officials), BROWSER);
            assertEquals(200, r.statusCode());
            assertEquals(4, rows(r.body()));
        });
    }

    @Test
    void get_sparql_csv_query_reaches_fuseki() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(officials), "text/csv");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().startsWith("name,role,partner"), r.body());
        });
    }

    @Test
    void get_sparql_graph_reaches_fuseki() throws Exception {
        String graph = Txn.calculateRead(store, () -> store.listGraphNodes().next().getURI());
        withServer(server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?graph=" + enc(graph), "text/turtle");
            assertEquals(200, r.statusCode());
            assertFalse(parse(r.body(), Lang.TURTLE, server.url()).isEmpty());
        });
    }

    // ---- helpers


    private static void withServer(SeededSite.ServerTest test) throws Exception {
        SeededSite.withServer(store, test);
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(), BodyHandlers.ofString());
    }

    private static JsonObject config(String page) {
        Matcher m = CONFIG.matcher(page);
        assertTrue(m.find(), "the page carries the YASGUI configuration");
        return JSON.parse(m.group(1));
    }

    private static int rows(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(UTF_8)), ResultSetLang.RS_JSON);
        int n = 0;
        for (; rs.hasNext(); rs.next()) n++;
        return n;
    }



    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    private static Resource sd(String local) {
        return ResourceFactory.createResource(SD + local);
    }

    private static Property sdp(String local) {
        return ResourceFactory.createProperty(SD + local);
    }
}
