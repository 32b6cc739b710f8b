package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Links consecutive meetings of one council series (one partnership's council, or another body's) by their
 * ordinals: a council dp:follows the council of the ordinal before it and dp:precedes the one after it. Each link
 * stands for the claims of the linking council's own ordinal, so that a council's links change only when its own
 * ordinal or a neighbour's existence does. A series is the councils whose IRIs share everything but their number;
 * of two councils with one ordinal in a series, the one with the smaller IRI is linked.
 */
final class CouncilOrder {
    private CouncilOrder() {}

    /**
     * The described councils with their dp:follows and dp:precedes facts (replacing any they had), linked to the
     * described councils and to the published ones not among those being replaced.
     */
    static Map<Node, Description> link(Map<Node, Description> councils, Graph published, Set<Node> replaced) {
        Map<String, TreeMap<Integer, List<Node>>> order = published(published, replaced);
        for (Description d : councils.values()) order.values().forEach(s -> s.values().forEach(l -> l.remove(d.subject())));
        for (Description d : councils.values()) {
            Integer n = ordinal(d);
            if (n != null) at(order, series(d.subject()), n).add(d.subject());
        }
        Map<Node, Description> out = new HashMap<>();
        councils.forEach((node, d) -> {
            List<Fact> facts = new ArrayList<>(d.facts().stream().filter(f -> !f.triple().getPredicate().equals(DP.follows.asNode())
                    && !f.triple().getPredicate().equals(DP.precedes.asNode())).toList());
            Integer n = ordinal(d);
            if (n != null && first(at(order, series(node), n)).equals(node)) {
                Set<Triple> sources = new LinkedHashSet<>(Qualifiers.fact(d, DP.ordinal.asNode()).sources());
                Node earlier = first(at(order, series(node), n - 1));
                Node later = first(at(order, series(node), n + 1));
                if (earlier != null) facts.add(new Fact(Triple.create(node, DP.follows.asNode(), earlier), sources));
                if (later != null) facts.add(new Fact(Triple.create(node, DP.precedes.asNode(), later), sources));
            }
            out.put(node, new Description(node, facts, d.conflicts()));
        });
        return out;
    }

    /**
     * The published councils whose links may change with these descriptions: the neighbours of a council's old and
     * new ordinal when the ordinal changes (or the council is new), and of a replaced council no longer described.
     */
    static Set<Node> neighbours(Map<Node, Description> described, Graph published, Set<Node> replaced) {
        Map<String, TreeMap<Integer, List<Node>>> order = published(published, Set.of());
        Set<Node> out = new LinkedHashSet<>();
        for (Description d : described.values()) {
            if (!Qualifiers.classes(d).contains(DP.Council.asNode()) || !d.subject().isURI()) continue;
            Integer now = ordinal(d);
            Integer before = publishedOrdinal(published, d.subject());
            if (now != null && now.equals(before)) continue;
            for (Integer k : new Integer[] {now, before}) if (k != null) around(order, series(d.subject()), k, out);
        }
        for (Node r : replaced) {
            if (described.containsKey(r) || !r.isURI()) continue;
            Integer before = publishedOrdinal(published, r);
            if (before != null) around(order, series(r), before, out);
        }
        out.removeAll(described.keySet());
        return out;
    }

    private static void around(Map<String, TreeMap<Integer, List<Node>>> order, String series, int n, Set<Node> out) {
        out.addAll(at(order, series, n - 1));
        out.addAll(at(order, series, n + 1));
    }

    /** The published councils by series and ordinal, without those being replaced. */
    private static Map<String, TreeMap<Integer, List<Node>>> published(Graph published, Set<Node> replaced) {
        Map<String, TreeMap<Integer, List<Node>>> order = new HashMap<>();
        for (Triple t : published.find(Node.ANY, RDF.type.asNode(), DP.Council.asNode()).toList()) {
            Node c = t.getSubject();
            if (!c.isURI() || replaced.contains(c)) continue;
            Integer n = publishedOrdinal(published, c);
            if (n != null) at(order, series(c), n).add(c);
        }
        return order;
    }

    private static List<Node> at(Map<String, TreeMap<Integer, List<Node>>> order, String series, int n) {
        return order.computeIfAbsent(series, k -> new TreeMap<>()).computeIfAbsent(n, k -> new ArrayList<>());
    }

    private static Node first(List<Node> nodes) {
        return nodes.stream().min(Comparator.comparing(Node::getURI)).orElse(null);
    }

    private static String series(Node council) {
        String uri = council.getURI();
        return uri.substring(0, uri.lastIndexOf('/') + 1);
    }

    private static Integer ordinal(Description d) {
        if (!d.subject().isURI()) return null;
        Fact f = Qualifiers.fact(d, DP.ordinal.asNode());
        return f == null ? null : integer(f.triple().getObject());
    }

    private static Integer publishedOrdinal(Graph published, Node council) {
        List<Triple> ts = published.find(council, DP.ordinal.asNode(), Node.ANY).toList();
        return ts.isEmpty() ? null : integer(ts.get(0).getObject());
    }

    private static Integer integer(Node n) {
        if (!n.isLiteral()) return null;
        try {
            return Integer.parseInt(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
