package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Links consecutive meetings of one council series (one partnership's council, or another body's) by their
 * ordinals: the later dp:follows the earlier, the earlier dp:precedes the later. Each link stands for the claims of
 * both ordinals. A series is the councils whose IRIs share everything but their number.
 */
final class CouncilOrder {
    private CouncilOrder() {}

    /** The councils' descriptions with their dp:follows and dp:precedes facts (replacing any they had). */
    static Map<Node, Description> link(Map<Node, Description> councils) {
        Map<String, Map<Integer, Description>> series = new HashMap<>();
        for (Description d : councils.values()) {
            Fact ordinal = Qualifiers.fact(d, DP.ordinal.asNode());
            if (ordinal == null || !d.subject().isURI()) continue;
            String uri = d.subject().getURI();
            try {
                int n = Integer.parseInt(ordinal.triple().getObject().getLiteralLexicalForm());
                series.computeIfAbsent(uri.substring(0, uri.lastIndexOf('/') + 1), k -> new HashMap<>()).put(n, d);
            } catch (NumberFormatException e) {
                // not an integer: no place in the order
            }
        }
        Map<Node, List<Fact>> extra = new HashMap<>();
        for (Map<Integer, Description> s : series.values())
            s.forEach((n, later) -> {
                Description earlier = s.get(n - 1);
                if (earlier == null) return;
                Set<Triple> sources = new LinkedHashSet<>(Qualifiers.fact(later, DP.ordinal.asNode()).sources());
                sources.addAll(Qualifiers.fact(earlier, DP.ordinal.asNode()).sources());
                extra.computeIfAbsent(later.subject(), k -> new ArrayList<>())
                     .add(new Fact(Triple.create(later.subject(), DP.follows.asNode(), earlier.subject()), sources));
                extra.computeIfAbsent(earlier.subject(), k -> new ArrayList<>())
                     .add(new Fact(Triple.create(earlier.subject(), DP.precedes.asNode(), later.subject()), sources));
            });
        Map<Node, Description> out = new HashMap<>();
        councils.forEach((node, d) -> {
            List<Fact> facts = new ArrayList<>(d.facts().stream().filter(f -> !f.triple().getPredicate().equals(DP.follows.asNode())
                    && !f.triple().getPredicate().equals(DP.precedes.asNode())).toList());
            facts.addAll(extra.getOrDefault(node, List.of()));
            out.put(node, new Description(node, facts, d.conflicts()));
        });
        return out;
    }
}
