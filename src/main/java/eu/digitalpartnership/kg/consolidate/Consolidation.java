package eu.digitalpartnership.kg.consolidate;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What one update of the published graph did: the entities it rewrote, the conflicts it resolved, the conflicts no
 * rule of the policy could resolve (nothing is published for those properties; a loader refuses such a load), and
 * the net change of the published graph.
 */
public record Consolidation(Set<Node> rewritten, List<Conflict> resolved, List<Conflict> unresolved, Delta delta) {
    /** True when every conflict was resolved. */
    public boolean publishable() { return unresolved.isEmpty(); }
}
