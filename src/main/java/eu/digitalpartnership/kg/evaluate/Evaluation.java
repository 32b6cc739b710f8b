package eu.digitalpartnership.kg.evaluate;

import eu.digitalpartnership.kg.load.Stores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Scores one article's published data against its hand annotation (the gold JSON of ANNOTATION.md), through the
 * competency queries of {@code queries/} — the same contract outside evaluation uses.
 * <pre>
 *   ArticleScore s = Evaluation.score("seed", Stores.publishedView(store), JSON.read("gold.json"));
 *   s.coreF1();
 * </pre>
 */
public final class Evaluation {
    /** The core categories whose mean F1 is the article's core F1. */
    public static final List<String> CORE = List.of("partners", "officials", "councils", "memoranda", "topics", "organisations");

    /** The scores of one article, core categories first. */
    public record ArticleScore(String id, List<Score> scores) {
        /** Mean F1 over the core categories. */
        public double coreF1() {
            return scores.stream().filter(s -> CORE.contains(s.category())).mapToDouble(Score::f1).average().orElse(0);
        }

        /** The score of one category. */
        public Score get(String category) {
            return scores.stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow();
        }
    }

    private Evaluation() {}

    /** Scores the data visible in the view's default graph against a gold annotation. */
    public static ArticleScore score(String id, DatasetGraph view, JsonObject gold) {
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        Txn.executeRead(view, () -> {
            for (String q : List.of("partners", "officials", "councils", "memoranda", "topics", "organisations", "initiatives", "meetings"))
                rows.put(q, select(view, q));
        });
        List<Score> scores = new ArrayList<>();
        scores.add(score("partners", distinct(rows.get("partners"), "name"), strings(gold, "partners"),
                (p, g) -> Names.tokens(p).equals(Names.tokens(g))));
        List<Map<String, String>> officials = rows.get("officials");
        List<JsonObject> goldOfficials = objects(gold, "officials");
        scores.add(score("officials", officials, goldOfficials, (p, g) -> Names.samePerson(p.get("name"), str(g, "name"))
                && Names.tokens(p.get("partner")).equals(Names.tokens(str(g, "represents")))));
        scores.add(score("councils", rows.get("councils"), objects(gold, "councils"), Evaluation::sameCouncil));
        scores.add(score("memoranda", memoranda(rows.get("memoranda")), objects(gold, "memoranda"), Evaluation::sameMemorandum));
        scores.add(score("topics", distinct(rows.get("topics"), "label"), strings(gold, "technologies"), String::equalsIgnoreCase));
        scores.add(score("organisations", distinct(rows.get("organisations"), "name"), strings(gold, "organisations"), Names::sameName));
        scores.add(score("roles", officials, goldOfficials, (p, g) -> Names.samePerson(p.get("name"), str(g, "name"))
                && Names.similar(p.get("role"), str(g, "role"), 0.5)));
        scores.add(score("memoranda-parties", memoranda(rows.get("memoranda")), objects(gold, "memoranda"),
                (p, g) -> sameMemorandum(p, g) && sameParties(p, g)));
        scores.add(score("initiatives", distinct(rows.get("initiatives"), "name"), names(objects(gold, "initiatives")),
                (p, g) -> Names.sameName(p, g) || Names.similar(p, g, 0.5)));
        List<Map<String, String>> meetings = rows.get("meetings");
        List<Map<String, String>> events = meetings.stream().filter(m -> !isCouncil(m)).toList();
        List<Map<String, String>> next = meetings.stream().filter(Evaluation::isCouncil).toList();
        scores.add(score("events", events, objects(gold, "events"), (p, g) -> Names.similar(p.get("name"), str(g, "name"), 0.5)
                && (str(g, "date") == null || Objects.equals(str(g, "date"), p.get("date")))));
        JsonValue nm = gold.get("next_meeting");
        List<JsonObject> goldNext = nm != null && nm.isObject() ? List.of(nm.getAsObject()) : List.of();
        scores.add(score("next_meeting", next, goldNext, (p, g) -> samePlace(p.get("place"), str(g, "place"))
                && (g.get("year") == null || p.get("date") != null && p.get("date").startsWith(g.get("year").toString()))));
        return new ArticleScore(id, scores);
    }

    private static boolean isCouncil(Map<String, String> m) {
        return m.get("name") != null && m.get("name").contains("Digital Partnership Council");
    }

    private static boolean sameCouncil(Map<String, String> p, JsonObject g) {
        String ordinal = g.get("ordinal") == null || g.get("ordinal").isNull() ? null : g.get("ordinal").toString();
        if (ordinal != null && !ordinal.equals(p.get("ordinal"))) return false;
        String date = str(g, "date") != null ? str(g, "date")
                : str(g, "date_partial") != null ? str(g, "date_partial")
                : g.get("year") == null || g.get("year").isNull() ? null : g.get("year").toString();
        return Objects.equals(date, p.get("date")) && samePlace(p.get("place"), str(g, "place"));
    }

    private static boolean samePlace(String p, String g) {
        return p == null ? g == null : g != null && Names.tokens(p).equals(Names.tokens(g));
    }

    private record Memo(String title, String date, Set<String> parties) {}

    private static List<Memo> memoranda(List<Map<String, String>> rows) {
        Map<String, Memo> byTitle = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            Memo m = byTitle.computeIfAbsent(r.get("title"), t -> new Memo(t, r.get("date"), new TreeSet<>()));
            if (r.get("party") != null) m.parties().add(r.get("party"));
        }
        return new ArrayList<>(byTitle.values());
    }

    private static boolean sameMemorandum(Memo p, JsonObject g) {
        String date = str(g, "date_signed") != null ? str(g, "date_signed") : str(g, "date_partial");
        return Names.similar(p.title(), str(g, "title"), 0.5) && Objects.equals(date, p.date());
    }

    private static boolean sameParties(Memo p, JsonObject g) {
        List<String> gold = g.get("parties") == null ? List.of() : strings(g.get("parties").getAsArray());
        return gold.size() == p.parties().size()
                && gold.stream().allMatch(x -> p.parties().stream().anyMatch(y -> Names.sameName(x, y)));
    }

    private static <P, G> Score score(String category, List<P> predicted, List<G> gold, BiPredicate<P, G> match) {
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (G g : gold)
            for (int i = 0; i < predicted.size(); i++)
                if (!used[i] && match.test(predicted.get(i), g)) {
                    used[i] = true;
                    matched++;
                    break;
                }
        return new Score(category, matched, predicted.size(), gold.size());
    }

    private static List<Map<String, String>> select(DatasetGraph view, String name) {
        List<Map<String, String>> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(query(name)).dataset(DatasetFactory.wrap(view)).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(row(s)));
        }
        return out;
    }

    private static Map<String, String> row(QuerySolution s) {
        Map<String, String> m = new HashMap<>();
        s.varNames().forEachRemaining(v -> {
            RDFNode n = s.get(v);
            m.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        });
        return m;
    }

    /** The text of a competency query from {@code queries/NAME.rq} on the classpath. */
    public static String query(String name) {
        try (InputStream in = Evaluation.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) throw new IllegalStateException("Missing query on the classpath: queries/" + name + ".rq");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> distinct(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(Objects::nonNull).distinct().toList();
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || !v.isArray() ? List.of() : strings(v.getAsArray());
    }

    private static List<String> strings(JsonArray a) {
        return a.stream().filter(JsonValue::isString).map(x -> x.getAsString().value()).toList();
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || !v.isArray() ? List.of() : v.getAsArray().stream().filter(JsonValue::isObject).map(JsonValue::getAsObject).toList();
    }

    private static List<String> names(List<JsonObject> objects) {
        return objects.stream().map(o -> str(o, "name")).filter(Objects::nonNull).toList();
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString();
    }
}
