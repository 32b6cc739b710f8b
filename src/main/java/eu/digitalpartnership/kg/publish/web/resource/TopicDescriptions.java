package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the topic scheme ({@code ontology/topics.ttl}) says about a topic, merged into what the data says: its
 * definition, labels, scheme and matches, and the label of the scheme. The data names a topic only by its
 * preferred label; the scheme is where its meaning is. Topics are minted under the base of the data
 * ({@code {base}topic/{slug}}); under another base than the scheme's, the topic is said to match the scheme's
 * concept exactly ({@code skos:exactMatch}), and what the scheme says about that concept is said about it.
 */
final class TopicDescriptions {
    private TopicDescriptions() {}

    /** Adds the topic scheme's statements about the IRI, if it is a topic under the base or the scheme, to the description; returns it. */
    static Graph addTo(String iri, Graph description, String base) {
        String local = iri == null ? null : IriMinter.withBase(base).namespace("topic");
        String canonical = iri == null ? null : iri.startsWith(local) ? Ontology.TOPIC_NS + iri.substring(local.length())
                : iri.startsWith(Ontology.TOPIC_NS) ? iri : null;
        if (canonical == null) return description;
        Graph scheme = Ontology.topics().getGraph();
        Node self = NodeFactory.createURI(iri);
        Node concept = NodeFactory.createURI(canonical);
        Node schemeNode = NodeFactory.createURI(Ontology.TOPIC_SCHEME);
        scheme.find(concept, Node.ANY, Node.ANY).forEachRemaining(t -> description.add(Triple.create(self, t.getPredicate(), t.getObject())));
        if (!self.equals(concept)) description.add(Triple.create(self, SKOS.exactMatch.asNode(), concept));
        for (Node label : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode()})
            scheme.find(schemeNode, label, Node.ANY).forEachRemaining(description::add);
        return description;
    }
}
