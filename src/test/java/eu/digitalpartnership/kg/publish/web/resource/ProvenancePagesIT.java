package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.publish.web.SeededSite;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity pages ordered for people and the evidence trail from a fact to the characters of its source document. */
class ProvenancePagesIT {
    private static final String PERSON = "/doc/id/person/kono-taro";
    private static final String DOCUMENT = "/doc/id/document/eu-japan-dpc-2024-04-30";
    private static DatasetGraph store;

    @BeforeAll
    static void load() {
        store = SeededSite.seedStore();
    }

    private static String html(SeededSite.Site site, String path) throws Exception {
        return site.html(path).replace("&amp;", "&");
    }

    /** The path of the first evidence record the person page links to. */
    private static String firstEvidence(SeededSite.Site site) throws Exception {
        return first(html(site, PERSON), "<a href=\"(/doc/id/evidence/[0-9a-f]+)\">evidence record</a>");
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }

    @Test
    void person_page_header_has_one_line_description_and_key_facts_before_the_rest() throws Exception {
        SeededSite.withSite(store, site -> {
            String html = html(site, PERSON);
            String line = first(html, "<p class=\"one-line\">([^<]*)</p>");
            assertTrue(line.contains("Minister for Digital Transformation") && line.endsWith("Japan"), line);
            int key = html.indexOf("id=\"key-h\""), holds = html.indexOf("data-property=\"dp:holds\""), more = html.indexOf("id=\"facts-h\"");
            assertTrue(key > 0 && key < holds && holds < more, "key facts (posts) come before the other facts");
            assertTrue(html.indexOf("data-property=\"^dp:chair\"") < more, "the councils the person chaired are key facts");
            assertTrue(html.contains("<summary>1 source</summary>") || html.matches("(?s).*<summary>\\d+ sources</summary>.*"), "evidence folded under its count");
        });
    }

    @Test
    void evidence_page_titled_by_quote() throws Exception {
        SeededSite.withSite(store, site -> {
            String evidence = firstEvidence(site);
            String page = html(site, evidence);
            String quote = first(page, "<dt>quote</dt><dd><q>([^<]+)</q>");
            assertEquals("“" + quote + "”", first(page, "<h1>([^<]+)</h1>"));
            assertTrue(page.contains("<mark>" + quote + "</mark>"), "the sentence with the quote highlighted");
            assertTrue(page.matches("(?s).*<dt>rule</dt><dd><code>[a-z.-]+</code>.*"), "the rule");
            assertTrue(page.matches("(?s).*<h3>Facts it supports</h3>\\s*<ul class=\"supports\">\\s*<li>.*"), "the facts it supports");
        });
    }

    @Test
    void evidence_page_links_to_an_anchor_that_exists_on_its_document() throws Exception {
        SeededSite.withSite(store, site -> {
            String evidence = firstEvidence(site);
            String page = html(site, evidence);
            assertTrue(!page.matches("(?s).*href=\"[^\"]*#target-.*"), "no link to a target anchor that no page has");
            String target = first(page, "<dt>characters</dt><dd>\\d+–\\d+ of <a href=\"([^\"]+)\"");
            assertEquals(DOCUMENT + "#ev-" + evidence.substring(evidence.lastIndexOf('/') + 1), target);
            String quote = first(page, "<dt>quote</dt><dd><q>([^<]+)</q>");
            String doc = html(site, DOCUMENT);
            String anchor = target.substring(target.indexOf('#') + 1);
            assertTrue(doc.contains("<mark class=\"ev\" id=\"" + anchor + "\""), "the document marks the span with the anchor");
            String marked = doc.substring(doc.indexOf("id=\"" + anchor + "\"")).replaceAll("<[^>]+>", "");
            assertTrue(marked.substring(marked.indexOf('>') + 1).startsWith(quote), "the marked span starts with the quote");
        });
    }

    @Test
    void plain_text_char_fragment_selects_the_quote() throws Exception {
        SeededSite.withSite(store, site -> {
            String evidence = firstEvidence(site);
            String page = html(site, evidence);
            String link = first(page, "<a href=\"(/text/id/document/[^\"]+#char=\\d+,\\d+)\">");
            String quote = first(page, "<dt>quote</dt><dd><q>([^<]+)</q>");
            HttpResponse<String> text = site.get(link.substring(0, link.indexOf('#')), "text/plain");
            assertEquals(200, text.statusCode());
            assertTrue(SeededSite.contentType(text).startsWith("text/plain"));
            String[] range = link.substring(link.indexOf("#char=") + 6).split(",");
            String body = text.body();
            int from = body.offsetByCodePoints(0, Integer.parseInt(range[0])), to = body.offsetByCodePoints(0, Integer.parseInt(range[1]));
            assertEquals(quote.replace("&#39;", "'").replace("&quot;", "\""), body.substring(from, to), "RFC 5147 characters of the text");
            assertEquals(404, site.get("/text/id/person/kono-taro", "text/plain").statusCode(), "only documents have a text");
        });
    }

    @Test
    void document_page_lists_what_was_extracted_by_class() throws Exception {
        SeededSite.withSite(store, site -> {
            String html = html(site, DOCUMENT);
            String extracted = first(html, "<h2 id=\"extracted-h\">What was extracted</h2>(.*?)</section>");
            assertTrue(extracted.contains("<h3>Council <span class=\"count\">"), extracted);
            assertTrue(extracted.contains("<h3>Official <span class=\"count\">"), extracted);
            assertTrue(extracted.contains("<a href=\"/doc/id/person/kono-taro\">Taro Kono</a>"), extracted);
            assertTrue(html.indexOf("extracted-h") < html.indexOf("incoming-h"), "extracted entities before the raw links");
            assertTrue(!html.contains(">is source of</a>"), "evidence targets are not listed as links");
        });
    }

    @Test
    void each_linked_from_group_pages_on_its_own_and_pages_past_the_last_are_404() throws Exception {
        SeededSite.withSite(store, site -> {
            String html = html(site, DOCUMENT);
            String next = first(html, "<a href=\"(" + Pattern.quote(DOCUMENT) + "\\?group=[^\"]+&page=1)\" rel=\"next\">");
            String group = next.substring(next.indexOf("group=") + 6, next.indexOf('&'));
            String pages = first(html, "page 1 of (\\d+)");
            String second = html(site, next);
            assertTrue(second.contains("page 2 of " + pages), "the group is on its second page");
            assertTrue(second.contains("rel=\"prev\""), "a link back");
            int last = Integer.parseInt(pages) - 1;
            assertEquals(200, site.get(DOCUMENT + "?group=" + group + "&page=" + last, "text/html").statusCode());
            assertEquals(404, site.get(DOCUMENT + "?group=" + group + "&page=" + (last + 1), "text/html").statusCode(), "after the last page");
            assertEquals(404, site.get(DOCUMENT + "?page=" + (last + 1), "text/turtle").statusCode(), "after the last page of every group");
            assertEquals(404, site.get(DOCUMENT + "?group=dp%3Anothing&page=0", "text/html").statusCode(), "a group the page does not have");
            assertEquals(404, site.get(DOCUMENT + "?page=-1", "text/html").statusCode(), "not a page number");
        });
    }

    @Test
    void named_graph_gives_browsers_a_summary_with_downloads_and_rdf_clients_rdf() throws Exception {
        SeededSite.withSite(store, site -> {
            String graph = "/graph/eu-japan-dpc-2024-04-30";
            HttpResponse<String> page = site.get(graph, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            assertEquals(200, page.statusCode());
            assertTrue(SeededSite.contentType(page).startsWith("text/html"), SeededSite.contentType(page));
            String html = page.body().replace("&#x3D;", "=");
            assertTrue(html.matches("(?s).*A named graph of [\\d,]+ triples.*"), "a summary");
            for (String format : new String[] {"ttl", "jsonld", "rdf", "nt"})
                assertTrue(html.contains("href=\"" + graph + "?format=" + format + "\""), "a download in " + format);
            assertTrue(html.contains("href=\"" + DOCUMENT + "\""), "the source document");
            assertTrue(html.contains("<th scope=\"row\">Evidence</th>"), "resources by class");
            assertTrue(SeededSite.contentType(site.get(graph, "*/*")).startsWith("text/turtle"), "Turtle for any client");
            assertTrue(SeededSite.contentType(site.get(graph, "application/ld+json")).startsWith("application/ld+json"));
            HttpResponse<String> download = site.get(graph + "?format=ttl", "text/html");
            assertTrue(SeededSite.contentType(download).startsWith("text/turtle"), "the download link gives Turtle to a browser");
            assertEquals(200, site.get("/statistics", "text/html").statusCode());
        });
    }
}
