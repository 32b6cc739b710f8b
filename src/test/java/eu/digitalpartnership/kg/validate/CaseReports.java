package eu.digitalpartnership.kg.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/**
 * Reports as compared by the shape-case tests: only sh:focusNode, sh:resultPath, sh:resultSeverity,
 * sh:sourceShape and sh:sourceConstraintComponent of each result are kept (as Jena's own SHACL tests do),
 * so that the wording of messages never breaks a test.
 */
final class CaseReports {
    private CaseReports() {}

    private static final Node RDF_TYPE = RDF.type.asNode();
    private static final List<Node> KEPT = List.of(SHACL.focusNode, SHACL.resultSeverity,
            SHACL.sourceShape, SHACL.sourceConstraintComponent);

    /** A copy of a report graph with only the compared properties. */
    static Graph strip(Graph report) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(report.getPrefixMapping());
        for (Node r : G.nodesOfTypeAsSet(report, SHACL.ValidationReport)) {
            out.add(Triple.create(r, RDF_TYPE, SHACL.ValidationReport));
            G.listSP(report, r, SHACL.conforms).forEach(c -> out.add(Triple.create(r, SHACL.conforms, c)));
            for (Node result : G.listSP(report, r, SHACL.result)) {
                out.add(Triple.create(r, SHACL.result, result));
                out.add(Triple.create(result, RDF_TYPE, SHACL.ValidationResult));
                for (Node p : KEPT)
                    G.listSP(report, result, p).forEach(o -> out.add(Triple.create(result, p, o)));
                for (Node path : G.listSP(report, result, SHACL.resultPath))
                    out.add(Triple.create(result, SHACL.resultPath, ShaclPaths.copyPath(report, out, path)));
            }
        }
        return out;
    }

    /** One sorted line per result: severity, focus node, path, source shape, component. For readable diffs. */
    static List<String> describe(Graph stripped, PrefixMapping pm) {
        List<String> lines = new ArrayList<>();
        for (Node result : G.find(stripped, null, SHACL.result, null).mapWith(Triple::getObject).toList()) {
            Node path = G.getZeroOrOneSP(stripped, result, SHACL.resultPath);
            lines.add(String.join("  ",
                    str(G.getZeroOrOneSP(stripped, result, SHACL.resultSeverity), pm),
                    str(G.getZeroOrOneSP(stripped, result, SHACL.focusNode), pm),
                    path == null ? "-" : ShaclPaths.parsePath(stripped, path).toString(new Prologue(pm)),
                    str(G.getZeroOrOneSP(stripped, result, SHACL.sourceShape), pm),
                    str(G.getZeroOrOneSP(stripped, result, SHACL.sourceConstraintComponent), pm)));
        }
        lines.sort(null);
        return lines;
    }

    /** The shapes named as sh:sourceShape in a report graph. */
    static Set<Node> sourceShapes(Graph report) {
        return G.find(report, null, SHACL.sourceShape, null).mapWith(Triple::getObject).toSet();
    }

    /** True if the report graph says sh:conforms true. */
    static boolean conforms(Graph report) {
        return report.contains(Node.ANY, SHACL.conforms, NodeFactory.createLiteralByValue(true));
    }

    /** A stripped report as Turtle, with a comment header. */
    static String toTurtle(Graph stripped, String caseName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, stripped, RDFFormat.TURTLE_PRETTY);
        return "# Expected SHACL report for shape case '" + caseName + "'.\n"
             + "# Only sh:focusNode, sh:resultPath, sh:resultSeverity, sh:sourceShape and sh:sourceConstraintComponent\n"
             + "# are compared. Written by ShapeCasesTest with -D" + ShapeCasesTest.REGENERATE + "=true: review the diff.\n\n"
             + out.toString(StandardCharsets.UTF_8);
    }

    private static String str(Node n, PrefixMapping pm) {
        if (n == null)
            return "-";
        if (n.isURI())
            return pm.shortForm(n.getURI());
        if (n.isBlank())
            return "[]";
        return n.toString();
    }

    static String joined(List<String> lines) {
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
