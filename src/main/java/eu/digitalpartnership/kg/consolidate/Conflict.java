package eu.digitalpartnership.kg.consolidate;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * Documents give incompatible values of a functional property of an entity. {@code rule} is the rule of the policy
 * that chose {@code chosen}, or {@code null} when no rule could choose (the load is then refused).
 */
public record Conflict(Node subject, Node property, Node chosen, Node rule, List<Candidate> candidates) {
    /** True when a rule of the policy chose a value. */
    public boolean resolved() { return rule != null; }
}
