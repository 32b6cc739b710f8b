package eu.digitalpartnership.kg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class ConflictTextTest {
    private static final Node COUNCIL = NodeFactory.createURI("https://w3id.org/dpkg/id/council/x/2");
    private static final Node DATE = NodeFactory.createURI("https://w3id.org/dpkg/ontology#date");
    private static final Node RULE = NodeFactory.createURI("https://w3id.org/dpkg/ontology#MostRecentDocument");

    /** Claims of the value by documents doc-0 … doc-(n-1), each in its own graph. */
    private static Candidate candidate(String value, int n, int from) {
        List<Claim> support = new ArrayList<>();
        Node v = NodeFactory.createLiteralString(value);
        for (int i = from; i < from + n; i++)
            support.add(new Claim(NodeFactory.createURI("https://w3id.org/dpkg/graph/doc-" + i), Triple.create(COUNCIL, DATE, v)));
        return new Candidate(v, support);
    }

    private static String explain(Candidate... candidates) {
        ClaimSource claims = new ClaimSource() {
            @Override public List<Claim> about(Node subject) { return List.of(); }
            @Override public boolean stated(Node subject) { return false; }
            @Override public boolean states(Node s, Node p, Node o) { return false; }
            @Override public List<Claim> pointingAt(Node object) { return List.of(); }
            @Override public long evidence(Node statement) { return 0; }
            @Override public DocumentFacts document(Node graph) {
                String id = graph.getURI().substring(graph.getURI().lastIndexOf('/') + 1);
                return new DocumentFacts(graph, NodeFactory.createURI("https://w3id.org/dpkg/id/document/" + id), null, Set.of());
            }
        };
        ConflictText text = new ConflictText(claims, n -> n.isURI() ? n.getLocalName() : n.toString());
        return text.explain(new Conflict(COUNCIL, DATE, candidates[0].value(), RULE, List.of(candidates)));
    }

    @Test
    void a_value_of_a_few_documents_names_them_all() {
        String s = explain(candidate("2024-03-26", 2, 0), candidate("2024-03-28", 1, 2));
        assertEquals("Documents disagree on the date: 2024-03-26 in doc-0, doc-1; 2024-03-28 in doc-2. Published: 2024-03-26 (MostRecentDocument).", s);
    }

    @Test
    void a_value_of_many_documents_names_three_and_counts_the_rest() {
        String s = explain(candidate("2024-03-26", 9, 0), candidate("2024-03-28", 1, 9));
        assertEquals("Documents disagree on the date: 2024-03-26 in 9 documents (doc-0, doc-1, doc-2 and 6 more); 2024-03-28 in doc-9."
                + " Published: 2024-03-26 (MostRecentDocument).", s);
    }

    @Test
    void documents_giving_only_a_less_specific_value_are_told_apart() {
        Candidate year = candidate("2024", 5, 3);
        List<Claim> first = new ArrayList<>(candidate("2024-03-26", 2, 0).support());
        first.addAll(year.support());
        List<Claim> second = new ArrayList<>(candidate("2024-03-28", 1, 2).support());
        second.addAll(year.support());
        String s = explain(new Candidate(first.get(0).value(), first), new Candidate(second.get(0).value(), second));
        assertEquals("Documents disagree on the date: 2024-03-26 in doc-0, doc-1, with 2024 in 5 documents (doc-3, doc-4, doc-5 and 2 more);"
                + " 2024-03-28 in doc-2, with 2024 in 5 documents (doc-3, doc-4, doc-5 and 2 more). Published: 2024-03-26 (MostRecentDocument).", s);
    }
}
