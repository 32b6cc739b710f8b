package eu.digitalpartnership.kg.consolidate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** A document graph states a triple: one claim. */
public record Claim(Node graph, Triple triple) {
    Node subject() { return triple.getSubject(); }

    Node property() { return triple.getPredicate(); }

    Node value() { return triple.getObject(); }
}
