package eu.digitalpartnership.kg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Folder-of-cases tests of the consolidation policy ({@code src/test/resources/consolidation-cases/}, see its
 * README): the document graphs of {@code documents.trig} are consolidated, and the entity facts of the published
 * graph must be exactly those of {@code expected.ttl}, with the conflicts of {@code conflicts.tsv}.
 */
class ConsolidationCasesTest {
    private static final Path CASES = Path.of("src/test/resources/consolidation-cases");
    private static final String BASE = "https://w3id.org/dpkg/";
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("dp", DP.NS).setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    private static final Consolidator CONSOLIDATOR = Consolidator.create(IriMinter.standard(), Validator.standard().shapesGraph());

    static Stream<Named<Path>> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().map(d -> Named.of(d.getFileName().toString(), d)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void published_graph_holds_the_expected_facts_and_conflicts(Path dir) throws IOException {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        RDFParser.source(dir.resolve("documents.trig")).lang(Lang.TRIG).parse(store);
        Consolidation c = Txn.calculateWrite(store, () -> {
            Set<Node> touched = new LinkedHashSet<>();
            store.listGraphNodes().forEachRemaining(g -> touched.addAll(Consolidator.entities(store.getGraph(g))));
            return CONSOLIDATOR.update(store, touched);
        });
        if (Files.exists(dir.resolve("later.trig"))) c = syncLater(store, dir.resolve("later.trig"));
        Graph expected = RDFParser.source(dir.resolve("expected.ttl")).lang(Lang.TURTLE).toGraph();
        Graph actual = Txn.calculateRead(store, () -> facts(store.getDefaultGraph()));
        if (!actual.isIsomorphicWith(expected))
            fail("Published facts differ.\nExpected:\n" + turtle(expected) + "\nActual:\n" + turtle(actual));
        assertEquals(expectedConflicts(dir), actualConflicts(c));
    }

    /** Adds the graphs of {@code later.trig} as a sync does: only what they touch is consolidated again. */
    private static Consolidation syncLater(DatasetGraph store, Path later) {
        DatasetGraph added = DatasetGraphFactory.createTxnMem();
        RDFParser.source(later).lang(Lang.TRIG).parse(added);
        return Txn.calculateWrite(store, () -> {
            Set<Node> touched = new LinkedHashSet<>();
            added.listGraphNodes().forEachRemaining(g -> {
                Graph graph = added.getGraph(g);
                touched.addAll(Consolidator.touched(store.getGraph(g), graph));
                graph.find().forEachRemaining(t -> store.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            return CONSOLIDATOR.update(store, touched);
        });
    }

    /** The published graph without statements, conflict records and their annotations. */
    private static Graph facts(Graph published) {
        Set<Node> statements = new LinkedHashSet<>();
        published.find(Node.ANY, RDF.subject.asNode(), Node.ANY).forEachRemaining(t -> statements.add(t.getSubject()));
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : published.find().toList()) {
            if (statements.contains(t.getSubject()) || t.getSubject().getURI().startsWith(BASE + "id/conflict/")
                    || t.getPredicate().equals(eu.digitalpartnership.kg.model.Reused.HAS_QUALITY_ANNOTATION)) continue;
            g.add(t);
        }
        return g;
    }

    private static Set<String> expectedConflicts(Path dir) throws IOException {
        Path file = dir.resolve("conflicts.tsv");
        Set<String> out = new TreeSet<>();
        if (Files.exists(file))
            for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(line.strip());
        return out;
    }

    private static Set<String> actualConflicts(Consolidation c) {
        Set<String> out = new TreeSet<>();
        List<Conflict> all = new ArrayList<>(c.resolved());
        all.addAll(c.unresolved());
        for (Conflict k : all)
            out.add(String.join("\t", relative(k.subject()), PREFIXES.shortForm(k.property().getURI()),
                    k.chosen() == null ? "-" : term(k.chosen()), k.rule() == null ? "unresolved" : k.rule().getLocalName()));
        assertTrue(c.unresolved().stream().allMatch(k -> !k.resolved()));
        return out;
    }

    private static String term(Node n) {
        if (n.isURI()) return relative(n);
        String dt = n.getLiteralDatatypeURI();
        return "\"" + n.getLiteralLexicalForm() + "\"" + (dt == null ? "" : "^^" + PREFIXES.shortForm(dt));
    }

    private static String relative(Node n) {
        return n.getURI().startsWith(BASE) ? n.getURI().substring(BASE.length()) : n.getURI();
    }

    private static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.NTRIPLES);
        return w.toString().lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }
}
