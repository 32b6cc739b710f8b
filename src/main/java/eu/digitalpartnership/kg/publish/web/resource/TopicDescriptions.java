package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.model.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the topic scheme ({@code ontology/topics.ttl}) says about a topic, merged into what the data says: its
 * definition, labels, scheme and matches, and the label of the scheme. The data names a topic only by its
 * preferred label; the scheme is where its meaning is.
 */
final class TopicDescriptions {
    private TopicDescriptions() {}

    /** Adds the topic scheme's statements about the IRI, if it is a topic or the scheme, to the description; returns it. */
    static Graph addTo(String iri, Graph description) {
        if (iri == null || !iri.startsWith(Ontology.TOPIC_NS)) return description;
        Graph scheme = Ontology.topics().getGraph();
        Node self = NodeFactory.createURI(iri);
        Node schemeNode = NodeFactory.createURI(Ontology.TOPIC_SCHEME);
        scheme.find(self, Node.ANY, Node.ANY).forEachRemaining(description::add);
        for (Node label : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode()})
            scheme.find(schemeNode, label, Node.ANY).forEachRemaining(description::add);
        return description;
    }
}
