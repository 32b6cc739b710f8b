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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.BiPredicate;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
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

    /** The scores of one article, core categories first; per-rule tallies; and what was missed or extra. */
    public record ArticleScore(String id, List<Score> scores, List<RuleScore> rules, List<String> differences) {
        /** Mean F1 over the core categories. */
        public double coreF1() {
            return scores.stream().filter(s -> CORE.contains(s.category())).mapToDouble(Score::f1).average().orElse(0);
        }

        /** The score of one category. */
        public Score get(String category) {
            return scores.stream().filter(s -> s.category().equals(category)).findFirst().orElseThrow();
        }
    }

    /** Of the items a rule contributed to (across categories), how many match the gold annotation. */
    public record RuleScore(String rule, int matched, int predicted) {
        /** Share of this rule's items that are right. */
        public double precision() { return predicted == 0 ? 1 : (double) matched / predicted; }

        /** The sum of two tallies of the same rule. */
        public RuleScore plus(RuleScore o) { return new RuleScore(rule, matched + o.matched, predicted + o.predicted); }

        @Override public String toString() {
            return String.format("%-44s P %.2f  (%d of %d)", rule, precision(), matched, predicted);
        }
    }

    /** The variable of each competency query that holds the subject whose evidence names its rules. */
    private static final Map<String, String> SUBJECT = Map.of("partners", "partner", "officials", "official",
            "councils", "council", "memoranda", "memorandum", "topics", "topic", "organisations", "organisation",
            "initiatives", "initiative", "meetings", "meeting");

    private Evaluation() {}

    /** Scores the data visible in the view's default graph against a gold annotation. */
    public static ArticleScore score(String id, DatasetGraph view, JsonObject gold) {
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        Map<String, Set<String>> rulesOf = new HashMap<>();
        Txn.executeRead(view, () -> {
            for (String q : SUBJECT.keySet()) rows.put(q, select(view, q));
            for (Map<String, String> r : select(view, resource("/evaluate/rules.rq"), null))
                rulesOf.computeIfAbsent(r.get("subject"), k -> new TreeSet<>()).add(r.get("rule"));
        });
        Tally t = new Tally(rulesOf);
        t.score("partners", distinct("partners", rows.get("partners"), "name"), strings(gold, "partners"),
                (p, g) -> Names.tokens(p.key()).equals(Names.tokens(g)), Item::key, x -> x);
        List<Item> officials = items("officials", rows.get("officials"), r -> r.get("name") + " | " + r.get("role") + " | " + r.get("partner"));
        List<JsonObject> goldOfficials = objects(gold, "officials");
        t.score("officials", officials, goldOfficials, (p, g) -> Names.samePerson(p.row().get("name"), str(g, "name"))
                && Names.tokens(p.row().get("partner")).equals(Names.tokens(str(g, "represents"))), Item::key, Evaluation::official);
        t.score("councils", items("councils", rows.get("councils"), Evaluation::council), objects(gold, "councils"),
                (p, g) -> sameCouncil(p.row(), g), Item::key, Evaluation::goldCouncil);
        List<Item> memoranda = memoranda(rows.get("memoranda"));
        t.score("memoranda", memoranda, objects(gold, "memoranda"), Evaluation::sameMemorandum, Item::key, Evaluation::goldMemorandum);
        t.score("topics", distinct("topics", rows.get("topics"), "label"), strings(gold, "technologies"),
                (p, g) -> p.key().equalsIgnoreCase(g), Item::key, x -> x);
        t.score("organisations", distinct("organisations", rows.get("organisations"), "name"), strings(gold, "organisations"),
                (p, g) -> Names.sameName(p.key(), g), Item::key, x -> x);
        t.score("roles", officials, goldOfficials, (p, g) -> Names.samePerson(p.row().get("name"), str(g, "name"))
                && Names.similar(p.row().get("role"), str(g, "role"), 0.5), Item::key, Evaluation::official);
        t.score("memoranda-parties", memoranda, objects(gold, "memoranda"),
                (p, g) -> sameMemorandum(p, g) && sameParties(p, g), Item::key, Evaluation::goldMemorandum);
        t.score("initiatives", distinct("initiatives", rows.get("initiatives"), "name"), names(objects(gold, "initiatives")),
                (p, g) -> Names.sameName(p.key(), g) || Names.similar(p.key(), g, 0.5), Item::key, x -> x);
        List<Item> meetings = items("meetings", rows.get("meetings"), r -> r.get("name") + " | " + r.get("date") + " | " + r.get("place"));
        List<Item> events = meetings.stream().filter(m -> !isCouncil(m.row())).toList();
        // a next council with neither place nor date is no next_meeting in the gold schema (it holds place and year only)
        List<Item> next = meetings.stream().filter(m -> isCouncil(m.row()) && (m.row().get("place") != null || m.row().get("date") != null)).toList();
        t.score("events", events, objects(gold, "events"), (p, g) -> Names.similar(p.row().get("name"), str(g, "name"), 0.5)
                && (str(g, "date") == null || Objects.equals(str(g, "date"), p.row().get("date"))), Item::key,
                g -> str(g, "name") + " | " + str(g, "date"));
        JsonValue nm = gold.get("next_meeting");
        List<JsonObject> goldNext = nm != null && nm.isObject() ? List.of(nm.getAsObject()) : List.of();
        t.score("next_meeting", next, goldNext, (p, g) -> samePlace(p.row().get("place"), str(g, "place"))
                && (g.get("year") == null || g.get("year").isNull() || p.row().get("date") != null && p.row().get("date").startsWith(g.get("year").toString())),
                Item::key, g -> str(g, "place") + " | " + str(g, "year"));
        return new ArticleScore(id, t.scores, t.ruleScores(), t.differences);
    }

    /** A predicted item: its key for messages, one result row, and the subjects (IRIs) it was read from. */
    private record Item(String key, Map<String, String> row, Set<String> subjects) {}

    /** Scores and differences of one article, and per rule the items it contributed to and how many were right. */
    private static final class Tally {
        final Map<String, Set<String>> rulesOf;
        final List<Score> scores = new ArrayList<>();
        final List<String> differences = new ArrayList<>();
        final Map<String, int[]> byRule = new TreeMap<>();

        Tally(Map<String, Set<String>> rulesOf) {
            this.rulesOf = rulesOf;
        }

        <G> void score(String category, List<Item> predicted, List<G> gold, BiPredicate<Item, G> match,
                       Function<Item, String> showItem, Function<G, String> showGold) {
            int[] owner = Matching.maximum(predicted.size(), gold.size(), (i, j) -> match.test(predicted.get(i), gold.get(j)));
            boolean[] used = new boolean[predicted.size()];
            boolean[] found = new boolean[gold.size()];
            int matched = 0;
            for (int i = 0; i < owner.length; i++)
                if (owner[i] >= 0) {
                    used[i] = true;
                    found[owner[i]] = true;
                    matched++;
                }
            for (int j = 0; j < gold.size(); j++)
                if (!found[j]) differences.add(category + "  missed  " + showGold.apply(gold.get(j)));
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i]) differences.add(category + "  extra   " + showItem.apply(predicted.get(i)));
                Set<String> rules = new TreeSet<>();
                for (String s : predicted.get(i).subjects()) rules.addAll(rulesOf.getOrDefault(s, Set.of()));
                for (String r : rules) {
                    int[] c = byRule.computeIfAbsent(r, k -> new int[2]);
                    c[1]++;
                    if (used[i]) c[0]++;
                }
            }
            scores.add(new Score(category, matched, predicted.size(), gold.size()));
        }

        List<RuleScore> ruleScores() {
            return byRule.entrySet().stream().map(e -> new RuleScore(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        }
    }

    private static String council(Map<String, String> r) {
        return r.get("name") + " | " + r.get("ordinal") + " | " + r.get("date") + " | " + r.get("place");
    }

    private static String goldCouncil(JsonObject g) {
        return str(g, "name") + " | " + str(g, "ordinal") + " | " + (str(g, "date") != null ? str(g, "date")
                : str(g, "date_partial") != null ? str(g, "date_partial") : str(g, "year")) + " | " + str(g, "place");
    }

    private static String official(Item i) {
        return i.key();
    }

    private static String official(JsonObject g) {
        return str(g, "name") + " | " + str(g, "role") + " | " + str(g, "represents");
    }

    private static String goldMemorandum(JsonObject g) {
        return str(g, "title") + " | " + (str(g, "date_signed") != null ? str(g, "date_signed") : str(g, "date_partial"))
                + " | " + (g.get("parties") == null ? "" : strings(g.get("parties").getAsArray()));
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

    private static List<Item> memoranda(List<Map<String, String>> rows) {
        Map<String, Item> byTitle = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            Item m = byTitle.computeIfAbsent(r.get("title"), t -> new Item(t, new HashMap<>(Map.of("title", t)), new TreeSet<>()));
            if (r.get("date") != null) m.row().put("date", r.get("date"));
            if (r.get("party") != null) m.row().merge("parties", r.get("party"), (x, y) -> x + "\t" + y);
            if (r.get("memorandum") != null) m.subjects().add(r.get("memorandum"));
        }
        return byTitle.values().stream().map(m -> new Item(m.key() + " | " + m.row().get("date") + " | "
                + parties(m).stream().sorted().toList(), m.row(), m.subjects())).toList();
    }

    private static Set<String> parties(Item m) {
        String p = m.row().get("parties");
        return p == null ? Set.of() : new TreeSet<>(List.of(p.split("\t")));
    }

    private static boolean sameMemorandum(Item p, JsonObject g) {
        String date = str(g, "date_signed") != null ? str(g, "date_signed") : str(g, "date_partial");
        return Names.similar(p.row().get("title"), str(g, "title"), 0.5) && Objects.equals(date, p.row().get("date"));
    }

    private static boolean sameParties(Item p, JsonObject g) {
        List<String> gold = g.get("parties") == null ? List.of() : strings(g.get("parties").getAsArray());
        Set<String> predicted = parties(p);
        return gold.size() == predicted.size()
                && gold.stream().allMatch(x -> predicted.stream().anyMatch(y -> Names.sameName(x, y)));
    }

    private static List<Map<String, String>> select(DatasetGraph view, String name) {
        return select(view, query(name), SUBJECT.get(name));
    }

    /** Rows of a query, with the subject variable added to the result when the query binds it. */
    private static List<Map<String, String>> select(DatasetGraph view, String text, String subject) {
        Query q = QueryFactory.create(text);
        if (subject != null && !q.getProjectVars().contains(Var.alloc(subject))) q.addResultVar(subject);
        List<Map<String, String>> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(view)).build()) {
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
        return resource("/queries/" + name + ".rq");
    }

    private static String resource(String path) {
        try (InputStream in = Evaluation.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing query on the classpath: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Item> items(String query, List<Map<String, String>> rows, Function<Map<String, String>, String> key) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            Map<String, String> row = new HashMap<>(r);
            String subject = row.remove(SUBJECT.get(query));
            Item i = out.computeIfAbsent(key.apply(row), k -> new Item(k, row, new TreeSet<>()));
            if (subject != null) i.subjects().add(subject);
        }
        return new ArrayList<>(out.values());
    }

    private static List<Item> distinct(String query, List<Map<String, String>> rows, String var) {
        return items(query, rows.stream().filter(r -> r.get(var) != null).toList(), r -> r.get(var));
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
