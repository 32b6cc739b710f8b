package eu.digitalpartnership.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.DP;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {

    private static String print(String caseName) {
        Graph data = ShapeCasesTest.caseData(caseName);
        return ReportPrinter.print(Validator.standard().validate(data), data);
    }

    private static String lineContaining(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).findFirst()
                   .orElseThrow(() -> new AssertionError("No line with '" + part + "' in\n" + text));
    }

    @Test
    void violation_is_grouped_by_shape_name_with_label_path_and_source_sentence() {
        String text = print("official-represents-organisation");
        assertTrue(text.startsWith("1 violation, 0 warnings, 0 infos\n"), text);
        assertTrue(text.contains("\nOfficial: represents (dpsh:OfficialShape-represents)\n"), text);
        String line = lineContaining(text, "| Taro Kono |");
        assertTrue(line.startsWith("  Violation | Taro Kono | dp:represents | dp:represents takes at most one value"), line);
        assertTrue(line.contains("| value: id:organisation/european-commission"), line);
        assertTrue(line.endsWith("| \"Taro Kono, the Japanese Minister for Digital Transformation, co-chaired the Council.\""), line);
    }

    @Test
    void missing_fact_is_traced_to_the_evidence_of_the_entity() {
        String text = print("official-without-partner");
        String line = lineContaining(text, "| Taro Kono |");
        assertTrue(line.startsWith("  Warning | Taro Kono | dp:represents | "), line);
        assertTrue(line.contains("\"Taro Kono, the Japanese Minister"), line);
    }

    @Test
    void evidence_focus_prints_its_own_sentence() {
        String text = print("evidence-quote-off-by-one");
        List<String> lines = text.lines().filter(l -> l.startsWith("  Violation | id:evidence/")).toList();
        assertEquals(2, lines.size(), text);
        lines.forEach(l -> assertTrue(l.contains("Quote \"Minister\" is not the document text at ["), l));
        lines.forEach(l -> assertTrue(l.endsWith("co-chaired the Council.\""), l));
    }

    @Test
    void violations_are_printed_before_warnings() {
        Graph data = ShapeCasesTest.caseData("official-without-partner");
        data.add(Triple.create(NodeFactory.createURI("https://w3id.org/dpkg/id/person/kono-taro"), DP.holds.asNode(),
                               NodeFactory.createURI("https://w3id.org/dpkg/id/partner/japan")));
        String text = ReportPrinter.print(Validator.standard().validate(data), data);
        assertTrue(text.indexOf("  Violation |") < text.indexOf("  Warning |"), text);
    }

    @Test
    void conforming_report_prints_only_the_counts() {
        assertEquals("0 violations, 0 warnings, 0 infos\n", print("valid-document-without-facts"));
    }

    @Test
    void turtle_report_reads_back_as_the_same_report() {
        Graph data = ShapeCasesTest.caseData("council-with-two-partnerships");
        ValidationReport report = Validator.standard().validate(data);
        String turtle = ReportWriter.toTurtle(report);
        assertTrue(turtle.contains("dpsh:CouncilShape-partnership"), turtle);
        Graph back = RDFParser.source(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)))
                              .lang(Lang.TURTLE).toGraph();
        assertTrue(CaseReports.strip(report.getGraph()).isIsomorphicWith(CaseReports.strip(back)));
        assertEquals(2, ValidationReport.fromGraph(back).getEntries().size());
    }
}
