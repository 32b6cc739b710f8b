package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Which IRIs minted by different documents name one real thing. Two memoranda of one partnership and of one type are
 * one when the words of one title begin the other's (a title cut short, or written with and without its complement;
 * words compared in the singular) and their dates agree; two meetings other than councils are one when their names have the same words and their
 * dates agree. The thing keeps the IRI that most documents use (then the shorter, then the first).
 */
final class Identity {
    private static final Set<String> GLUE = Set.of("a", "an", "and", "the", "of", "on", "for", "in", "to");

    private final ClaimSource claims;
    private final Graph published;
    private final Resolver dates;

    Identity(ClaimSource claims, Graph published, Policy policy) {
        this.claims = claims;
        this.published = published;
        this.dates = new Resolver(policy, claims);
    }

    /** The canonical IRI of each touched node and of every node of the same kind it could be one with. */
    Map<Node, Node> resolve(Set<Node> touched) {
        Map<Node, Node> canonical = new HashMap<>();
        touched.forEach(n -> canonical.put(n, n));
        Map<Node, Member> members = new HashMap<>();
        for (Node n : touched) {
            Member m = member(n);
            if (m != null) members.put(n, m);
        }
        Set<Node> kinds = new HashSet<>();
        members.values().forEach(m -> kinds.add(m.kind()));
        for (Node kind : kinds) for (Node peer : knownOfKind(kind)) if (!members.containsKey(peer)) {
            Member m = member(peer);
            if (m != null && members.values().stream().anyMatch(t -> t.block().equals(m.block()))) members.put(peer, m);
        }
        Map<String, List<Member>> blocks = new HashMap<>();
        members.values().forEach(m -> blocks.computeIfAbsent(m.block(), b -> new ArrayList<>()).add(m));
        for (List<Member> block : blocks.values()) cluster(block, canonical);
        return canonical;
    }

    /**
     * Groups the block so that every two members of a group are one (a title that begins two different longer ones
     * does not join them), then a title with no topic ("administrative arrangement") joins the one group it fits, if
     * only one; each group takes the IRI of its head.
     */
    private void cluster(List<Member> block, Map<Node, Node> canonical) {
        block.sort(Comparator.comparing(m -> m.node().toString()));
        List<List<Member>> groups = new ArrayList<>();
        List<Member> generic = new ArrayList<>();
        for (Member m : block) {
            if (m.kind().equals(DP.Memorandum.asNode()) && m.words().stream().allMatch(INSTRUMENT_WORDS::contains)) {
                generic.add(m);
                continue;
            }
            List<Member> home = groups.stream().filter(g -> g.stream().allMatch(o -> same(o, m))).findFirst().orElse(null);
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(m);
        }
        for (Member m : generic) {
            List<List<Member>> fits = groups.stream().filter(g -> g.stream().allMatch(o -> same(o, m))).toList();
            if (fits.size() == 1) fits.get(0).add(m);
            else groups.add(new ArrayList<>(List.of(m)));
        }
        for (List<Member> group : groups) {
            Member head = group.stream().min(Comparator.comparingInt((Member m) -> -m.documents())
                    .thenComparingInt(m -> m.node().getURI().length()).thenComparing(m -> m.node().getURI())).orElseThrow();
            group.forEach(m -> canonical.put(m.node(), head.node()));
        }
    }

    /** Words of an instrument's type, which name no particular instrument. */
    private static final Set<String> INSTRUMENT_WORDS = Set.of("memorandum", "memoranda", "cooperation", "understanding", "administrative",
            "arrangement", "working", "moc", "mou", "aa", "letter", "intent", "new", "joint");

    private boolean same(Member a, Member b) {
        if (!a.type().equals(b.type()) || !datesAgree(a, b)) return false;
        if (a.kind().equals(DP.Memorandum.asNode())) {
            List<String> x = a.words(), y = b.words();
            List<String> shorter = x.size() <= y.size() ? x : y, longer = x.size() <= y.size() ? y : x;
            return !shorter.isEmpty() && longer.subList(0, shorter.size()).equals(shorter);
        }
        return new TreeSet<>(a.words()).equals(new TreeSet<>(b.words())) && a.dates().isEmpty() == b.dates().isEmpty();
    }

    private boolean datesAgree(Member a, Member b) {
        for (Node x : a.dates())
            for (Node y : b.dates())
                if (!x.equals(y) && !dates.refines(a.dateProperty(), x, y) && !dates.refines(a.dateProperty(), y, x)) return false;
        return true;
    }

    /** What identity needs of a node: its kind, block, type, words and dates; null for kinds never merged. */
    private Member member(Node node) {
        if (!node.isURI()) return null;
        List<Claim> about = claims.about(node);
        Set<Node> types = new HashSet<>();
        about.stream().filter(c -> c.property().equals(RDF.type.asNode())).forEach(c -> types.add(c.value()));
        Node kind = types.contains(DP.Memorandum.asNode()) ? DP.Memorandum.asNode()
                : types.contains(DP.Meeting.asNode()) && !types.contains(DP.Council.asNode()) ? DP.Meeting.asNode() : null;
        if (kind == null) return null;
        boolean memo = kind.equals(DP.Memorandum.asNode());
        Node dateProperty = memo ? DP.signedOn.asNode() : DP.date.asNode();
        String uri = node.getURI();
        String block = memo ? uri.substring(0, uri.lastIndexOf('/') + 1) : kind.getURI();
        Node type = memo ? about.stream().filter(c -> c.property().equals(DP.instrumentType.asNode())).map(Claim::value)
                .findFirst().orElse(kind) : kind;
        String name = memo ? uri.substring(uri.lastIndexOf('/') + 1)
                : about.stream().filter(c -> c.property().equals(RDFS.label.asNode())).map(c -> c.value().getLiteralLexicalForm())
                       .sorted().findFirst().orElse(uri.substring(uri.lastIndexOf('/') + 1));
        List<String> words = Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !GLUE.contains(w)).map(eu.digitalpartnership.kg.model.Words::singular).toList();
        Set<Node> dates = new HashSet<>();
        about.stream().filter(c -> c.property().equals(dateProperty)).forEach(c -> dates.add(c.value()));
        long documents = about.stream().map(Claim::graph).distinct().count();
        return new Member(node, kind, block, type, words, dateProperty, dates, (int) documents);
    }

    /** Nodes of the kind in the published graph, as entities or as aliases of one. */
    private Set<Node> knownOfKind(Node kind) {
        Set<Node> out = new HashSet<>();
        published.find(Node.ANY, RDF.type.asNode(), kind).forEachRemaining(t -> out.add(t.getSubject()));
        for (Node entity : List.copyOf(out))
            published.find(Node.ANY, OWL.sameAs.asNode(), entity).forEachRemaining(t -> out.add(t.getSubject()));
        if (kind.equals(DP.Meeting.asNode()))
            published.find(Node.ANY, RDF.type.asNode(), DP.Council.asNode()).forEachRemaining(t -> out.remove(t.getSubject()));
        return out;
    }

    private record Member(Node node, Node kind, String block, Node type, List<String> words, Node dateProperty,
                          Set<Node> dates, int documents) {}
}
