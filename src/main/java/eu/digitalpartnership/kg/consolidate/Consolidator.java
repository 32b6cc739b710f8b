package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Ontology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Keeps the published graph, the store's default graph, in step with the claims of its document graphs: one node
 * per real thing, one preferred label (other forms as aliases), one value per functional property chosen by the
 * {@link Policy}, conflicts recorded as quality annotations, and each fact's statement counting its evidence in the
 * document graphs. Only the entities an update touches, and those whose labels or order depend on them, are
 * rewritten. Runs inside the caller's write transaction.
 * <pre>
 *   Consolidator consolidator = Consolidator.create(IriMinter.standard(), Validator.standard().shapesGraph());
 *   Consolidation c = Txn.calculateWrite(store, () -&gt; consolidator.update(store, Consolidator.entities(documentGraph)));
 * </pre>
 */
public final class Consolidator {
    private static final Node LABEL = RDFS.label.asNode();

    private final IriMinter iris;
    private final Policy policy;

    private Consolidator(IriMinter iris, Policy policy) {
        this.iris = iris;
        this.policy = policy;
    }

    /** A consolidator minting under the given base, with the functional properties of the given shapes. */
    public static Consolidator create(IriMinter iris, Graph shapes) {
        return new Consolidator(iris, Policy.of(shapes));
    }

    /** The entities a document graph states facts about: the nodes an update for that document touches. */
    public static Set<Node> entities(Graph documentGraph) {
        Set<Node> out = new LinkedHashSet<>();
        for (Resource c : DP.ENTITY_CLASSES)
            documentGraph.find(Node.ANY, RDF.type.asNode(), c.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /**
     * The entities an update must consolidate again when a document graph is replaced: those whose claims, evidence
     * counts or document facts differ between the two versions (every entity of both when the document's facts do).
     */
    public static Set<Node> touched(Graph before, Graph after) {
        return ClaimChange.touched(before, after);
    }

    /** True for the name of a document graph. */
    public Predicate<Node> documentGraphs() {
        String prefix = iris.namespace("graph");
        return g -> g != null && g.isURI() && g.getURI().startsWith(prefix);
    }

    /** Rewrites the published descriptions of the touched entities (and of those depending on them). */
    public Consolidation update(DatasetGraph store, Set<Node> touched) {
        Graph published = store.getDefaultGraph();
        StoreClaims claims = new StoreClaims(store, documentGraphs());
        Function<Node, String> label = labels(published, claims);
        Describer describer = new Describer(policy, claims);
        Set<Node> expanded = new LinkedHashSet<>(touched);
        for (Node n : touched) {
            published.find(n, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> expanded.add(t.getObject()));
            published.find(Node.ANY, OWL.sameAs.asNode(), n).forEachRemaining(t -> expanded.add(t.getSubject()));
        }
        Map<Node, Node> canonical = new Identity(claims, published, policy).resolve(expanded);
        Map<Node, Node> aliasOf = new HashMap<>();
        Function<Node, Node> canon = n -> {
            Node c = canonical.get(n);
            if (c != null) return c;
            return aliasOf.computeIfAbsent(n, x -> {
                List<Triple> same = published.find(x, OWL.sameAs.asNode(), Node.ANY).toList();
                return same.isEmpty() ? x : same.get(0).getObject();
            });
        };
        Map<Node, Description> descriptions = new LinkedHashMap<>();
        Set<Node> heads = new LinkedHashSet<>(canonical.values());
        for (Node head : heads) describe(head, names(head, canonical, published), describer, canon, claims, descriptions);
        Set<Node> oldLabels = new HashSet<>();
        for (Node n : canonical.keySet()) {
            Node base = baseLabel(published, n);
            if (base != null) oldLabels.add(base);
        }
        Set<Node> replaced = new HashSet<>(expanded);
        replaced.addAll(canonical.keySet());
        for (Node peer : CouncilOrder.neighbours(descriptions, published, replaced)) {
            Node head = canon.apply(peer);
            describe(head, names(head, canonical, published), describer, canon, claims, descriptions);
        }
        addLabelPeers(published, descriptions, oldLabels, describer, canon, claims, canonical);
        Map<Node, Description> councils = new LinkedHashMap<>();
        descriptions.forEach((n, d) -> { if (Qualifiers.classes(d).contains(DP.Council.asNode())) councils.put(n, d); });
        descriptions.putAll(CouncilOrder.link(councils, published, replaced));
        Qualifiers qualifiers = new Qualifiers(label, claims);
        for (List<Description> group : Qualifiers.collisions(descriptions))
            qualifiers.qualify(group).forEach(d -> descriptions.put(d.subject(), d));

        Delta delta = new Delta();
        PublishedGraph writer = new PublishedGraph(published, iris, claims, new ConflictText(claims, label), delta);
        Set<Node> rewritten = new LinkedHashSet<>(expanded);
        rewritten.addAll(canonical.keySet());
        rewritten.addAll(descriptions.keySet());
        rewritten.forEach(writer::remove);
        List<Conflict> resolved = new ArrayList<>();
        List<Conflict> unresolved = new ArrayList<>();
        for (Description d : descriptions.values()) {
            writer.write(d);
            for (Conflict c : d.conflicts()) (c.resolved() ? resolved : unresolved).add(c);
        }
        canonical.forEach((alias, head) -> {
            if (!alias.equals(head) && descriptions.containsKey(head) && claims.stated(alias)) writer.alias(alias, head);
        });
        writer.flush();
        return new Consolidation(Set.copyOf(rewritten), resolved, unresolved, delta);
    }

    private void describe(Node head, Set<Node> names, Describer describer, Function<Node, Node> canon, ClaimSource claims,
                          Map<Node, Description> into) {
        if (into.containsKey(head)) return;
        boolean stated = names.stream().anyMatch(claims::stated);
        if (stated) into.put(head, describer.describe(head, names, canon));
    }

    private static Set<Node> names(Node head, Map<Node, Node> canonical, Graph published) {
        Set<Node> names = new LinkedHashSet<>();
        names.add(head);
        canonical.forEach((n, c) -> { if (c.equals(head)) names.add(n); });
        published.find(Node.ANY, OWL.sameAs.asNode(), head).forEachRemaining(t -> {
            if (!canonical.containsKey(t.getSubject())) names.add(t.getSubject());
        });
        return names;
    }

    /** Entities whose plain label is one a described entity has or had, so that qualifiers can be chosen again. */
    private void addLabelPeers(Graph published, Map<Node, Description> descriptions, Set<Node> oldLabels,
                               Describer describer, Function<Node, Node> canon, ClaimSource claims, Map<Node, Node> canonical) {
        Set<Node> plain = new HashSet<>(oldLabels);
        for (Description d : descriptions.values()) {
            Fact f = Qualifiers.fact(d, LABEL);
            if (f != null) plain.add(f.triple().getObject());
        }
        for (Node l : plain) {
            Set<Node> peers = new LinkedHashSet<>();
            published.find(Node.ANY, LABEL, l).forEachRemaining(t -> peers.add(t.getSubject()));
            published.find(Node.ANY, SKOS.altLabel.asNode(), l).forEachRemaining(t -> {
                if (l.equals(baseLabel(published, t.getSubject()))) peers.add(t.getSubject());
            });
            for (Node p : peers) {
                Node head = canon.apply(p);
                describe(head, names(head, canonical, published), describer, canon, claims, descriptions);
            }
        }
    }

    /** The label a published entity has before any qualifier: "G7 summit" for "G7 summit (May 2023)". */
    private static Node baseLabel(Graph published, Node entity) {
        List<Triple> labels = published.find(entity, LABEL, Node.ANY).toList();
        if (labels.isEmpty()) return null;
        Node label = labels.get(0).getObject();
        if (!label.isLiteral()) return label;
        String text = label.getLiteralLexicalForm();
        for (Triple alt : published.find(entity, SKOS.altLabel.asNode(), Node.ANY).toList()) {
            Node a = alt.getObject();
            if (a.isLiteral() && text.startsWith(a.getLiteralLexicalForm() + " (") && text.endsWith(")")) return a;
        }
        return label;
    }

    /** Labels for texts: the ontology's for its terms, else the published label, else a document's. */
    private static Function<Node, String> labels(Graph published, ClaimSource claims) {
        Map<Node, String> cache = new HashMap<>();
        Graph ontology = Ontology.ontology().getGraph();
        return n -> cache.computeIfAbsent(n, x -> {
            for (Graph g : List.of(ontology, published)) {
                List<Triple> ls = g.find(x, LABEL, Node.ANY).toList();
                if (!ls.isEmpty() && ls.get(0).getObject().isLiteral()) return ls.get(0).getObject().getLiteralLexicalForm();
            }
            if (x.isURI()) {
                for (Claim c : claims.about(x))
                    if (c.property().equals(LABEL) && c.value().isLiteral()) return c.value().getLiteralLexicalForm();
                for (Claim c : claims.about(x))
                    if (c.property().equals(org.apache.jena.vocabulary.DCTerms.title.asNode()) && c.value().isLiteral())
                        return c.value().getLiteralLexicalForm();
                String u = x.getURI();
                return u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1);
            }
            return x.toString();
        });
    }
}
