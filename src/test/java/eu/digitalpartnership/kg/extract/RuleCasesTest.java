package eu.digitalpartnership.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.Findings.Hit;
import eu.digitalpartnership.kg.extract.rules.Rule;
import eu.digitalpartnership.kg.extract.rules.RuleBook;
import eu.digitalpartnership.kg.model.IriMinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule id has examples: {@code src/test/resources/rule-cases/<rule-id>/positive.txt} and {@code negative.txt}.
 * Each file holds cases separated by {@code ---} lines: the text of a small document, then {@code => slot: value}
 * lines. A positive case needs the rule to support some fact with those slots; a negative case without slots
 * needs the rule not to fire at all, with slots that no fact it supports has them all. An {@code @published
 * YYYY-MM-DD} line gives the document's publication date. See {@code rule-cases/README.md}.
 */
class RuleCasesTest {
    private static final Path CASES = Path.of("src/test/resources/rule-cases");
    private static final Extractor EXTRACTOR = Extractor.create(IriMinter.standard());
    private static final Node RULE = NodeFactory.createURI("https://w3id.org/dpkg/ontology#rule");

    record Case(String rule, boolean positive, int number, String text, LocalDate published, Map<String, String> slots) {}

    static Stream<Named<Case>> cases() {
        List<Named<Case>> out = new ArrayList<>();
        for (String rule : folders())
            for (String kind : List.of("positive", "negative"))
                for (Case c : read(rule, kind.equals("positive")))
                    out.add(Named.of(rule + " " + kind + " " + c.number(), c));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_case(Case c) {
        SourceDocument doc = new SourceDocument("rule-case", c.text(), null, null, c.published(), "en");
        List<Hit> all = EXTRACTOR.findings(doc).hits();
        List<String> unquoted = all.stream().filter(h -> h.spans().stream().anyMatch(s -> s.length() == 0)).map(h -> h.rule() + " " + h.slots()).toList();
        assertTrue(unquoted.isEmpty(), "evidence with an empty span, which quotes nothing: " + unquoted);
        List<Hit> hits = all.stream().filter(h -> h.rule().equals(c.rule())).toList();
        boolean fired = !hits.isEmpty() || firedInGraph(EXTRACTOR.extract(doc), c.rule());
        boolean matches = hits.stream().anyMatch(h -> c.slots().entrySet().stream().allMatch(e -> e.getValue().equals(h.slots().get(e.getKey()))));
        String seen = hits.stream().map(h -> h.slots().toString()).collect(Collectors.joining("\n    ", "\n    ", ""));
        if (c.positive()) {
            assertTrue(fired, c.rule() + " did not fire on:\n" + c.text());
            assertTrue(c.slots().isEmpty() || matches, c.rule() + " fired without " + c.slots() + "; its facts:" + seen);
        } else if (c.slots().isEmpty()) {
            assertFalse(fired, c.rule() + " fired on:\n" + c.text() + seen);
        } else {
            assertFalse(matches, c.rule() + " gave " + c.slots() + " on:\n" + c.text());
        }
    }

    @Test
    void every_rule_has_positive_and_negative_cases_and_every_case_folder_names_a_rule() {
        Set<String> declared = new TreeSet<>();
        for (String file : RuleBook.FILES) RuleBook.read(file).all().stream().map(Rule::id).forEach(declared::add);
        Set<String> folders = new TreeSet<>(folders());
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(folders);
        Set<String> unknown = new TreeSet<>(folders);
        unknown.removeAll(declared);
        assertEquals(Set.of(), missing, "rules without a rule-cases folder");
        assertEquals(Set.of(), unknown, "rule-cases folders that name no declared rule");
        for (String rule : folders) {
            assertFalse(read(rule, true).isEmpty(), rule + " has no positive case");
            assertFalse(read(rule, false).isEmpty(), rule + " has no negative case");
        }
    }

    @Test
    void every_rule_id_in_the_evidence_of_the_development_articles_is_declared() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (String file : RuleBook.FILES) RuleBook.read(file).all().stream().map(Rule::id).forEach(declared::add);
        Set<String> used = new TreeSet<>();
        for (String dir : List.of("src/test/resources/corpus", "src/test/resources/batch3"))
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path input : s.map(p -> p.resolve("input.txt")).filter(Files::exists).toList())
                    EXTRACTOR.extract(SourceDocument.of("dev", Files.readString(input))).find(Node.ANY, RULE, Node.ANY)
                            .forEachRemaining(t -> used.add(t.getObject().getLiteralLexicalForm()));
            }
        used.removeAll(declared);
        assertEquals(Set.of(), used, "rule ids in evidence that no rule file declares");
    }

    private static boolean firedInGraph(Graph g, String rule) {
        return g.find(Node.ANY, RULE, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .anyMatch(o -> o.isLiteral() && o.getLiteralLexicalForm().equals(rule));
    }

    private static List<String> folders() {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases of one file; a missing file has none. */
    static List<Case> read(String rule, boolean positive) {
        Path file = CASES.resolve(rule).resolve(positive ? "positive.txt" : "negative.txt");
        if (!Files.exists(file)) return List.of();
        List<Case> out = new ArrayList<>();
        try {
            String all = Files.readString(file);
            for (String block : all.split("(?m)^---\\s*$")) {
                List<String> text = new ArrayList<>();
                Map<String, String> slots = new LinkedHashMap<>();
                LocalDate published = null;
                for (String line : block.split("\n", -1)) {
                    if (line.startsWith("#")) continue;
                    if (line.startsWith("=> ")) {
                        String[] kv = line.substring(3).split(":", 2);
                        slots.put(kv[0].strip(), kv[1].strip());
                    } else if (line.startsWith("@published ")) {
                        published = LocalDate.parse(line.substring(11).strip());
                    } else {
                        text.add(line);
                    }
                }
                String t = String.join("\n", text).strip();
                if (!t.isEmpty()) out.add(new Case(rule, positive, out.size() + 1, t, published, slots));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
