package eu.digitalpartnership.kg.validate;

import eu.digitalpartnership.kg.model.DP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Prints a validation report as text for people: results grouped by shape ({@code sh:name}), one line each,
 * with the focus node's label and, for loader output, the sentence of the source document behind the fact.
 * <pre>
 *   Council: partnership (dpsh:CouncilShape-partnership)
 *     Violation | EU-Japan Digital Partnership Council | dp:partnership | A dp:Council needs ... | "The EU and Japan held ..."
 * </pre>
 */
public final class ReportPrinter {
    private ReportPrinter() {}

    private static final int MAX_QUOTE = 200;
    private static final Node SH_NAME = NodeFactory.createURI("http://www.w3.org/ns/shacl#name");
    private static final Node OA_HAS_BODY = NodeFactory.createURI("http://www.w3.org/ns/oa#hasBody");
    private static final Node OA_HAS_TARGET = NodeFactory.createURI("http://www.w3.org/ns/oa#hasTarget");
    private static final Node OA_HAS_SELECTOR = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSelector");
    private static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");

    /** Print a report on a data graph, naming shapes from the standard shapes graph. */
    public static String print(ValidationReport report, Graph data) {
        return print(report, data, Validator.standard().shapesGraph());
    }

    /**
     * One result for readers: severity ("Violation"), focus node and its label, path (prefixed), message (one line),
     * value (prefixed, or null), shape and its name, and the quoted evidence (or null).
     */
    public record Line(String severity, Node focus, String label, String path, String message, String value, Node shape,
                       String shapeName, String quote) {}

    /** Print a report on a data graph, naming shapes from the given shapes graph. */
    public static String print(ValidationReport report, Graph data, Graph shapesGraph) {
        PrefixMapping pm = Prefixes.of(data, shapesGraph);
        ValidationOutcome outcome = new ValidationOutcome(report);
        StringBuilder sb = new StringBuilder();
        sb.append(count(outcome.violations().size(), "violation")).append(", ")
          .append(count(outcome.warnings().size(), "warning")).append(", ")
          .append(count(outcome.infos().size(), "info")).append('\n');

        Map<Node, List<Line>> byShape = new LinkedHashMap<>();
        lines(report, data, shapesGraph).forEach(l -> byShape.computeIfAbsent(l.shape(), k -> new ArrayList<>()).add(l));
        byShape.forEach((shape, lines) -> {
            sb.append('\n').append(lines.get(0).shapeName());
            if (shape != null && shape.isURI())
                sb.append(" (").append(pm.shortForm(shape.getURI())).append(')');
            sb.append('\n');
            lines.forEach(l -> sb.append("  ").append(text(l)).append('\n'));
        });
        return sb.toString();
    }

    /** The results of a report for readers, violations first, then by shape name and focus label. */
    public static List<Line> lines(ValidationReport report, Graph data, Graph shapesGraph) {
        PrefixMapping pm = Prefixes.of(data, shapesGraph);
        Map<Node, String> shapeNames = new HashMap<>();
        Map<Node, String> labels = new HashMap<>();
        record Ranked(int rank, Line line) {}
        return report.getEntries().stream()
              .map(e -> new Ranked(rank(e.severity()), new Line(severityName(e.severity()), e.focusNode(),
                      e.focusNode() == null ? label(data, null, pm) : labels.computeIfAbsent(e.focusNode(), f -> label(data, f, pm)),
                      e.resultPath() == null ? "-" : e.resultPath().toString(new Prologue(pm)), oneLine(e.message() == null ? "" : e.message()),
                      e.value() == null ? null : str(e.value(), pm), e.source(),
                      e.source() == null ? shapeName(shapesGraph, null, pm) : shapeNames.computeIfAbsent(e.source(), s -> shapeName(shapesGraph, s, pm)),
                      quote(data, e.focusNode(), e.resultPath(), e.value()).map(q -> abbreviate(oneLine(q))).orElse(null))))
              .sorted(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.line().shapeName()).thenComparing(r -> r.line().label()))
              .map(Ranked::line)
              .toList();
    }

    private static String text(Line l) {
        StringBuilder sb = new StringBuilder();
        sb.append(l.severity()).append(" | ").append(l.label()).append(" | ").append(l.path()).append(" | ").append(l.message());
        if (l.value() != null)
            sb.append(" | value: ").append(l.value());
        if (l.quote() != null)
            sb.append(" | \"").append(l.quote()).append('"');
        return sb.toString();
    }

    /** The sentence (or exact quote) of the evidence that best matches the focus node, path and value. */
    static Optional<String> quote(Graph data, Node focus, Path path, Node value) {
        if (focus == null)
            return Optional.empty();
        if (data.contains(focus, RDF.type.asNode(), DP.Evidence.asNode()))
            return quoteOf(data, focus);
        Node predicate = (path instanceof P_Link link) ? link.getNode() : null;
        Node best = null;
        int bestScore = -1;
        List<Node> statements = G.listPO(data, RDF.subject.asNode(), focus).stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
        for (Node statement : statements) {
            Node p = first(data, statement, RDF.predicate.asNode());
            Node o = first(data, statement, RDF.object.asNode());
            int score = 0;
            if (predicate != null && predicate.equals(p))
                score = (value != null && value.equals(o)) ? 3 : 2;
            else if (RDF.type.asNode().equals(p))
                score = 1;
            if (score <= bestScore)
                continue;
            Node evidence = G.listPO(data, OA_HAS_BODY, statement).stream()
                    .filter(e -> quoteOf(data, e).isPresent()).min(Comparator.comparing(Node::toString)).orElse(null);
            if (evidence != null) {
                best = evidence;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : quoteOf(data, best);
    }

    private static Optional<String> quoteOf(Graph data, Node evidence) {
        Node sentence = first(data, evidence, DP.sentence.asNode());
        if (sentence != null && sentence.isLiteral())
            return Optional.of(sentence.getLiteralLexicalForm());
        for (Node target : G.listSP(data, evidence, OA_HAS_TARGET)) {
            for (Node selector : G.listSP(data, target, OA_HAS_SELECTOR)) {
                Node exact = first(data, selector, OA_EXACT);
                if (exact != null && exact.isLiteral())
                    return Optional.of(exact.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    /** The English rdfs:label, any rdfs:label, the skos:prefLabel, or the short IRI. */
    private static String label(Graph data, Node node, PrefixMapping pm) {
        if (node == null)
            return "-";
        List<Node> labels = new ArrayList<>(G.listSP(data, node, RDFS.label.asNode()));
        labels.addAll(G.listSP(data, node, SKOS.prefLabel.asNode()));
        return labels.stream().filter(Node::isLiteral)
                .sorted(Comparator.comparing((Node n) -> !n.getLiteralLanguage().startsWith("en"))
                                  .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm).findFirst()
                .orElseGet(() -> str(node, pm));
    }

    private static String shapeName(Graph shapesGraph, Node shape, PrefixMapping pm) {
        if (shape == null)
            return "(no shape)";
        Node name = shapesGraph == null ? null : first(shapesGraph, shape, SH_NAME);
        return (name != null && name.isLiteral()) ? name.getLiteralLexicalForm() : str(shape, pm);
    }

    private static Node first(Graph graph, Node s, Node p) {
        return G.listSP(graph, s, p).stream().min(Comparator.comparing(Node::toString)).orElse(null);
    }

    private static String str(Node node, PrefixMapping pm) {
        if (node.isURI())
            return pm.shortForm(node.getURI());
        if (node.isBlank())
            return "[blank node]";
        if (node.isLiteral())
            return '"' + oneLine(node.getLiteralLexicalForm()) + '"'
                    + (node.getLiteralLanguage().isEmpty() ? "" : "@" + node.getLiteralLanguage());
        return node.toString();
    }

    private static int rank(Severity severity) {
        if (Severity.Violation.equals(severity)) return 0;
        if (Severity.Warning.equals(severity)) return 1;
        if (Severity.Info.equals(severity)) return 2;
        return 3;
    }

    private static String severityName(Severity severity) {
        Node level = severity.level();
        return level.isURI() ? level.getLocalName() : level.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_QUOTE ? s : s.substring(0, MAX_QUOTE - 1) + "…";
    }
}
