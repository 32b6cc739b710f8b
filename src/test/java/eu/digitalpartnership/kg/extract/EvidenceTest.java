package eu.digitalpartnership.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Ontology;
import eu.digitalpartnership.kg.model.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every extracted graph must have, checked over every article we hold: the seed folder and each
 * {@code src/test/resources/corpus/CASE/input.txt} (with its {@code meta.json}), one test per article named after
 * its folder.
 * <ul>
 * <li>each evidence's quote is the document text between its offsets, counted in Unicode code points;</li>
 * <li>each fact triple has exactly one statement node, named as a body by at least one evidence, and each statement
 *     describes a triple that is in the graph;</li>
 * <li>each evidence has one non-empty sentence of the document that contains its longest quote;</li>
 * <li>extraction is deterministic: same document, same graph, same IRIs;</li>
 * <li>every term used is declared in {@code ontology/}.</li>
 * </ul>
 */
class EvidenceTest {

    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Path SEEDS = Path.of("seeds");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final int SHOWN = 15;

    private static final Map<String, Model> EXTRACTED = new ConcurrentHashMap<>();

    /** Every article: seeds/NAME.txt as "seeds/NAME", corpus/CASE/input.txt as "corpus/CASE". */
    static Stream<Named<SourceDocument>> articles() throws IOException {
        List<Named<SourceDocument>> out = new ArrayList<>();
        for (SourceDocument d : SeedFolder.read(SEEDS)) out.add(Named.of("seeds/" + d.id(), d));
        try (Stream<Path> cases = Files.list(CORPUS)) {
            for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
                String name = c.getFileName().toString();
                out.add(Named.of("corpus/" + name, SeedFolder.document(c.resolve("input.txt"), c.resolve("meta.json"), Slugs.slug(name))));
            }
        }
        return out.stream();
    }

    // ---- (a) quotes at code-point offsets

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void quote_is_the_text_between_code_point_offsets(SourceDocument doc) {
        assertQuotesMatchOffsets(extracted(doc));
    }

    @Test
    void offsets_count_code_points_after_a_non_bmp_prefix() {
        SourceDocument seed = SeedFolder.read(SEEDS).get(0);
        String prefix = "\uD83C\uDDEA\uD83C\uDDFA \uD835\uDD3C\n";   // "🇪🇺 𝔼\n": 5 code points, 8 UTF-16 units
        assertEquals(5, prefix.codePointCount(0, prefix.length()));
        SourceDocument shifted = new SourceDocument(seed.id(), prefix + seed.text(), seed.title(), seed.source(),
                seed.published(), seed.language());

        Model plain = extract(seed);
        Model moved = extract(shifted);
        assertQuotesMatchOffsets(moved);

        Map<String, Integer> before = starts(plain);
        Map<String, Integer> after = starts(moved);
        Set<String> both = new TreeSet<>(before.keySet());
        both.retainAll(after.keySet());
        assertFalse(both.isEmpty(), "the prefix changes no fact, so the statement IRIs match");
        List<String> wrong = new ArrayList<>();
        for (String e : both)
            if (after.get(e) - before.get(e) != 5)
                wrong.add(e + " start " + before.get(e) + " -> " + after.get(e) + " (want +5 code points, not +8 UTF-16 units)");
        assertNone(wrong, "offsets shifted by code points");
    }

    // ---- (b) one statement per fact, with evidence, and no statement without its fact

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void every_fact_triple_has_one_statement_with_evidence(SourceDocument doc) {
        Model m = extracted(doc);
        List<String> problems = new ArrayList<>();
        int facts = 0;
        for (Statement st : m.listStatements().toList()) {
            if (!isEntity(m, st.getSubject())) continue;
            facts++;
            List<Resource> named = m.listSubjectsWithProperty(RDF.subject, st.getSubject())
                    .filterKeep(x -> x.hasProperty(RDF.predicate, st.getPredicate()) && x.hasProperty(RDF.object, st.getObject()))
                    .toList();
            if (named.size() != 1) problems.add(named.size() + " statements for " + st.asTriple());
            else if (!m.listSubjectsWithProperty(OA.hasBody, named.get(0)).hasNext()) problems.add("no evidence for " + st.asTriple());
        }
        for (Resource statement : m.listSubjectsWithProperty(RDF.subject).toList()) {
            Statement fact = m.createStatement(statement.getPropertyResourceValue(RDF.subject),
                    m.createProperty(statement.getPropertyResourceValue(RDF.predicate).getURI()), statement.getProperty(RDF.object).getObject());
            if (!m.contains(fact)) problems.add("statement " + statement + " of a triple not in the graph: " + fact.asTriple());
        }
        for (Resource e : evidences(m))
            if (!e.hasProperty(OA.hasBody)) problems.add("evidence " + e + " supports no statement");
        assertTrue(facts > 0, "no facts extracted");
        assertNone(problems, "one statement with evidence per fact triple");
    }

    @Test
    void facts_read_from_one_span_by_one_rule_share_an_evidence() {
        Model m = extracted(SeedFolder.read(SEEDS).get(0));
        long statements = m.listSubjectsWithProperty(RDF.subject).toList().size();
        long evidences = evidences(m).size();
        assertTrue(evidences < statements, evidences + " evidences for " + statements + " statements");
    }

    // ---- (c) sentences

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void evidence_sentence_contains_its_quote(SourceDocument doc) {
        Model m = extracted(doc);
        String text = text(m);
        List<String> problems = new ArrayList<>();
        for (Resource e : evidences(m)) {
            List<Statement> sentences = e.listProperties(DP.sentence).toList();
            if (sentences.size() != 1) {
                problems.add(e + " has " + sentences.size() + " sentences");
                continue;
            }
            String sentence = sentences.get(0).getString();
            String exact = longestQuote(e);
            if (sentence.isBlank()) problems.add(e + " has an empty sentence");
            else if (!sentence.contains(exact)) problems.add(e + ": sentence \"" + sentence + "\" lacks quote \"" + exact + "\"");
            else if (!text.contains(sentence)) problems.add(e + ": sentence \"" + sentence + "\" is not in the document text");
        }
        assertNone(problems, "sentences");
    }

    // ---- (d) determinism

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void extracting_twice_gives_the_same_graph(SourceDocument doc) {
        Graph first = Extractor.create(IriMinter.standard()).extract(doc);
        Graph second = Extractor.create(IriMinter.standard()).extract(doc);
        assertEquals(first.size(), second.size(), "same number of triples");
        assertEquals(subjects(first), subjects(second), "same subject IRIs");
        assertTrue(first.isIsomorphicWith(second), "isomorphic graphs");
    }

    // ---- (e) vocabulary

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void every_term_used_is_declared_in_the_ontology(SourceDocument doc) {
        assertEquals(Set.of(), Ontology.undeclaredTerms(extracted(doc)));
    }

    // ---- helpers

    private static Model extracted(SourceDocument doc) {
        return EXTRACTED.computeIfAbsent(doc.id() + "\u0000" + doc.text(), k -> extract(doc));
    }

    private static Model extract(SourceDocument doc) {
        return ModelFactory.createModelForGraph(Extractor.create(IriMinter.standard()).extract(doc));
    }

    /** The quote of each evidence is the text at its code-point offsets; prefix and suffix surround it. */
    private static void assertQuotesMatchOffsets(Model m) {
        String text = text(m);
        Resource document = document(m);
        int length = text.codePointCount(0, text.length());
        List<String> problems = new ArrayList<>();
        List<Resource> evidences = evidences(m);
        assertFalse(evidences.isEmpty(), "no evidence");
        for (Resource e : evidences) {
            List<Resource> targets = e.listProperties(OA.hasTarget).mapWith(Statement::getResource).toList();
            if (targets.isEmpty()) problems.add(e + ": no target");
            for (Resource target : targets) {
                if (!target.hasProperty(OA.hasSource, document)) {
                    problems.add(e + ": a target not on the document");
                    continue;
                }
                Resource position = selector(target, OA.TextPositionSelector);
                Resource quote = selector(target, OA.TextQuoteSelector);
                if (position == null || quote == null) {
                    problems.add(e + ": missing a selector");
                    continue;
                }
                int start = position.getProperty(OA.start).getInt();
                int end = position.getProperty(OA.end).getInt();
                if (start < 0 || start >= end || end > length) {
                    problems.add(e + ": bad offsets " + start + ".." + end + " in " + length + " code points");
                    continue;
                }
                int from = text.offsetByCodePoints(0, start);
                int to = text.offsetByCodePoints(0, end);
                String exact = quote.getProperty(OA.exact).getString();
                if (!exact.equals(text.substring(from, to)))
                    problems.add(e + ": exact \"" + exact + "\" but text[" + start + "," + end + ") is \"" + text.substring(from, to) + "\"");
                Statement prefix = quote.getProperty(OA.prefix);
                if (prefix != null && !text.substring(0, from).endsWith(prefix.getString()))
                    problems.add(e + ": prefix \"" + prefix.getString() + "\" does not precede the quote");
                Statement suffix = quote.getProperty(OA.suffix);
                if (suffix != null && !text.substring(to).startsWith(suffix.getString()))
                    problems.add(e + ": suffix \"" + suffix.getString() + "\" does not follow the quote");
            }
        }
        assertNone(problems, "quotes at code-point offsets");
    }

    /** The first start offset of the evidence of each statement, by statement IRI. */
    private static Map<String, Integer> starts(Model m) {
        Map<String, Integer> starts = new TreeMap<>();
        for (Resource e : evidences(m)) {
            int start = e.listProperties(OA.hasTarget).mapWith(t -> selector(t.getResource(), OA.TextPositionSelector))
                    .mapWith(p -> p.getProperty(OA.start).getInt()).toList().stream().min(Integer::compare).orElseThrow();
            for (Statement body : e.listProperties(OA.hasBody).toList())
                starts.merge(body.getResource().getURI(), start, Math::min);
        }
        return starts;
    }

    private static Resource selector(Resource target, Resource type) {
        return target.listProperties(OA.hasSelector).mapWith(Statement::getResource)
                .filterKeep(s -> s.hasProperty(RDF.type, type)).nextOptional().orElse(null);
    }

    private static String longestQuote(Resource evidence) {
        return evidence.listProperties(OA.hasTarget).mapWith(t -> selector(t.getResource(), OA.TextQuoteSelector))
                .mapWith(q -> q.getProperty(OA.exact).getString()).toList().stream()
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static List<Resource> evidences(Model m) {
        return m.listSubjectsWithProperty(RDF.type, DP.Evidence).toList();
    }

    private static Resource document(Model m) {
        List<Resource> docs = m.listSubjectsWithProperty(RDF.type, DP.SourceDocument).toList();
        assertEquals(1, docs.size(), "one source document");
        return docs.get(0);
    }

    private static String text(Model m) {
        return document(m).getProperty(DP.text).getString();
    }

    /**
     * True for an extracted entity: not an evidence, not a target or selector of one ({@code EVIDENCE#...}),
     * not the source document, the extraction or its software agent.
     */
    private static boolean isEntity(Model m, Resource s) {
        if (s.hasProperty(RDF.type, DP.Evidence) || s.hasProperty(RDF.type, DP.SourceDocument)
                || s.hasProperty(RDF.type, DP.Extraction) || s.hasProperty(RDF.type, m.createResource(PROV + "SoftwareAgent"))
                || s.hasProperty(RDF.subject))
            return false;
        if (s.isURIResource() && s.getURI().contains("#")) {
            Resource owner = m.createResource(s.getURI().substring(0, s.getURI().indexOf('#')));
            if (owner.hasProperty(RDF.type, DP.Evidence)) return false;
        }
        return true;
    }

    private static Set<String> subjects(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(t.getSubject().isURI() ? t.getSubject().getURI() : t.getSubject().toString()));
        return out;
    }

    private static void assertNone(List<String> problems, String what) {
        assertEquals(0, problems.size(), () -> what + ": " + problems.size() + " problems, first ones:\n  "
                + String.join("\n  ", problems.subList(0, Math.min(SHOWN, problems.size()))));
    }
}
