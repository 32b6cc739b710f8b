package eu.digitalpartnership.kg.publish.web.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.publish.web.SeededSite;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The home page's first questions: each names its query, opens the query page running it, and links CSV with the query's columns. */
class HomeQuestionsIT {
    private static final List<String> FIRST = List.of("participants.rq", "partner-memoranda.rq", "councils-over-time.rq");
    private static final Pattern CARD = Pattern.compile("<li><strong>([^<]+)</strong><span><a href=\"([^\"]+)\">Open and run</a>.*?"
            + "<a href=\"([^\"]+)\" type=\"text/csv\">.*?<code>([^<]+)</code>", Pattern.DOTALL);

    private static DatasetGraph store;

    @BeforeAll
    static void load() {
        store = SeededSite.seedStore();
    }

    /** One question on the home page: its text, the run link, the CSV link and the file named. */
    private record Card(String question, String run, String csv, String file) {}

    @Test
    void home_names_the_first_questions_with_their_queries() throws Exception {
        SeededSite.withSite(store, site -> {
            List<Card> cards = cards(site.html("/"));
            assertEquals(FIRST, cards.stream().map(Card::file).toList());
            assertTrue(cards.get(0).question().toLowerCase().contains("council"), cards.get(0).question());
        });
    }

    @Test
    void home_question_csv_links_return_csv_with_the_query_columns() throws Exception {
        SeededSite.withSite(store, site -> {
            for (Card card : cards(site.html("/"))) {
                HttpResponse<String> r = site.get(card.csv().replace("&amp;", "&"), "text/html,*/*;q=0.8");
                assertEquals(200, r.statusCode(), card.file() + ": " + r.body());
                assertTrue(SeededSite.contentType(r).startsWith("text/csv"), card.file() + ": " + SeededSite.contentType(r));
                Query query = QueryFactory.create(Files.readString(Path.of("queries", card.file())));
                assertEquals(String.join(",", query.getResultVars()), r.body().lines().findFirst().orElse(""), card.file());
                assertTrue(r.body().lines().count() > 1, card.file() + " has rows over the seed");
            }
        });
    }

    @Test
    void home_question_run_links_open_the_query_page_set_to_run() throws Exception {
        SeededSite.withSite(store, site -> {
            for (Card card : cards(site.html("/"))) {
                String run = card.run().replace("&amp;", "&");
                assertTrue(run.endsWith("&run=1"), run);
                String page = site.html(run);
                assertTrue(page.contains("\"run\" : true"), card.file() + " sets the page to run");
                assertTrue(page.contains("format=csv") && page.contains("as CSV"), card.file() + " shows a CSV link");
            }
            assertTrue(site.html("/sparql?query=SELECT+*+%7B%7D").contains("\"run\" : false"), "a query link without run=1 does not run");
        });
    }

    private static List<Card> cards(String html) {
        int from = html.indexOf("first-questions");
        String section = html.substring(from, html.indexOf("</ul>", from));
        List<Card> out = new ArrayList<>();
        Matcher m = CARD.matcher(section);
        while (m.find()) out.add(new Card(m.group(1), m.group(2), m.group(3), m.group(4)));
        return out;
    }
}
