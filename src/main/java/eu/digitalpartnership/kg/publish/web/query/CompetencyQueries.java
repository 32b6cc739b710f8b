package eu.digitalpartnership.kg.publish.web.query;

import eu.digitalpartnership.kg.publish.web.http.Classpath;
import eu.digitalpartnership.kg.publish.web.http.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The competency queries ({@code queries/*.rq}, a stable contract), each as its question, a link to the SPARQL page
 * that runs it on opening and a link to its results as CSV. The first questions lead the home page.
 */
public final class CompetencyQueries {
    /** The questions a newcomer asks first: who attended which council, who signed what and when, councils over time. */
    private static final List<String> FIRST = List.of("participants", "partner-memoranda", "councils-over-time");
    private static final List<String> NAMES = List.of("partners", "officials", "councils", "memoranda", "topics",
            "organisations", "initiatives", "meetings", "evidence");
    private static final String QUESTION = "Competency question:";

    private CompetencyQueries() {}

    /** Each query, the first questions first: its file name, its question, the SPARQL page running it and its CSV. */
    public static List<Map<String, String>> links() {
        List<Map<String, String>> out = new ArrayList<>(first());
        for (String name : NAMES) out.add(link(name));
        return out;
    }

    private static List<Map<String, String>> first() {
        return FIRST.stream().map(CompetencyQueries::link).toList();
    }

    private static Map<String, String> link(String name) {
        String text = Classpath.text("/queries/" + name + ".rq");
        return Map.of("file", name + ".rq", "question", question(text, name), "href", Links.sparqlPageRunning(text),
                "csv", Links.sparqlCsv(text));
    }

    /** The question of the leading comment, which may run over several comment lines, up to its question mark. */
    private static String question(String text, String name) {
        String comment = String.join(" ", text.lines().takeWhile(l -> l.startsWith("#")).map(l -> l.substring(1).strip()).toList());
        int at = comment.indexOf(QUESTION);
        if (at < 0) return name;
        String q = comment.substring(at + QUESTION.length()).strip();
        int end = q.indexOf('?');
        q = end < 0 ? q : q.substring(0, end + 1);
        return q.isEmpty() ? name : Character.toUpperCase(q.charAt(0)) + q.substring(1);
    }
}
