package eu.digitalpartnership.kg.validate;

import eu.digitalpartnership.kg.model.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;

/**
 * The validation report of the published graph, kept in a graph of its own and brought up to date node by node:
 * the report node is the graph's name, each result an IRI under it, so the results about some focus nodes can be
 * replaced without validating everything again.
 * <pre>
 *   StoredReport.replace(reportGraph, reportIri, rewrittenNodes, validator.validate(published, rewrittenNodes));
 *   ValidationReport report = StoredReport.read(reportGraph, reportIri);
 * </pre>
 */
public final class StoredReport {
    private StoredReport() {}

    /** Replaces the results about the focus nodes by the results of the partial report (about those nodes). */
    public static void replace(Graph stored, Node report, Collection<Node> focusNodes, ValidationReport partial) {
        for (Node focus : focusNodes)
            for (Triple t : stored.find(Node.ANY, SHACL.focusNode, focus).toList()) removeResult(stored, report, t.getSubject());
        add(stored, report, partial);
    }

    /** Replaces every result by the results of the report. */
    public static void replaceAll(Graph stored, Node report, ValidationReport whole) {
        stored.clear();
        add(stored, report, whole);
    }

    /** The stored report; a report that conforms when nothing was ever stored. */
    public static ValidationReport read(Graph stored, Node report) {
        if (!stored.contains(report, RDF.type.asNode(), SHACL.ValidationReport)) return ValidationReport.reportConformsTrue();
        return ValidationReport.fromGraph(stored, report);
    }

    /** How many stored results have the severity ({@code sh:Violation}, {@code sh:Warning}, ...): one index scan, no report built. */
    public static int count(Graph stored, Node severity) {
        int n = 0;
        for (var it = stored.find(Node.ANY, SHACL.resultSeverity, severity); it.hasNext(); it.next()) n++;
        return n;
    }

    private static void add(Graph stored, Node report, ValidationReport partial) {
        Graph g = partial.getGraph();
        Map<Node, Node> names = new HashMap<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationResult).toList())
            names.put(t.getSubject(), NodeFactory.createURI(report.getURI() + "#result-" + Slugs.hash(closureText(g, t.getSubject()))));
        for (Map.Entry<Node, Node> e : names.entrySet()) {
            stored.add(Triple.create(report, SHACL.result, e.getValue()));
            copy(g, e.getKey(), e.getValue(), stored, new HashSet<>());
        }
        stored.delete(Triple.create(report, RDF.type.asNode(), SHACL.ValidationReport));
        stored.add(Triple.create(report, RDF.type.asNode(), SHACL.ValidationReport));
        for (Triple t : stored.find(report, SHACL.conforms, Node.ANY).toList()) stored.delete(t);
        boolean conforms = !stored.find(report, SHACL.result, Node.ANY).hasNext();
        stored.add(Triple.create(report, SHACL.conforms, NodeFactory.createLiteralDT(Boolean.toString(conforms), XSDDatatype.XSDboolean)));
    }

    private static void copy(Graph from, Node node, Node as, Graph to, Set<Node> seen) {
        if (!seen.add(node)) return;
        for (Triple t : from.find(node, Node.ANY, Node.ANY).toList()) {
            to.add(Triple.create(as, t.getPredicate(), t.getObject()));
            if (t.getObject().isBlank()) copy(from, t.getObject(), t.getObject(), to, seen);
        }
    }

    private static void removeResult(Graph stored, Node report, Node result) {
        stored.delete(Triple.create(report, SHACL.result, result));
        List<Node> pending = new ArrayList<>(List.of(result));
        Set<Node> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Node n = pending.remove(pending.size() - 1);
            if (!seen.add(n)) continue;
            for (Triple t : stored.find(n, Node.ANY, Node.ANY).toList()) {
                stored.delete(t);
                if (t.getObject().isBlank()) pending.add(t.getObject());
            }
        }
        boolean conforms = !stored.find(report, SHACL.result, Node.ANY).hasNext();
        for (Triple t : stored.find(report, SHACL.conforms, Node.ANY).toList()) stored.delete(t);
        stored.add(Triple.create(report, SHACL.conforms, NodeFactory.createLiteralDT(Boolean.toString(conforms), XSDDatatype.XSDboolean)));
    }

    private static String closureText(Graph g, Node node) {
        List<String> lines = new ArrayList<>();
        for (Triple t : g.find(node, Node.ANY, Node.ANY).toList())
            lines.add(NodeFmtLib.strNT(t.getPredicate()) + " " + (t.getObject().isBlank() ? "_" : NodeFmtLib.strNT(t.getObject())));
        lines.sort(null);
        return String.join("\n", lines);
    }
}
