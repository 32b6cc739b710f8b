package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.publish.web.http.Classpath;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The home page and what every HTML page shares: landmarks, headings, labels, dates, evidence, nothing from the internet. */
class HtmlPagesIT {
    /** Every kind of HTML page: home, ontology, shapes, topic scheme, topic, resource and error. */
    static final List<String> PAGES = List.of("/", "/ontology", "/shapes", "/doc/topic/scheme", "/doc/topic/semiconductors",
            "/doc/id/person/kono-taro", "/doc/id/council/european-union-japan/2", "/id/person/nobody-at-all");

    private static DatasetGraph store;

    @BeforeAll
    static void load() {
        store = SeededSite.seedStore();
    }

    private static void withServer(SeededSite.SiteTest test) throws Exception {
        SeededSite.withSite(store, test);
    }

    private static void withServer(DatasetGraph data, SeededSite.SiteTest test) throws Exception {
        SeededSite.withSite(data, test);
    }

    @Test
    void get_home_html_lists_partners() throws Exception {
        withServer(site -> {
            HttpResponse<String> r = site.get("/", "text/html");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(r.body().contains("<a href=\"/doc/id/partner/japan\">Japan</a>"), r.body());
            assertTrue(r.body().contains("<a href=\"/doc/id/partner/european-union\">European Union</a>"), r.body());
        });
    }

    @Test
    void get_home_html_shows_figures_computed_from_the_store() throws Exception {
        Map<String, String> classes = Map.of("documents", "SourceDocument", "partners", "Partner", "councils", "Council",
                "officials", "Official", "memoranda", "Memorandum");
        withServer(site -> {
            String html = site.html("/");
            for (Map.Entry<String, String> c : classes.entrySet()) {
                long expected = count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a <https://w3id.org/dpkg/ontology#" + c.getValue()
                        + "> } UNION { GRAPH ?g { ?x a <https://w3id.org/dpkg/ontology#" + c.getValue() + "> } } }");
                assertTrue(expected > 0, c.getKey());
                assertTrue(Pattern.compile("data-figure=\"" + c.getKey() + "\"><dt>[^<]+</dt><dd>" + expected + "</dd>").matcher(html).find(),
                        c.getKey() + " should be " + expected);
            }
            long triples = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            assertTrue(html.contains("data-figure=\"triples\"><dt>triples</dt><dd>" + String.format(java.util.Locale.ENGLISH, "%,d", triples) + "</dd>"));
        });
    }

    @Test
    void get_home_html_figures_follow_the_store_they_are_given() throws Exception {
        withServer(Stores.inMemory(), site -> {
            String html = site.html("/");
            assertTrue(html.contains("data-figure=\"partners\"><dt>partners</dt><dd>0</dd>"), html);
            assertTrue(html.contains("No documents are loaded."), html);
        });
    }

    @Test
    void get_home_html_says_what_the_dataset_is_and_for_whom() throws Exception {
        withServer(site -> {
            String html = site.html("/");
            assertTrue(html.contains("Digital Partnership Councils"));
            for (String who : List.of("Data scientists", "Other knowledge graphs", "Validators")) assertTrue(html.contains(who), who);
        });
    }

    @Test
    void get_home_html_links_where_to_go() throws Exception {
        withServer(site -> {
            String html = site.html("/");
            for (String href : List.of("/sparql", "/.well-known/void", "/dumps/dataset.trig", "/dumps/dataset.nq.gz", "/ontology", "/shapes",
                    "/validation", "/doc/topic/scheme"))
                assertTrue(html.contains("href=\"" + href + "\""), href);
        });
    }

    @Test
    void get_home_html_links_councils_and_officials_to_their_pages() throws Exception {
        withServer(site -> {
            String html = site.html("/");
            assertTrue(html.contains("<a href=\"/doc/id/council/european-union-japan/2\">2nd EU–Japan Digital Partnership Council</a>"), html);
            assertTrue(html.contains("2nd · 30 April 2024 · Brussels"), "a council is told apart by ordinal, date and place");
            assertTrue(html.contains("1st · 2023"), "a year-only date stays a year");
            assertTrue(html.contains("<a href=\"/doc/id/person/kono-taro\">Taro Kono</a>"), html);
        });
    }

    @Test
    void get_home_html_lists_source_documents_with_titles() throws Exception {
        withServer(site -> {
            String html = site.html("/");
            assertTrue(html.contains("<a href=\"/doc/id/document/eu-japan-dpc-2024-04-30\">EU and Japan strengthen joint work on digital identity, "
                    + "semiconductors and artificial intelligence</a>"), html);
            assertTrue(html.contains("href=\"/graph/eu-japan-dpc-2024-04-30\""), "link to the named graph");
            assertTrue(html.contains("<time datetime=\"2024-04-30\">30 April 2024</time>"), "publication date");
            assertTrue(html.contains("rel=\"external\" href=\"https://europeaninterest.eu/"), "link to the original article");
        });
    }

    @Test
    void get_home_html_links_each_competency_query_to_the_sparql_page() throws Exception {
        withServer(site -> {
            String html = site.html("/");
            assertTrue(html.contains("Which officials took part, in which post, on behalf of which partner?"), html);
            assertTrue(html.contains("href=\"/sparql?query="), html);
            assertTrue(html.contains("<code>evidence.rq</code>"), html);
        });
    }

    @Test
    void get_home_with_rdf_accept_303_to_void() throws Exception {
        withServer(site -> {
            for (String accept : List.of("text/turtle", "application/ld+json", "application/rdf+xml;q=1, text/html;q=0.5")) {
                HttpResponse<String> r = site.get("/", accept);
                assertEquals(303, r.statusCode(), accept);
                assertEquals("/.well-known/void", r.headers().firstValue("Location").orElse(""), accept);
            }
            assertEquals(303, site.get("/?format=ttl", "text/html").statusCode());
            assertEquals(406, site.get("/", "image/png").statusCode());
        });
    }

    @Test
    void get_home_links_dataset_description_and_endpoint_in_headers() throws Exception {
        withServer(site -> {
            String link = site.get("/", "text/html").headers().allValues("Link").toString();
            assertTrue(link.contains("</.well-known/void>; rel=\"describedby\""), link);
            assertTrue(link.contains("</sparql>"), link);
            assertTrue(link.contains("rel=\"license\""), link);
        });
    }

    @Test
    void get_home_is_the_root_only_other_paths_404() throws Exception {
        withServer(site -> {
            assertEquals(404, site.get("/nothing-here", "text/html").statusCode());
            assertFalse(site.html("/nothing-here").contains("data-figure"));
        });
    }

    @Test
    void every_page_has_landmarks_a_skip_link_and_one_h1() throws Exception {
        withServer(site -> {
            for (String path : PAGES) {
                String html = site.html(path);
                assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"), path);
                assertTrue(html.contains("name=\"viewport\""), path + ": readable on a phone");
                assertTrue(html.contains("<a class=\"skip\" href=\"#main\">"), path + ": skip link");
                for (String landmark : List.of("<header class=\"site\">", "<nav aria-label=\"Site\">", "<main id=\"main\"", "<footer class=\"site\">"))
                    assertTrue(html.contains(landmark), path + ": " + landmark);
                assertEquals(1, count(html, "<h1[ >]"), path + ": one h1");
            }
        });
    }

    @Test
    void every_page_has_headings_in_order() throws Exception {
        withServer(site -> {
            for (String path : PAGES) {
                List<Integer> levels = new ArrayList<>();
                Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(site.html(path));
                while (m.find()) levels.add(Integer.parseInt(m.group(1)));
                assertEquals(1, levels.get(0), path + " starts with h1");
                for (int i = 1; i < levels.size(); i++)
                    assertTrue(levels.get(i) <= levels.get(i - 1) + 1, path + ": h" + levels.get(i - 1) + " then h" + levels.get(i));
            }
        });
    }

    @Test
    void every_page_loads_nothing_from_the_internet() throws Exception {
        withServer(site -> {
            for (String path : PAGES) {
                String html = site.html(path);
                // one script file at most: the search box's suggestions, from this site, deferred; the page works without it
                assertEquals(count(html, "<script[^>]*\\ssrc="), count(html, "<script src=\"/static/search.js\" defer>"), path + ": no other script files");
                assertTrue(count(html, "<script[^>]*\\ssrc=") <= 1, path + ": one script file at most");
                Matcher m = Pattern.compile("<(?:link|img|script|iframe|source|video|audio)\\b[^>]*?\\s(?:href|src)=\"([^\"]*)\"").matcher(html);
                while (m.find()) {
                    String url = m.group(1);
                    boolean alternate = m.group().contains("rel=\"alternate\"");
                    assertTrue(alternate || url.startsWith("/") && !url.startsWith("//"), path + " loads " + url);
                }
            }
            String css = site.get("/static/style.css", "text/css").body();
            assertFalse(css.contains("@import") || css.contains("url("), "the style sheet loads nothing else");
        });
    }

    @Test
    void every_image_has_a_text_alternative() throws Exception {
        withServer(site -> {
            for (String path : PAGES) {
                Matcher m = Pattern.compile("<img\\b[^>]*>").matcher(site.html(path));
                while (m.find()) assertTrue(m.group().contains(" alt=\""), path + ": " + m.group());
            }
        });
    }

    @Test
    void get_style_and_logo_200_from_this_host() throws Exception {
        withServer(site -> {
            HttpResponse<String> css = site.get("/static/style.css", "*/*");
            assertEquals(200, css.statusCode());
            assertTrue(css.body().contains("@media (max-width"), "responsive");
            assertTrue(css.body().contains("prefers-color-scheme: dark"));
            HttpResponse<String> logo = site.get("/static/logo.svg", "*/*");
            assertEquals(200, logo.statusCode());
            assertTrue(logo.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        });
    }

    @Test
    void style_colours_meet_wcag_aa_contrast_in_light_and_dark() throws Exception {
        String css = Classpath.text("/web/static/style.css");
        int dark = css.indexOf("prefers-color-scheme: dark");
        for (String scheme : List.of(css.substring(0, dark), css.substring(dark))) {
            Map<String, String> c = colours(scheme);
            for (String fg : List.of("fg", "muted", "accent", "violation", "warning", "ok"))
                for (String bg : List.of("bg", "panel"))
                    assertTrue(contrast(c.get(fg), c.get(bg)) >= 4.5, fg + " on " + bg + ": " + contrast(c.get(fg), c.get(bg)));
            assertTrue(contrast(c.get("fg"), c.get("mark")) >= 4.5, "text on highlighted quote");
        }
    }

    @Test
    void get_resource_html_shows_labels_not_raw_iris() throws Exception {
        withServer(site -> {
            String html = site.html("/doc/id/person/kono-taro");
            assertTrue(html.contains("title=\"rdfs:label\">label</a>"), "rdfs:label is shown as 'label'");
            assertTrue(html.contains(">represents</a>") && html.contains(">Japan</a>"), html);
            assertTrue(html.contains("<a class=\"type\" href=\"/ontology#Official\">Official</a>"), "types link to the ontology");
        });
    }

    @Test
    void get_resource_html_shows_partial_dates_as_such() throws Exception {
        withServer(site -> {
            String first = site.html("/doc/id/council/european-union-japan/1");
            assertTrue(first.contains("<time datetime=\"2023\">2023</time>") && first.contains("(year only)"), first);
            String second = site.html("/doc/id/council/european-union-japan/2");
            assertTrue(second.contains("<time datetime=\"2024-04-30\">30 April 2024</time>"), second);
        });
    }

    @Test
    void get_council_html_lists_the_memoranda_its_partners_signed_that_day() throws Exception {
        withServer(site -> {
            String second = site.html("/doc/id/council/european-union-japan/2");
            int at = second.indexOf("id=\"signed-that-day\"");
            assertTrue(at > 0, second);
            String section = second.substring(at, second.indexOf("</div>", at));
            assertTrue(section.contains("Memorandum of Cooperation on digital identities and trust services</a>"), section);
            assertFalse(section.contains("semiconductors"), "signed in July 2023, not that day: " + section);
            assertFalse(site.html("/doc/id/council/european-union-japan/1").contains("id=\"signed-that-day\""), "nothing signed on the 1st council's date");
        });
    }

    @Test
    void get_resource_html_highlights_the_quote_and_links_the_source_and_sparql() throws Exception {
        withServer(site -> {
            String html = site.html("/doc/id/person/kono-taro");
            assertTrue(html.contains("<mark>Taro Kono, the Japanese Minister for Digital Transformation</mark>"), html);
            assertTrue(html.matches("(?s).*<a href=\"/doc/id/document/eu-japan-dpc-2024-04-30#ev-[0-9a-f]+\">source document</a>.*"), "the source link goes to the span: " + html);
            assertTrue(html.contains(">Open in SPARQL</a>"));
        });
    }

    @Test
    void get_pages_html_embed_json_ld_that_parses() throws Exception {
        withServer(site -> {
            for (String path : List.of("/", "/doc/id/person/kono-taro", "/ontology", "/shapes", "/doc/topic/scheme")) {
                Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(site.html(path));
                assertTrue(m.find(), path);
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(m.group(1).replace("<\\/", "</"), Lang.JSONLD).parse(g);
                assertFalse(g.isEmpty(), path);
            }
        });
    }

    @Test
    void get_unknown_page_404_html_helps_the_reader_on() throws Exception {
        withServer(site -> {
            HttpResponse<String> r = site.get("/id/person/nobody-at-all", "text/html");
            assertEquals(404, r.statusCode());
            assertTrue(r.body().contains("href=\"/\"") && r.body().contains("href=\"/sparql\""), r.body());
        });
    }

    private static long count(String select) {
        DatasetGraph view = Stores.publishedView(store);
        return Txn.calculateRead(view, () -> {
            try (QueryExec q = QueryExec.dataset(view).query(select).build()) {
                return ((Number) q.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static Map<String, String> colours(String css) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) out.putIfAbsent(m.group(1), m.group(2));
        return out;
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
