package eu.digitalpartnership.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Validator#validate(Graph)} runs SPARQL constraints once per graph ({@link BatchedValidation}); its report
 * must be Jena's plain {@code ShaclValidator.get().validate(shapes, data)}: the same entries (focus node, path, value,
 * severity, source shape, component, source constraint, message) in the same order, and isomorphic report graphs.
 * Checked on every shape case and on the graph the extractor makes of every development document.
 */
class BatchedValidationTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    static Stream<Named<Path>> shapeCases() throws IOException {
        return ShapeCasesTest.cases();
    }

    static Stream<Named<Path>> documents() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("input.txt"))).sorted()
                       .map(d -> Named.of(d.getFileName().toString(), d)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapeCases")
    void shape_case_report_is_jenas(Path dir) {
        assertSameAsJena(Validator.standard(), RDFDataMgr.loadGraph(dir.resolve("data.ttl").toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void document_report_is_jenas(Path dir) {
        Extractor extractor = Extractor.create(IriMinter.standard());
        String name = dir.getFileName().toString();
        Graph data = extractor.extract(SeedFolder.document(dir.resolve("input.txt"), dir.resolve("meta.json"), Slugs.slug(name)));
        assertSameAsJena(Validator.standard(), data);
    }

    @Test
    void every_sparql_constraint_of_the_standard_profile_is_batched() {
        long sparql = Validator.standard().shapes().getTargetShapes().stream()
                .flatMap(s -> s.getConstraints().stream()).filter(c -> c instanceof SparqlConstraint).count();
        assertEquals(5, sparql);
        assertEquals(sparql, new BatchedValidation(Validator.standard().shapes()).batchedCount());
    }

    /** The comparison above means something only if the cases break every SPARQL constraint. */
    @Test
    void shape_cases_break_every_sparql_constraint() throws IOException {
        Set<Node> broken = new HashSet<>();
        for (Named<Path> c : shapeCases().toList()) {
            Graph data = RDFDataMgr.loadGraph(c.getPayload().resolve("data.ttl").toString());
            Validator.standard().validate(data).getEntries().stream()
                    .filter(e -> SHACL.SPARQLConstraintComponent.equals(e.sourceConstraintComponent()))
                    .forEach(e -> broken.add(e.source()));
        }
        Set<Node> sparqlShapes = new HashSet<>();
        Validator.standard().shapes().getTargetShapes().stream()
                .filter(s -> s.getConstraints().stream().anyMatch(c -> c instanceof SparqlConstraint))
                .forEach(s -> sparqlShapes.add(s.getShapeNode()));
        assertEquals(sparqlShapes, broken);
    }

    /** Focus nodes with several solutions, values with braces, and a query that is not joinable: Jena decides. */
    @Test
    void fallbacks_give_jenas_report() {
        Graph shapes = turtle("""
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX ex: <http://example.org/>
            ex:Several a sh:NodeShape ; sh:targetClass ex:C ;
                sh:sparql [ sh:message "{?path} is {?value}; {$this}" ;
                            sh:select "SELECT $this ?path ?value WHERE { $this ?path ?value FILTER (isLiteral(?value)) }" ] .
            ex:Minus a sh:NodeShape ; sh:targetClass ex:C ;
                sh:sparql [ sh:message "no ex:q" ;
                            sh:select "SELECT $this WHERE { ?x a ?t MINUS { $this <http://example.org/q> ?y } }" ] ;
                sh:property [ sh:path ex:p ; sh:maxCount 1 ] .
            ex:NoMessage a sh:NodeShape ; sh:targetNode ex:b ;
                sh:sparql [ sh:select "SELECT $this ?value WHERE { $this <http://example.org/p> ?value }" ] .
            """);
        Graph data = turtle("""
            PREFIX ex: <http://example.org/>
            ex:a a ex:C ; ex:p "one", "two {?path}" ; ex:q "{$this}" .
            ex:b a ex:C ; ex:p "three" .
            ex:c a ex:C .
            ex:d a ex:C ; ex:r "x {?value}" .
            """);
        Validator validator = Validator.of(shapes);
        assertEquals(2, new BatchedValidation(validator.shapes()).batchedCount());
        assertSameAsJena(validator, data);
    }

    @Test
    void joinable_queries() {
        assertTrue(joinable("SELECT $this ?value WHERE { $this ?p ?value FILTER NOT EXISTS { ?value ?q $this } }"));
        assertTrue(joinable("SELECT DISTINCT $this WHERE { OPTIONAL { $this ?p ?o } BIND (STR($this) AS ?s) }"));
        assertTrue(joinable("SELECT $this WHERE { { $this ?p ?o } UNION { ?o ?p $this } }"));
    }

    @Test
    void queries_that_see_this_differently_are_not_joinable() {
        assertFalse(joinable("SELECT $this WHERE { ?s ?p ?o MINUS { $this ?p ?o } }"));
        assertFalse(joinable("SELECT $this WHERE { { SELECT $this WHERE { $this ?p ?o } LIMIT 1 } }"));
        assertFalse(joinable("SELECT $this WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r FILTER (?r = $this) } }"));
        assertFalse(joinable("SELECT $this WHERE { { ?s ?p ?o FILTER EXISTS { ?o ?q $this } } }"));
        assertFalse(joinable("SELECT $this WHERE { $this ?p ?o } LIMIT 1"));
        assertFalse(joinable("SELECT $this (COUNT(*) AS ?n) WHERE { $this ?p ?o } GROUP BY $this"));
        assertFalse(joinable("SELECT ?o WHERE { $this ?p ?o }"));
        assertFalse(joinable("SELECT $this WHERE { $this ?p $currentShape }"));
        assertFalse(joinable("SELECT $this WHERE { $this ?p ?o VALUES ?o { 1 } }"));
        assertFalse(joinable("SELECT $this WHERE { GRAPH ?g { $this ?p ?o } }"));
        assertFalse(joinable("ASK { $this ?p ?o }"));
    }

    private static boolean joinable(String query) {
        Query q = QueryFactory.create(query);
        return ThisJoin.joinable(q);
    }

    static void assertSameAsJena(Validator validator, Graph data) {
        ValidationReport jena = ShaclValidator.get().validate(validator.shapes(), data);
        ValidationReport ours = validator.validate(data);
        assertEquals(entries(jena), entries(ours));
        assertTrue(jena.getGraph().isIsomorphicWith(ours.getGraph()), "report graphs are isomorphic");
    }

    private static List<String> entries(ValidationReport report) {
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries())
            out.add(String.join(" | ", String.valueOf(e.focusNode()), String.valueOf(e.resultPath()),
                    String.valueOf(e.value()), String.valueOf(e.severity().level()), String.valueOf(e.source()),
                    String.valueOf(e.sourceConstraintComponent()), String.valueOf(e.sourceConstraint()), e.message()));
        return out;
    }

    private static Graph turtle(String ttl) {
        return RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
    }
}
