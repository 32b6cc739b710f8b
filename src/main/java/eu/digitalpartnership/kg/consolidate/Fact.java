package eu.digitalpartnership.kg.consolidate;

import java.util.Set;
import org.apache.jena.graph.Triple;

/**
 * A published fact: its triple and the claim triples of the document graphs it stands for (its own, when a document
 * states it as it is, and those it was derived from: a less specific date, a name of an alias, a label form).
 */
record Fact(Triple triple, Set<Triple> sources) {
    /** True when the fact is not itself stated by a document but derived from the claims it stands for. */
    boolean derived() { return !sources.equals(Set.of(triple)); }
}
