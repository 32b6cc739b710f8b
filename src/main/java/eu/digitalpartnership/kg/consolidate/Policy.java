package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDFS;

/**
 * Which properties take one published value (those the shapes give {@code sh:maxCount 1}, and the label) and how
 * their values compare ({@code consolidate/policy.tsv}).
 */
public final class Policy {
    /** How values of a property compare. */
    public enum Kind { LABEL, DATE, PLACE, STAGE, VALUE }

    private static final String RESOURCE = "/consolidate/policy.tsv";
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard).setNsPrefix("dp", DP.NS).lock();

    private final Set<Node> functional;
    private final Map<Node, Kind> kinds;
    private final Map<Node, List<Node>> stages;

    private Policy(Set<Node> functional, Map<Node, Kind> kinds, Map<Node, List<Node>> stages) {
        this.functional = Set.copyOf(functional);
        this.kinds = Map.copyOf(kinds);
        this.stages = Map.copyOf(stages);
    }

    /** The policy of {@code consolidate/policy.tsv}, with the functional properties of the given shapes. */
    public static Policy of(Graph shapes) {
        Set<Node> functional = new HashSet<>();
        G.find(shapes, Node.ANY, SHACL.maxCount, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral() && "1".equals(t.getObject().getLiteralLexicalForm())) {
                Node path = G.getZeroOrOneSP(shapes, t.getSubject(), SHACL.path);
                if (path != null && path.isURI()) functional.add(path);
            }
        });
        functional.add(RDFS.label.asNode());
        Map<Node, Kind> kinds = new HashMap<>();
        Map<Node, List<Node>> stages = new HashMap<>();
        for (String[] row : rows()) {
            Node property = iri(row[0]);
            Kind kind = Kind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT));
            kinds.put(property, kind);
            functional.add(property);
            if (kind == Kind.STAGE) {
                if (row.length < 3) throw new IllegalStateException(RESOURCE + ": stage property " + row[0] + " lists no stages");
                stages.put(property, stages(row[2]));
            }
        }
        return new Policy(functional, kinds, stages);
    }

    /** True when the published graph holds one value of the property per entity. */
    public boolean functional(Node property) {
        return functional.contains(property);
    }

    /** How values of the property compare. */
    public Kind kind(Node property) {
        return kinds.getOrDefault(property, Kind.VALUE);
    }

    /** The stages of a life-cycle property, first to last (empty for other kinds). */
    public List<Node> stages(Node property) {
        return stages.getOrDefault(property, List.of());
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]*)\"");

    /** Stages as IRIs ("dp:Announced dp:Held") or as quoted phrases ("\"planned\" \"launched\""). */
    private static List<Node> stages(String cell) {
        if (!cell.contains("\"")) return Arrays.stream(cell.trim().split("\\s+")).map(Policy::iri).toList();
        List<Node> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = QUOTED.matcher(cell);
        while (m.find()) out.add(NodeFactory.createLiteralString(m.group(1)));
        return out;
    }

    private static Node iri(String curie) {
        String expanded = PREFIXES.expandPrefix(curie.trim());
        if (expanded.equals(curie.trim()) && !curie.contains("://"))
            throw new IllegalStateException(RESOURCE + ": unknown prefix in " + curie);
        return NodeFactory.createURI(expanded);
    }

    private static List<String[]> rows() {
        try (InputStream in = Policy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Missing resource " + RESOURCE);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
