package eu.digitalpartnership.kg.publish.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.load.LoadedCorpus;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.web.SeededSite;
import eu.digitalpartnership.kg.validate.Validator;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** /search and /search/suggest over the development corpus: aliases, ranking, HTML and JSON, bad input, sync. */
class SearchIT {
    private static final String COUNCIL_2 = "https://w3id.org/dpkg/id/council/european-union-japan/2";

    @Test
    void search_finds_person_by_alias() throws Exception {
        Map<String, String> aliases = officialAliases(LoadedCorpus.store());
        assertFalse(aliases.isEmpty(), "the development corpus has officials with aliases");
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            for (Map.Entry<String, String> a : aliases.entrySet()) {
                JsonArray results = json(site, "/search?q=" + encode(a.getValue())).get("results").getAsArray();
                JsonObject hit = results.stream().map(v -> v.getAsObject())
                        .filter(o -> o.get("iri").getAsString().value().equals(a.getKey())).findFirst().orElseThrow(
                                () -> new AssertionError(a.getValue() + " should find " + a.getKey() + ": " + results));
                assertEquals("exact", hit.get("match").getAsString().value(), a.getValue());
                assertEquals("official", hit.get("type").getAsString().value());
                assertFalse(hit.get("description").getAsString().value().isBlank(), "an official is described by post and partner");
            }
        });
    }

    @Test
    void search_finds_council_by_2nd_japan() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            JsonObject first = json(site, "/search?q=2nd+Japan").get("results").getAsArray().get(0).getAsObject();
            assertEquals(COUNCIL_2, first.get("iri").getAsString().value());
            assertEquals("council", first.get("type").getAsString().value());
            assertEquals("2nd EU–Japan Digital Partnership Council, Brussels, 30 April 2024", first.get("description").getAsString().value());
            String html = site.html("/search?q=2nd+Japan");
            assertTrue(html.contains("<a href=\"/doc/id/council/european-union-japan/2\">"), html);
            assertTrue(html.contains("Brussels, 30 April 2024"), html);
        });
    }

    @Test
    void search_answers_json_by_accept_and_html_by_default() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            HttpResponse<String> json = site.get("/search?q=Japan", "application/json");
            assertEquals(200, json.statusCode());
            assertTrue(SeededSite.contentType(json).startsWith("application/json"));
            HttpResponse<String> html = site.get("/search?q=Japan", "text/html,application/xhtml+xml,*/*;q=0.8");
            assertEquals(200, html.statusCode());
            assertTrue(SeededSite.contentType(html).startsWith("text/html"));
            assertTrue(html.body().contains("role=\"search\""));
        });
    }

    @Test
    void search_ranks_exact_before_prefix_before_words() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            List<String> matches = json(site, "/search?q=Japan").get("results").getAsArray().stream()
                    .map(v -> v.getAsObject().get("match").getAsString().value()).toList();
            assertEquals("exact", matches.get(0), matches.toString());
            assertEquals(matches.stream().sorted(java.util.Comparator.comparing(m -> List.of("exact", "prefix", "words", "other").indexOf(m))).toList(), matches);
        });
    }

    @Test
    void suggest_completes_a_prefix_as_one_types() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            HttpResponse<String> r = site.get("/search/suggest?q=Matsum", "*/*");
            assertEquals(200, r.statusCode());
            assertTrue(SeededSite.contentType(r).startsWith("application/json"));
            JsonArray results = JSON.parse(r.body()).get("results").getAsArray();
            assertTrue(results.size() <= SearchServlet.MAX_SUGGESTIONS);
            assertEquals("Takeaki Matsumoto", results.get(0).getAsObject().get("label").getAsString().value(), r.body());
        });
    }

    @Test
    void search_with_bad_input_answers_400_never_500() throws Exception {
        List<String> bad = List.of("", "   ", "\"", "*", "(", ":", "\"*(:)~^[]{}!\\/", "AND", "x".repeat(201), "a ".repeat(30));
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            for (String q : bad) {
                HttpResponse<String> r = site.get("/search?format=json&q=" + encode(q), "application/json");
                int expected = q.equals("AND") ? 200 : 400;
                assertEquals(expected, r.statusCode(), q + ": " + r.body());
                if (expected == 400) assertTrue(JSON.parse(r.body()).get("error").getAsString().value().lines().count() == 1, r.body());
                HttpResponse<String> page = site.get("/search?q=" + encode(q), "text/html");
                assertTrue(page.statusCode() == 200 || page.statusCode() == 400, q + ": " + page.statusCode());
            }
            for (String q : List.of("Kono\"", "Kono*", "(Kono", "Kono:", "kono~", "KONO^", "Kono!")) {
                HttpResponse<String> r = site.get("/search?q=" + encode(q), "application/json");
                assertEquals(200, r.statusCode(), q);
                assertTrue(r.body().contains("kono-taro"), q + ": " + r.body());
            }
        });
    }

    @Test
    void sync_keeps_the_search_index_in_step() throws Exception {
        DatasetGraph store = SeededSite.seedStore();
        SourceDocument seed = SeedFolder.read(Path.of("seeds")).get(0);
        SourceDocument renamed = new SourceDocument(seed.id(), seed.text().replace("Taro Kono", "Hanako Quartermaine"), seed.title(),
                seed.source(), seed.published(), seed.language());
        SeededSite.withSite(store, site -> {
            assertTrue(json(site, "/search?q=Kono").get("results").getAsArray().size() > 0);
            assertEquals(0, json(site, "/search?q=Quartermaine").get("results").getAsArray().size());
            Loader.create(IriMinter.standard(), Validator.standard()).sync(List.of(renamed), store);
            assertEquals(0, json(site, "/search?q=Kono").get("results").getAsArray().size());
            JsonArray found = json(site, "/search?q=Quartermaine").get("results").getAsArray();
            assertEquals("Hanako Quartermaine", found.get(0).getAsObject().get("label").getAsString().value());
        });
    }

    @Test
    void text_query_works_on_the_sparql_endpoint() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?s WHERE { ?s text:query (rdfs:label \"japan\") }";
            HttpResponse<String> r = site.get("/sparql?query=" + encode(q), "text/csv");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("https://w3id.org/dpkg/id/partner/japan"), r.body());
        });
    }

    private static JsonObject json(SeededSite.Site site, String path) throws Exception {
        HttpResponse<String> r = site.get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.parse(r.body());
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** Each official of the published graph with an alias: IRI → one alias. */
    private static Map<String, String> officialAliases(DatasetGraph store) {
        String q = "PREFIX dp: <https://w3id.org/dpkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?o (SAMPLE(?a) AS ?alias) WHERE { ?o a dp:Official ; skos:altLabel ?a } GROUP BY ?o";
        return Txn.calculateRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(store).query(q).build()) {
                Map<String, String> out = new java.util.TreeMap<>();
                exec.select().forEachRemaining(b -> out.put(b.get("o").getURI(), b.get("alias").getLiteralLexicalForm()));
                return out;
            }
        });
    }
}
