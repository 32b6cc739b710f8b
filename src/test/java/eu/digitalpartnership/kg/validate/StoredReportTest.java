package eu.digitalpartnership.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The stored report counts its results by severity without being read back as a report, and agrees with it. */
class StoredReportTest {
    private static final String SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <http://example.org/> .
            ex:Named a sh:NodeShape ; sh:targetClass ex:Thing ;
                sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:severity sh:Violation ] ;
                sh:property [ sh:path ex:note ; sh:minCount 1 ; sh:severity sh:Warning ] .
            """;
    private static final String DATA = """
            @prefix ex: <http://example.org/> .
            ex:a a ex:Thing .
            ex:b a ex:Thing ; ex:name "b" .
            ex:c a ex:Thing ; ex:name "c" ; ex:note "c" .
            """;

    @Test
    void counts_by_severity_agree_with_the_report_read_back() {
        ValidationReport report = Validator.of(turtle(SHAPES)).validate(turtle(DATA));
        Graph stored = GraphFactory.createDefaultGraph();
        Node name = NodeFactory.createURI("http://example.org/report");
        StoredReport.replaceAll(stored, name, report);

        assertEquals(1, StoredReport.count(stored, SHACL.Violation));
        assertEquals(2, StoredReport.count(stored, SHACL.Warning));
        ValidationOutcome read = new ValidationOutcome(StoredReport.read(stored, name));
        assertEquals(read.violations().size(), StoredReport.count(stored, SHACL.Violation));
        assertEquals(read.warnings().size(), StoredReport.count(stored, SHACL.Warning));
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
