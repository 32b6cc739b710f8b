package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.web.http.Formats;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a shared cache and a browser see, on the seed: {@code Vary} names every header a response depends on, CORS is
 * {@code *} without credentials and offers only the methods served, {@code Allow} is one list per path whichever
 * response gives it, and HTTP dates are IMF-fixdate (RFC 9110).
 */
class HttpConventionsIT {
    private static final List<String> CACHED = List.of("/.well-known/void", "/doc/id/partner/japan", "/dumps/dataset.trig", "/", "/validation");
    private static KgServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        DatasetGraph store = SeededSite.seedStore();
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, eu.digitalpartnership.kg.model.IriMinter.DEFAULT_BASE, java.time.Instant.now());
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), BodyHandlers.ofByteArray());
    }

    /** The home page is HTML (an RDF client is sent to the dataset description); every other path is asked for Turtle. */
    private static String accept(String path) {
        return path.equals("/") ? "text/html" : "text/turtle";
    }

    private static Set<String> vary(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/void", "/doc/id/partner/japan", "/", "/validation"})
    void get_negotiated_gzipped_vary_names_accept_and_accept_encoding(String path) throws Exception {
        HttpResponse<byte[]> r = send("GET", path, "Accept", accept(path), "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode(), path);
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""), path + " is gzipped");
        assertTrue(vary(r).containsAll(Set.of("Accept", "Accept-Encoding")), path + ": Vary " + vary(r));
    }

    @Test
    void get_dump_gzipped_vary_names_accept_encoding() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/dumps/dataset.trig", "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(vary(r).contains("Accept-Encoding"), "Vary " + vary(r));
    }

    @Test
    void get_sparql_vary_names_accept_and_accept_encoding() throws Exception {
        String q = URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = send("GET", "/sparql?query=" + q, "Accept", "text/csv", "Accept-Encoding", "gzip");
        assertEquals(200, r.statusCode());
        assertTrue(vary(r).containsAll(Set.of("Accept", "Accept-Encoding")), "Vary " + vary(r));
    }

    @Test
    void get_with_origin_cors_is_star_without_credentials() throws Exception {
        for (String path : CACHED) {
            HttpResponse<byte[]> r = send("GET", path, "Origin", "https://one.example", "Accept", "text/turtle");
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
            assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), path);
            HttpResponse<byte[]> other = send("GET", path, "Origin", "https://other.example", "Accept", "text/turtle");
            assertEquals(r.headers().firstValue("Access-Control-Allow-Origin"), other.headers().firstValue("Access-Control-Allow-Origin"),
                    path + ": the answer does not depend on the origin");
        }
    }

    @Test
    void options_preflight_sparql_offers_get_head_post_only() throws Exception {
        HttpResponse<byte[]> r = send("OPTIONS", "/sparql", "Origin", "https://one.example", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "status " + r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("GET, HEAD, POST", r.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE", "PUT", "PATCH"})
    void options_preflight_for_a_write_is_not_allowed(String method) throws Exception {
        HttpResponse<byte[]> r = send("OPTIONS", "/sparql", "Origin", "https://one.example", "Access-Control-Request-Method", method);
        assertFalse(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains(method),
                r.headers().map().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql", "/doc/id/partner/japan", "/id/partner/japan", "/", "/.well-known/void", "/validate",
            "/dumps/dataset.trig", "/validation", "/ontology", "/static/site.css"})
    void options_allow_agrees_with_405_allow(String path) throws Exception {
        HttpResponse<byte[]> options = send("OPTIONS", path);
        HttpResponse<byte[]> refused = send("DELETE", path);
        assertTrue(options.statusCode() == 200 || options.statusCode() == 204, path + ": status " + options.statusCode());
        assertEquals(405, refused.statusCode(), path);
        String allow = options.headers().firstValue("Allow").orElse("");
        assertEquals(allow, refused.headers().firstValue("Allow").orElse(""), path);
        assertFalse(allow.contains("TRACE") || allow.contains("DELETE") || allow.contains("PUT"), path + ": " + allow);
        boolean post = path.equals("/sparql") || path.equals("/validate");
        assertEquals(post ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS", allow, path);
        if (!post) {
            HttpResponse<byte[]> postRefused = send("POST", path);
            assertEquals(405, postRefused.statusCode(), path);
            assertEquals(allow, postRefused.headers().firstValue("Allow").orElse(""), path);
        }
    }

    /** Every RDF media type Jena writes, on a resource, a named graph, the report and VoID: the same graph as Turtle. */
    @ParameterizedTest
    @EnumSource(value = Formats.class, names = "HTML", mode = EnumSource.Mode.EXCLUDE)
    void get_in_every_rdf_media_type_200_same_graph_as_turtle(Formats format) throws Exception {
        for (String path : List.of("/doc/id/partner/japan", "/graph/eu-japan-dpc-2024-04-30", "/validation", "/.well-known/void")) {
            HttpResponse<byte[]> r = send("GET", path, "Accept", format.mediaType);
            assertEquals(200, r.statusCode(), path + " as " + format.mediaType);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(format.mediaType), path + ": " + r.headers().map());
            Graph got = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(format.lang).base(server.url()).parse(got);
            Graph turtle = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(send("GET", path, "Accept", "text/turtle").body())).lang(Lang.TURTLE).base(server.url()).parse(turtle);
            assertTrue(turtle.size() > 0 && turtle.isIsomorphicWith(got), path + " as " + format.mediaType + " differs from Turtle");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/id/person/kono-taro", "/doc/id/partner/japan", "/doc/id/council/european-union-japan/2",
            "/doc/id/document/eu-japan-dpc-2024-04-30"})
    void get_page_embedded_jsonld_is_the_turtles_facts_about_the_resource(String path) throws Exception {
        String html = new String(send("GET", path, "Accept", "text/html").body(), StandardCharsets.UTF_8);
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        assertTrue(script.find(), path + " embeds JSON-LD");
        Graph embedded = GraphFactory.createDefaultGraph();
        RDFParser.fromString(script.group(1), Lang.JSONLD).parse(embedded);
        Graph turtle = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(send("GET", path, "Accept", "text/turtle").body())).lang(Lang.TURTLE).parse(turtle);
        boolean document = path.startsWith("/doc/id/document/");
        Graph expected = document ? turtle : eu.digitalpartnership.kg.publish.web.resource.ResourcePage.embedded(turtle,
                org.apache.jena.graph.NodeFactory.createURI(eu.digitalpartnership.kg.model.IriMinter.DEFAULT_BASE + path.substring("/doc/".length())));
        assertTrue(expected.size() > 0 && expected.isIsomorphicWith(embedded), path + ": the embedded JSON-LD is not the Turtle's facts about the resource");
        if (!document) assertTrue(expected.size() < turtle.size(), path + ": the statements and evidence stay in the Turtle");
    }

    @Test
    void get_last_modified_is_an_imf_fixdate() throws Exception {
        for (String path : CACHED) {
            String date = send("GET", path, "Accept", accept(path)).headers().firstValue("Last-Modified").orElse("");
            assertTrue(date.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"),
                    path + ": " + date);
        }
    }

    @Test
    void get_if_modified_since_in_each_rfc_9110_form_304() throws Exception {
        HttpResponse<byte[]> first = send("GET", "/.well-known/void", "Accept", "text/turtle");
        java.time.ZonedDateTime modified = java.time.ZonedDateTime.parse(first.headers().firstValue("Last-Modified").orElseThrow(),
                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
        for (String pattern : List.of("EEE, dd MMM yyyy HH:mm:ss 'GMT'", "EEEE, dd-MMM-yy HH:mm:ss 'GMT'", "EEE MMM d HH:mm:ss yyyy")) {
            String since = modified.format(java.time.format.DateTimeFormatter.ofPattern(pattern, java.util.Locale.US));
            assertEquals(304, send("GET", "/.well-known/void", "Accept", "text/turtle", "If-Modified-Since", since).statusCode(), since);
        }
    }
}
