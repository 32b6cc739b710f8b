package eu.digitalpartnership.kg.consolidate;

import java.util.List;
import org.apache.jena.graph.Node;

/** Read access to the claims of the document graphs. */
interface ClaimSource {
    /** Every claim about the subject, in every document graph. */
    List<Claim> about(Node subject);

    /** True when some document graph states something about the node. */
    boolean stated(Node subject);

    /** True when some document graph states the triple. */
    boolean states(Node subject, Node property, Node value);

    /** Every claim whose object is the node, in every document graph. */
    List<Claim> pointingAt(Node object);

    /** How many evidence records, across the document graphs, name the statement as a body. */
    long evidence(Node statement);

    /** What a document graph says about its document. */
    DocumentFacts document(Node graph);
}
