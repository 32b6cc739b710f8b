package eu.digitalpartnership.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.DP;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    // ---- the gate

    @Test
    void standard_is_parsed_once() {
        assertSame(Validator.standard(), Validator.standard());
    }

    @Test
    void check_returns_the_outcome_of_a_conforming_graph() {
        ValidationOutcome outcome = Validator.standard().check(ShapeCasesTest.caseData("valid-document"));
        assertTrue(outcome.passes());
        assertTrue(outcome.warnings().isEmpty());
        assertTrue(outcome.report().conforms());
    }

    @Test
    void check_throws_on_a_violation_and_the_exception_carries_the_report() {
        Graph data = ShapeCasesTest.caseData("council-without-partnership");
        InvalidDataException ex = assertThrows(InvalidDataException.class, () -> Validator.standard().check(data));
        assertFalse(ex.getReport().conforms());
        assertEquals(1, ex.getOutcome().violations().size());
        assertEquals(PathFactory.pathLink(DP.partnership.asNode()), ex.getOutcome().violations().get(0).resultPath());
        assertTrue(ex.getMessage().startsWith("SHACL: 1 violation; first: "), ex.getMessage());
    }

    @Test
    void check_does_not_throw_on_warnings_only() {
        ValidationOutcome outcome = Validator.standard().check(ShapeCasesTest.caseData("held-council-without-chair"));
        assertTrue(outcome.passes());
        assertEquals(1, outcome.warnings().size());
        assertTrue(outcome.violations().isEmpty());
        // The Jena trap: a report with only warnings does not "conform".
        assertFalse(outcome.report().conforms());
    }

    @Test
    void of_validates_with_the_given_shapes() {
        Graph shapes = turtle("""
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX dp: <https://w3id.org/dpkg/ontology#>
            <http://example.org/S> a sh:NodeShape ; sh:targetClass dp:Role ;
                sh:property [ sh:path dp:role ; sh:minCount 1 ; sh:severity sh:Info ] .
            """);
        Graph data = turtle("<http://example.org/r> a <https://w3id.org/dpkg/ontology#Role> .");
        ValidationOutcome outcome = Validator.of(shapes).check(data);
        assertEquals(1, outcome.infos().size());
        assertTrue(outcome.passes());
    }

    @Test
    void shapes_graph_is_read_only() {
        Graph g = Validator.standard().shapesGraph();
        Triple t = Triple.create(NodeFactory.createURI("http://example.org/s"),
                                   NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI("http://example.org/o"));
        assertThrows(AddDeniedException.class, () -> g.add(t));
    }

    // ---- the standard shapes files

    @Test
    void profile_lists_every_shapes_file() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("shapes");
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".ttl")).forEach(onDisk::add);
        }
        assertEquals(onDisk, new TreeSet<>(ShapesProfile.files(Validator.PROFILE)));
    }

    @Test
    void every_shape_has_a_name_a_message_and_a_severity() {
        Graph g = Validator.standard().shapesGraph();
        Set<String> bad = new TreeSet<>();
        for (Node shape : ShapeCasesTest.namedShapes(g)) {
            if (!shape.isURI() || !shape.getURI().startsWith(Prefixes.SHAPES_NS))
                bad.add(shape + ": not an IRI in " + Prefixes.SHAPES_NS);
            if (!hasEnglish(g, shape, SHACL.name))
                bad.add(shape + ": no sh:name@en");
            if (!hasEnglish(g, shape, SHACL.message) && !hasEnglish(g, shape, SHACL.description))
                bad.add(shape + ": no sh:message@en or sh:description@en");
            if (G.listSP(g, shape, SHACL.severity).size() != 1)
                bad.add(shape + ": no explicit sh:severity");
        }
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    }

    @Test
    void shapes_use_only_terms_of_the_vocabulary_class() throws IllegalAccessException {
        Set<String> declared = new HashSet<>();
        for (Field f : DP.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                declared.add(((Resource)f.get(null)).getURI());
        }
        Set<String> used = new TreeSet<>();
        Graph g = Validator.standard().shapesGraph();
        Pattern inQuery = Pattern.compile("\\bdp:([A-Za-z0-9_]+)");
        G.find(g, null, null, null).forEach(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(DP.NS))
                    used.add(n.getURI());
                if (n.isLiteral()) {
                    Matcher m = inQuery.matcher(n.getLiteralLexicalForm());
                    while (m.find())
                        used.add(DP.NS + m.group(1));
                }
            }
        });
        used.removeAll(declared);
        assertTrue(used.isEmpty(), () -> "dp: terms not in DP.java: " + used);
    }

    @Test
    void shapes_use_https_schema_org_and_no_service() {
        Graph g = Validator.standard().shapesGraph();
        Pattern service = Pattern.compile("\\bSERVICE\\b", Pattern.CASE_INSENSITIVE);
        G.find(g, null, null, null).forEach(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                assertFalse(n.isURI() && n.getURI().startsWith("http://schema.org/"), () -> "http schema.org term: " + n);
            }
            if (t.getPredicate().equals(SHACL.select) || t.getPredicate().equals(SHACL.ask))
                assertFalse(service.matcher(t.getObject().getLiteralLexicalForm()).find(), () -> "SERVICE in " + t.getSubject());
        });
    }

    private static boolean hasEnglish(Graph g, Node s, Node p) {
        return G.listSP(g, s, p).stream().anyMatch(n -> n.isLiteral() && n.getLiteralLanguage().equals("en"));
    }

    private static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }
}
