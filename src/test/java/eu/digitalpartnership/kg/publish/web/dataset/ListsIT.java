package eu.digitalpartnership.kg.publish.web.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.load.LoadedCorpus;
import eu.digitalpartnership.kg.publish.web.SeededSite;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "see all" pages of the home page's lists over the development corpus: paging, 404 past the end, councils by date. */
class ListsIT {
    private static final Pattern ITEM = Pattern.compile("<li><a href=\"(/doc/id/[^\"]+)\">");

    @Test
    void home_lists_link_to_their_see_all_pages() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            String home = site.html("/");
            for (String kind : List.of("partner", "council", "official"))
                assertTrue(home.contains("<a href=\"/list/" + kind + "\">See all " + count(kind) + " "), kind);
        });
    }

    @Test
    void list_official_pages_hold_every_official_once() throws Exception {
        long officials = count("official");
        assertTrue(officials > ListServlet.PAGE_SIZE, "the corpus has more officials than a page holds");
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            List<String> seen = new ArrayList<>(items(site.html("/list/official")));
            assertEquals(ListServlet.PAGE_SIZE, seen.size());
            String second = site.html("/list/official?page=2");
            assertTrue(second.contains("rel=\"prev\""), second);
            seen.addAll(items(second));
            assertEquals(officials, seen.size());
            assertEquals(officials, seen.stream().distinct().count());
        });
    }

    @ParameterizedTest
    @CsvSource({"/list/official?page=3,404", "/list/council?page=99,404", "/list/nothing,404", "/list/official?page=0,400",
            "/list/official?page=two,400", "/list/official?sort=date,400", "/list/council?sort=date&page=1,200", "/list/partner,200"})
    void list_pages_answer(String path, int status) throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> assertEquals(status, site.get(path, "text/html").statusCode(), path));
    }

    @Test
    void list_council_sort_date_is_chronological() throws Exception {
        List<String> byDate = new ArrayList<>();
        String q = "PREFIX dp: <https://w3id.org/dpkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?c (SAMPLE(STR(?d)) AS ?date) (SAMPLE(STR(?l)) AS ?label) WHERE { ?c a dp:Council ; rdfs:label ?l OPTIONAL { ?c dp:date ?d } } GROUP BY ?c";
        Txn.executeRead(LoadedCorpus.store(), () -> {
            try (QueryExec exec = QueryExec.dataset(LoadedCorpus.store()).query(q).build()) {
                exec.select().stream().sorted(java.util.Comparator.comparing((org.apache.jena.sparql.engine.binding.Binding b) ->
                                b.get("date") == null ? "\uffff" : b.get("date").getLiteralLexicalForm())
                        .thenComparing(b -> b.get("label").getLiteralLexicalForm()))
                        .forEach(b -> byDate.add("/doc/id/" + b.get("c").getURI().substring("https://w3id.org/dpkg/id/".length())));
            }
        });
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            List<String> shown = new ArrayList<>();
            for (int page = 1; page <= (byDate.size() + ListServlet.PAGE_SIZE - 1) / ListServlet.PAGE_SIZE; page++)
                shown.addAll(items(site.html("/list/council?sort=date&page=" + page)));
            assertEquals(byDate, shown);
        });
    }

    private static List<String> items(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = ITEM.matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static long count(String kind) {
        String cls = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        String q = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <https://w3id.org/dpkg/ontology#" + cls + "> }";
        return Txn.calculateRead(LoadedCorpus.store(), () -> {
            try (QueryExec exec = QueryExec.dataset(LoadedCorpus.store()).query(q).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }
}
