package eu.digitalpartnership.kg.publish.web.query;

import eu.digitalpartnership.kg.publish.web.http.Classpath;
import eu.digitalpartnership.kg.publish.web.http.Links;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The competency queries ({@code queries/*.rq}, a stable contract), each as its question and a link that runs it. */
public final class CompetencyQueries {
    private static final List<String> NAMES = List.of("partners", "officials", "councils", "memoranda", "topics",
            "organisations", "initiatives", "meetings", "evidence");
    private static final String QUESTION = "Competency question:";

    private CompetencyQueries() {}

    /** Each query: its file name, its question and the address of the SPARQL page running it. */
    public static List<Map<String, String>> links() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String name : NAMES) {
            String text = Classpath.text("/queries/" + name + ".rq");
            out.add(Map.of("file", name + ".rq", "question", question(text, name), "href", Links.sparqlPage(text)));
        }
        return out;
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
