package eu.digitalpartnership.kg.consolidate;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/** One value of a functional property with the claims that support it (its own and those of less specific values). */
public record Candidate(Node value, List<Claim> support) {
    /** The document graphs that support the value, each once. */
    public Set<Node> graphs() {
        Set<Node> graphs = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        support.forEach(c -> graphs.add(c.graph()));
        return graphs;
    }
}
