package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;

/**
 * What a new version of a document graph changes for consolidation: the entities whose claims in it differ. An
 * entity's consolidation reads, from each document graph, the triples about it (not those pointing at it: a new
 * "council about topic" changes the council's description, not the topic's), how many evidence records support each of
 * its statements, and the document's own facts (its date and the meetings it reports); an entity for which all of
 * these are equal in both versions publishes the same description and is left alone. Entities whose descriptions
 * depend on another's (councils of a series, same-labelled peers) are added by the consolidation itself.
 */
final class ClaimChange {
    private ClaimChange() {}

    static Set<Node> touched(Graph before, Graph after) {
        Set<Node> all = new LinkedHashSet<>(Consolidator.entities(before));
        all.addAll(Consolidator.entities(after));
        if (!documentFacts(before).equals(documentFacts(after))) return all;
        Set<Node> out = new LinkedHashSet<>();
        for (Node e : all) if (!claims(before, e).equals(claims(after, e))) out.add(e);
        return out;
    }

    private static Set<Triple> claims(Graph g, Node entity) {
        Set<Triple> out = new HashSet<>();
        g.find(entity, Node.ANY, Node.ANY).forEachRemaining(out::add);
        g.find(Node.ANY, RDF.subject.asNode(), entity).forEachRemaining(t -> {
            out.add(t);
            int evidence = g.find(Node.ANY, OA.hasBody.asNode(), t.getSubject()).toList().size();
            out.add(Triple.create(t.getSubject(), DP.evidenceCount.asNode(), NodeFactory.createLiteralString(Integer.toString(evidence))));
        });
        return out;
    }

    private static List<Object> documentFacts(Graph g) {
        Node document = g.find(Node.ANY, RDF.type.asNode(), DP.SourceDocument.asNode()).nextOptional().map(Triple::getSubject).orElse(null);
        if (document == null) return List.of();
        Set<Node> reports = new HashSet<>();
        Set<Triple> reportedDates = new HashSet<>();
        g.find(document, DP.reports.asNode(), Node.ANY).forEachRemaining(t -> reports.add(t.getObject()));
        for (Node r : reports) g.find(r, DP.date.asNode(), Node.ANY).forEachRemaining(reportedDates::add);
        Node issued = g.find(document, DCTerms.issued.asNode(), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
        return List.of(document, reports, reportedDates, Objects.requireNonNullElse(issued, document));
    }
}
