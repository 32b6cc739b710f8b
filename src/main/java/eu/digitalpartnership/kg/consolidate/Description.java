package eu.digitalpartnership.kg.consolidate;

import java.util.List;
import org.apache.jena.graph.Node;

/** What the published graph says about one entity, and where documents disagreed about it. */
record Description(Node subject, List<Fact> facts, List<Conflict> conflicts) {}
