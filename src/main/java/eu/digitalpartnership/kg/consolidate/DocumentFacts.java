package eu.digitalpartnership.kg.consolidate;

import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What a document graph says about its document: the document node, its date (when it was issued, else the date of
 * the meeting it reports; {@code null} when neither is known) and the meetings and signings it reports.
 */
record DocumentFacts(Node graph, Node document, String date, Set<Node> reports) {
    /** True when the document reports the thing, rather than mentioning it in passing. */
    boolean reports(Node thing) { return reports.contains(thing); }
}
