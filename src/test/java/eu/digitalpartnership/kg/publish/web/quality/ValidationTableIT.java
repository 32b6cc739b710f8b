package eu.digitalpartnership.kg.publish.web.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.load.LoadedCorpus;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.publish.web.SeededSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;

/** /validation for people over the development corpus: a table with linked entities, filters that work without JavaScript, figures that agree. */
class ValidationTableIT {
    private static final Pattern ROW = Pattern.compile("<tr class=\"(violation|warning|info)\"><td data-label=\"Severity\">(\\w+)</td>\\s*"
            + "<td data-label=\"Entity\">(<a href=\"([^\"]+)\">)?");
    private static final Pattern SHAPE_OPTION = Pattern.compile("<option value=\"(https://w3id.org/dpkg/shapes#[^\"]+)\">[^<]*\\((\\d+)\\)</option>");
    private static final String DQV = "http://www.w3.org/ns/dqv#";

    @Test
    void get_validation_html_is_a_table_with_entities_linked_and_no_wide_pre() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            String html = site.html("/validation");
            assertFalse(html.contains("<pre"), "no preformatted report");
            List<String[]> rows = rows(html);
            assertFalse(rows.isEmpty(), "the corpus has warnings");
            assertTrue(rows.stream().allMatch(r -> r[1] != null && r[1].startsWith("/doc/")), "every focus node links to its page");
            assertTrue(html.contains("<th scope=\"col\">Source quote</th>") && html.contains("<q>"), "results quote their source");
            assertEquals(200, site.get(rows.get(0)[1], "text/html").statusCode(), rows.get(0)[1]);
        });
    }

    @Test
    void get_validation_filtered_by_severity_shows_only_that_severity() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            List<String[]> warnings = rows(site.html("/validation?severity=Warning"));
            assertFalse(warnings.isEmpty());
            assertTrue(warnings.stream().allMatch(r -> r[0].equals("Warning")));
            assertEquals(List.of(), rows(site.html("/validation?severity=Violation")), "nothing published breaks a Violation shape");
        });
    }

    @Test
    void get_validation_filtered_by_shape_shows_only_that_shape() throws Exception {
        SeededSite.withSite(SeededSite.seedStore(), site -> {
            String html = site.html("/validation");
            Matcher m = SHAPE_OPTION.matcher(html);
            int total = rows(html).size();
            int sum = 0;
            while (m.find()) {
                String filtered = site.html("/validation?shape=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8));
                assertTrue(filtered.contains("<option value=\"" + m.group(1) + "\" selected>"), "the form keeps the filter");
                assertEquals(Integer.parseInt(m.group(2)), rows(filtered).size(), m.group(1));
                sum += rows(filtered).size();
            }
            assertTrue(total > 1, "the seed has warnings of several shapes");
            assertEquals(total, sum, "every result comes from one shape");
        });
    }

    @Test
    void get_validation_with_unknown_filter_400() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            assertEquals(400, site.get("/validation?severity=Fatal", "text/html").statusCode());
            assertEquals(400, site.get("/validation?shape=nothing", "text/html").statusCode());
        });
    }

    @Test
    void figures_on_home_void_and_validation_agree() throws Exception {
        SeededSite.withSite(LoadedCorpus.store(), site -> {
            Model voId = SeededSite.parse(site.get("/.well-known/void", "text/turtle").body(), Lang.TURTLE, site.server().url());
            Resource dataset = voId.listResourcesWithProperty(VOID.triples).toList().stream()
                    .filter(r -> r.hasProperty(VOID.classPartition)).findFirst().orElseThrow();
            String home = site.html("/");
            assertEquals(String.format(java.util.Locale.ENGLISH, "%,d", dataset.getProperty(VOID.triples).getLong()), figure(home, "triples"));
            for (var c : List.of(new String[] {"partners", DP.Partner.getURI()}, new String[] {"councils", DP.Council.getURI()},
                    new String[] {"officials", DP.Official.getURI()}, new String[] {"memoranda", DP.Memorandum.getURI()})) {
                long entities = voId.listResourcesWithProperty(VOID._class, voId.createResource(c[1])).next().getProperty(VOID.entities).getLong();
                assertEquals(String.valueOf(entities), figure(home, c[0]), c[0]);
            }
            String validation = site.html("/validation");
            long violations = measurement(voId, DP.ViolationCount);
            long warnings = measurement(voId, DP.WarningCount);
            assertTrue(validation.contains("<th scope=\"row\">Violations</th><td>" + violations + "</td>"), "violations");
            assertTrue(validation.contains("<th scope=\"row\">Warnings</th><td>" + warnings + "</td>"), "warnings");
            assertEquals(warnings, rows(validation).stream().filter(r -> r[0].equals("Warning")).count(), "table rows of warnings");
            assertEquals(violations, rows(validation).stream().filter(r -> r[0].equals("Violation")).count(), "table rows of violations");
        });
    }

    private static long measurement(Model m, Resource metric) {
        Resource measure = m.listResourcesWithProperty(m.createProperty(DQV + "isMeasurementOf"), metric).next();
        return measure.getProperty(m.createProperty(DQV + "value")).getLong();
    }

    private static String figure(String html, String name) {
        Matcher m = Pattern.compile("data-figure=\"" + name + "\"><dt>[^<]+</dt><dd>([^<]+)</dd>").matcher(html);
        assertTrue(m.find(), name);
        return m.group(1);
    }

    /** Each row: severity and the href of its entity (null when not linked). */
    private static List<String[]> rows(String html) {
        List<String[]> out = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) out.add(new String[] {m.group(2), m.group(4)});
        return out;
    }
}
