package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;

/** The claims of a store's document graphs, read in the caller's transaction; document facts are remembered. */
final class StoreClaims implements ClaimSource {
    private final DatasetGraph store;
    private final Predicate<Node> isDocumentGraph;
    private final Map<Node, DocumentFacts> documents = new HashMap<>();
    private final ToLongFunction<Node> evidence;

    StoreClaims(DatasetGraph store, Predicate<Node> isDocumentGraph) {
        this.store = store;
        this.isDocumentGraph = isDocumentGraph;
        this.evidence = PropertyIndex.counter(store, OA.hasBody.asNode(), isDocumentGraph);
    }

    @Override
    public List<Claim> about(Node subject) {
        return claims(store.find(Node.ANY, subject, Node.ANY, Node.ANY));
    }

    @Override
    public boolean stated(Node subject) {
        for (Iterator<Quad> it = store.find(Node.ANY, subject, Node.ANY, Node.ANY); it.hasNext(); )
            if (isDocumentGraph.test(it.next().getGraph())) return true;
        return false;
    }

    @Override
    public boolean states(Node subject, Node property, Node value) {
        for (Iterator<Quad> it = store.find(Node.ANY, subject, property, value); it.hasNext(); )
            if (isDocumentGraph.test(it.next().getGraph())) return true;
        return false;
    }

    @Override
    public List<Claim> pointingAt(Node object) {
        return claims(store.find(Node.ANY, Node.ANY, Node.ANY, object));
    }

    private List<Claim> claims(Iterator<Quad> quads) {
        List<Claim> out = new ArrayList<>();
        quads.forEachRemaining(q -> {
            if (isDocumentGraph.test(q.getGraph())) out.add(new Claim(q.getGraph(), q.asTriple()));
        });
        return out;
    }

    @Override
    public long evidence(Node statement) {
        return evidence.applyAsLong(statement);
    }

    @Override
    public DocumentFacts document(Node graph) {
        return documents.computeIfAbsent(graph, this::read);
    }

    private DocumentFacts read(Node graph) {
        Node document = first(store.find(graph, Node.ANY, RDF.type.asNode(), DP.SourceDocument.asNode()), Quad::getSubject);
        Set<Node> reports = new HashSet<>();
        String date = null;
        if (document != null) {
            store.find(graph, document, DP.reports.asNode(), Node.ANY).forEachRemaining(q -> reports.add(q.getObject()));
            Node issued = first(store.find(graph, document, DCTerms.issued.asNode(), Node.ANY), Quad::getObject);
            if (issued != null && issued.isLiteral()) date = issued.getLiteralLexicalForm();
        }
        for (Node reported : reports) {
            if (date != null) break;
            Node held = first(store.find(graph, reported, DP.date.asNode(), Node.ANY), Quad::getObject);
            if (held != null && held.isLiteral()) date = held.getLiteralLexicalForm();
        }
        return new DocumentFacts(graph, document, date, Set.copyOf(reports));
    }

    private static Node first(Iterator<Quad> it, java.util.function.Function<Quad, Node> part) {
        return it.hasNext() ? part.apply(it.next()) : null;
    }
}
