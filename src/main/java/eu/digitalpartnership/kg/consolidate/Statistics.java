package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.Slugs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The figures of the published graph (VoID partitions, linksets, document graphs, quality shares), kept in a graph of
 * their own and updated from each load's {@link Delta}: what an update added and removed, and the graph as it is now,
 * tell exactly what it was before, so nothing is counted again from scratch except on the first load.
 * <pre>
 *   Statistics stats = Statistics.of(statisticsGraph, datasetNode, "https://w3id.org/dpkg/id/");
 *   stats.update(published, consolidation.delta());
 *   Statistics.Snapshot figures = stats.read();
 * </pre>
 */
public final class Statistics {
    /** A dataset the published entities link to, from {@code consolidate/link-targets.tsv}. */
    public record Target(String id, String title, String homepage, String uriSpace) {}

    /** The triples of one property, with their distinct subjects and objects. */
    public record PropertyPartition(String property, long triples, long distinctSubjects, long distinctObjects) {}

    /** A document graph: its triples, the evidence records and the statements (facts) it holds. */
    public record GraphFigures(long triples, long evidenceRecords, long facts) {}

    /** Everything counted. */
    public record Snapshot(long triples, long entities, long distinctSubjects, long distinctObjects,
                           Map<String, Long> classes, List<PropertyPartition> properties, Map<String, Long> linksets,
                           Map<String, GraphFigures> graphs, long documents, long evidenceRecords,
                           long statements, long statementsWithEvidence, long linkableEntities, long linkedEntities) {}

    /** The link targets, in the order of the data file. */
    public static final List<Target> TARGETS = targets();
    private static final Set<Node> LINKABLE = Set.of(DP.Partner.asNode(), DP.Official.asNode(), DP.Organisation.asNode(),
            DP.City.asNode(), DP.Country.asNode());
    private static final Node SAME_AS = NodeFactory.createURI("https://schema.org/sameAs");
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final Node TRIPLES = VOID.triples.asNode();
    private static final Node ENTITIES = VOID.entities.asNode();
    private static final Node SUBJECTS = VOID.distinctSubjects.asNode();
    private static final Node OBJECTS = VOID.distinctObjects.asNode();
    private static final Node DOCUMENTS = NodeFactory.createURI(DP.NS + "documents");
    private static final Node EVIDENCE = NodeFactory.createURI(DP.NS + "evidenceRecords");
    private static final Node STATEMENTS = NodeFactory.createURI(DP.NS + "statements");
    private static final Node SUPPORTED = NodeFactory.createURI(DP.NS + "statementsWithEvidence");
    private static final Node LINKABLE_COUNT = NodeFactory.createURI(DP.NS + "linkableEntities");
    private static final Node LINKED_COUNT = NodeFactory.createURI(DP.NS + "linkedEntities");
    private static final Node NAME = NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#name");

    private final Graph stats;
    private final Node dataset;
    private final String uriSpace;
    private final Map<List<Node>, Long> pending = new HashMap<>();

    private Statistics(Graph stats, Node dataset, String uriSpace) {
        this.stats = stats;
        this.dataset = dataset;
        this.uriSpace = uriSpace;
    }

    /** The statistics kept in the graph, about the dataset node, counting entities under the URI space. */
    public static Statistics of(Graph stats, Node dataset, String uriSpace) {
        return new Statistics(stats, dataset, uriSpace);
    }

    /** True when nothing was ever counted. */
    public boolean isEmpty() {
        return !stats.contains(dataset, TRIPLES, Node.ANY);
    }

    /** Counts the published graph from scratch, replacing the figures of the published graph. */
    public void recount(Graph published) {
        for (Node n : partitions()) if (!stats.contains(n, NAME, Node.ANY)) clearAll(n);
        Set<Node> subjects = new HashSet<>(), objects = new HashSet<>(), linkable = new HashSet<>(), linked = new HashSet<>();
        Map<Node, Set<Node>> subjectsByProperty = new HashMap<>(), objectsByProperty = new HashMap<>();
        long triples = 0;
        for (var it = published.find(); it.hasNext(); ) {
            Triple t = it.next();
            triples++;
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            subjectsByProperty.computeIfAbsent(t.getPredicate(), k -> new HashSet<>()).add(t.getSubject());
            objectsByProperty.computeIfAbsent(t.getPredicate(), k -> new HashSet<>()).add(t.getObject());
            add(partition("property", VOID.property.asNode(), t.getPredicate()), TRIPLES, 1);
            tally(t, 1);
            if (t.getPredicate().equals(RDF.type.asNode()) && LINKABLE.contains(t.getObject())) linkable.add(t.getSubject());
            if (t.getPredicate().equals(SAME_AS) && t.getObject().isURI() && t.getObject().getURI().startsWith(WIKIDATA)) linked.add(t.getSubject());
        }
        subjectsByProperty.forEach((p, ss) -> set(partition("property", VOID.property.asNode(), p), SUBJECTS, ss.size()));
        objectsByProperty.forEach((p, os) -> set(partition("property", VOID.property.asNode(), p), OBJECTS, os.size()));
        linked.retainAll(linkable);
        set(dataset, TRIPLES, triples);
        set(dataset, SUBJECTS, subjects.size());
        set(dataset, OBJECTS, objects.size());
        set(dataset, ENTITIES, subjects.stream().filter(x -> x.isURI() && x.getURI().startsWith(uriSpace)).count());
        set(dataset, LINKABLE_COUNT, linkable.size());
        set(dataset, LINKED_COUNT, linked.size());
        flush();
    }

    /** Brings the figures up to date with an update of the published graph, now in the state after it. */
    public void update(Graph published, Delta delta) {
        if (isEmpty()) recount(published);
        else {
            apply(published, delta);
            flush();
        }
    }

    /** Records the size of a document graph, its evidence records and its facts (all 0 when it was removed). */
    public void document(Node graph, long triples, long evidenceRecords, long facts) {
        Node n = node("graph", graph.getURI());
        long oldEvidence = get(n, EVIDENCE);
        boolean existed = stats.contains(n, NAME, graph);
        clearAll(n);
        if (triples > 0) {
            stats.add(Triple.create(dataset, VOID.subset.asNode(), n));
            stats.add(Triple.create(n, NAME, graph));
            set(n, TRIPLES, triples);
            set(n, EVIDENCE, evidenceRecords);
            set(n, STATEMENTS, facts);
        } else stats.delete(Triple.create(dataset, VOID.subset.asNode(), n));
        add(dataset, DOCUMENTS, (triples > 0 ? 1 : 0) - (existed ? 1 : 0));
        add(dataset, EVIDENCE, evidenceRecords - oldEvidence);
        flush();
    }

    /** The figures, read in one pass over the statistics graph. */
    public Snapshot read() {
        Map<Node, Map<Node, Node>> nodes = new HashMap<>();
        stats.find().forEachRemaining(t -> nodes.computeIfAbsent(t.getSubject(), k -> new HashMap<>()).put(t.getPredicate(), t.getObject()));
        Map<String, Long> classes = new HashMap<>(), linksets = new HashMap<>();
        Map<String, GraphFigures> graphs = new HashMap<>();
        List<PropertyPartition> properties = new ArrayList<>();
        nodes.forEach((n, values) -> {
            Node c = values.get(VOID._class.asNode()), p = values.get(VOID.property.asNode()), g = values.get(NAME);
            if (c != null && value(values, ENTITIES) > 0) classes.put(c.getURI(), value(values, ENTITIES));
            if (p != null && value(values, TRIPLES) > 0)
                properties.add(new PropertyPartition(p.getURI(), value(values, TRIPLES), value(values, SUBJECTS), value(values, OBJECTS)));
            if (g != null) graphs.put(g.getURI(), new GraphFigures(value(values, TRIPLES), value(values, EVIDENCE), value(values, STATEMENTS)));
        });
        for (Target t : TARGETS) linksets.put(t.id(), value(nodes.getOrDefault(node("linkset", t.id()), Map.of()), TRIPLES));
        properties.sort(Comparator.comparingLong(PropertyPartition::triples).reversed().thenComparing(PropertyPartition::property));
        Map<Node, Node> d = nodes.getOrDefault(dataset, Map.of());
        return new Snapshot(value(d, TRIPLES), value(d, ENTITIES), value(d, SUBJECTS), value(d, OBJECTS),
                classes, properties, linksets, graphs, value(d, DOCUMENTS), value(d, EVIDENCE),
                value(d, STATEMENTS), value(d, SUPPORTED), value(d, LINKABLE_COUNT), value(d, LINKED_COUNT));
    }

    private static long value(Map<Node, Node> values, Node property) {
        Node v = values.get(property);
        return v == null ? 0 : Long.parseLong(v.getLiteralLexicalForm());
    }

    private void apply(Graph now, Delta delta) {
        Map<Node, Long> addedBySubject = new HashMap<>(), removedBySubject = new HashMap<>();
        Map<Node, Long> addedByObject = new HashMap<>(), removedByObject = new HashMap<>();
        Map<List<Node>, Long> addedSP = new HashMap<>(), removedSP = new HashMap<>(), addedPO = new HashMap<>(), removedPO = new HashMap<>();
        for (Triple t : delta.added()) count(t, 1, addedBySubject, addedByObject, addedSP, addedPO);
        for (Triple t : delta.removed()) count(t, 1, removedBySubject, removedByObject, removedSP, removedPO);
        add(dataset, TRIPLES, delta.added().size() - delta.removed().size());
        Map<Node, List<Triple>> addedTriples = new HashMap<>(), removedTriples = new HashMap<>();
        delta.added().forEach(t -> addedTriples.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
        delta.removed().forEach(t -> removedTriples.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
        Set<Node> subjects = union(addedBySubject.keySet(), removedBySubject.keySet());
        for (Node s : subjects) {
            long nowCount = count(now, s, Node.ANY, Node.ANY, Long.MAX_VALUE);
            boolean after = nowCount > 0;
            boolean before = nowCount - addedBySubject.getOrDefault(s, 0L) + removedBySubject.getOrDefault(s, 0L) > 0;
            int change = (after ? 1 : 0) - (before ? 1 : 0);
            add(dataset, SUBJECTS, change);
            if (s.isURI() && s.getURI().startsWith(uriSpace)) add(dataset, ENTITIES, change);
            linkable(now, s, addedTriples.getOrDefault(s, List.of()), removedTriples.getOrDefault(s, List.of()));
        }
        for (Node o : union(addedByObject.keySet(), removedByObject.keySet())) {
            long added = addedByObject.getOrDefault(o, 0L), removed = removedByObject.getOrDefault(o, 0L);
            long nowCount = count(now, Node.ANY, Node.ANY, o, added + 1);
            add(dataset, OBJECTS, (nowCount > 0 ? 1 : 0) - (nowCount - added + removed > 0 ? 1 : 0));
        }
        Map<Node, Long> byProperty = new HashMap<>();
        delta.added().forEach(t -> byProperty.merge(t.getPredicate(), 1L, Long::sum));
        delta.removed().forEach(t -> byProperty.merge(t.getPredicate(), -1L, Long::sum));
        byProperty.forEach((p, n) -> {
            Node part = partition("property", VOID.property.asNode(), p);
            add(part, TRIPLES, n);
        });
        for (List<Node> sp : union(addedSP.keySet(), removedSP.keySet())) {
            long nowCount = count(now, sp.get(0), sp.get(1), Node.ANY, Long.MAX_VALUE);
            long before = nowCount - addedSP.getOrDefault(sp, 0L) + removedSP.getOrDefault(sp, 0L);
            add(partition("property", VOID.property.asNode(), sp.get(1)), SUBJECTS, (nowCount > 0 ? 1 : 0) - (before > 0 ? 1 : 0));
        }
        for (List<Node> po : union(addedPO.keySet(), removedPO.keySet())) {
            long added = addedPO.getOrDefault(po, 0L), removed = removedPO.getOrDefault(po, 0L);
            long nowCount = count(now, Node.ANY, po.get(0), po.get(1), added + 1);
            add(partition("property", VOID.property.asNode(), po.get(0)), OBJECTS, (nowCount > 0 ? 1 : 0) - (nowCount - added + removed > 0 ? 1 : 0));
        }
        for (Triple t : delta.added()) tally(t, 1);
        for (Triple t : delta.removed()) tally(t, -1);
        Set<Node> classes = new HashSet<>();
        delta.removed().stream().filter(t -> t.getPredicate().equals(RDF.type.asNode())).forEach(t -> classes.add(t.getObject()));
        for (Node c : classes) prune(node("class", c.isURI() ? c.getURI() : c.toString()), VOID.classPartition.asNode(), ENTITIES);
        for (Node p : byProperty.keySet()) prune(node("property", p.getURI()), VOID.propertyPartition.asNode(), TRIPLES);
    }

    /** Removes a partition that no longer counts anything, as a fresh count would not have it. */
    private void prune(Node partition, Node link, Node counter) {
        if (get(partition, counter) != 0) return;
        clearAll(partition);
        stats.delete(Triple.create(dataset, link, partition));
    }

    /** Class partitions, linksets, statements and their evidence: counted per triple. */
    private void tally(Triple t, int sign) {
        Node p = t.getPredicate(), o = t.getObject();
        if (p.equals(RDF.type.asNode())) add(partition("class", VOID._class.asNode(), o), ENTITIES, sign);
        if (p.equals(SAME_AS) && o.isURI())
            for (Target target : TARGETS) if (o.getURI().startsWith(target.uriSpace())) add(node("linkset", target.id()), TRIPLES, sign);
        if (p.equals(RDF.subject.asNode())) add(dataset, STATEMENTS, sign);
        if (p.equals(DP.evidenceCount.asNode()) && o.isLiteral() && !"0".equals(o.getLiteralLexicalForm())) add(dataset, SUPPORTED, sign);
    }

    /** Adjusts the count of linkable entities (partners, officials, organisations, places) and of those linked to Wikidata. */
    private void linkable(Graph now, Node s, List<Triple> added, List<Triple> removed) {
        List<Triple> after = now.find(s, Node.ANY, Node.ANY).toList();
        List<Triple> before = new ArrayList<>(after);
        before.removeAll(added);
        before.addAll(removed);
        boolean[] a = linkState(after), b = linkState(before);
        add(dataset, LINKABLE_COUNT, (a[0] ? 1 : 0) - (b[0] ? 1 : 0));
        add(dataset, LINKED_COUNT, (a[0] && a[1] ? 1 : 0) - (b[0] && b[1] ? 1 : 0));
    }

    /** Whether a subject with these triples is linkable, and linked to Wikidata. */
    private static boolean[] linkState(List<Triple> triples) {
        boolean linkable = triples.stream().anyMatch(t -> t.getPredicate().equals(RDF.type.asNode()) && LINKABLE.contains(t.getObject()));
        boolean linked = triples.stream().anyMatch(t -> t.getPredicate().equals(SAME_AS) && t.getObject().isURI()
                && t.getObject().getURI().startsWith(WIKIDATA));
        return new boolean[] {linkable, linked};
    }

    private static void count(Triple t, long n, Map<Node, Long> bySubject, Map<Node, Long> byObject,
                              Map<List<Node>, Long> sp, Map<List<Node>, Long> po) {
        bySubject.merge(t.getSubject(), n, Long::sum);
        byObject.merge(t.getObject(), n, Long::sum);
        sp.merge(List.of(t.getSubject(), t.getPredicate()), n, Long::sum);
        po.merge(List.of(t.getPredicate(), t.getObject()), n, Long::sum);
    }

    private static long count(Graph g, Node s, Node p, Node o, long atMost) {
        long n = 0;
        var it = g.find(s, p, o);
        try {
            while (it.hasNext() && n < atMost) {
                it.next();
                n++;
            }
        } finally {
            it.close();
        }
        return n;
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private Node partition(String kind, Node property, Node value) {
        Node n = node(kind, value.isURI() ? value.getURI() : value.toString());
        if (!stats.contains(n, property, value)) {
            stats.add(Triple.create(n, property, value));
            stats.add(Triple.create(dataset, kind.equals("class") ? VOID.classPartition.asNode() : VOID.propertyPartition.asNode(), n));
        }
        return n;
    }

    private List<Node> partitions() {
        List<Node> out = new ArrayList<>();
        for (Node p : List.of(VOID.classPartition.asNode(), VOID.propertyPartition.asNode(), VOID.subset.asNode()))
            stats.find(dataset, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        for (Target t : TARGETS) out.add(node("linkset", t.id()));
        return out;
    }

    private Node node(String kind, String key) {
        return NodeFactory.createURI(dataset.getURI() + "#" + kind + "-" + Slugs.hash(key));
    }

    private Node first(Node s, Node p) {
        var it = stats.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private long get(Node s, Node p) {
        Long cached = pending.get(List.of(s, p));
        if (cached != null) return cached;
        Node v = first(s, p);
        return v == null ? 0 : Long.parseLong(v.getLiteralLexicalForm());
    }

    private void add(Node s, Node p, long n) {
        if (n != 0) set(s, p, get(s, p) + n);
    }

    private void set(Node s, Node p, long n) {
        pending.put(List.of(s, p), n);
    }

    /** Writes the counters changed since the last flush. */
    private void flush() {
        pending.forEach((sp, n) -> {
            stats.find(sp.get(0), sp.get(1), Node.ANY).toList().forEach(stats::delete);
            stats.add(Triple.create(sp.get(0), sp.get(1), NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger)));
        });
        pending.clear();
    }

    private void clearAll(Node n) {
        pending.keySet().removeIf(k -> k.get(0).equals(n));
        stats.find(n, Node.ANY, Node.ANY).toList().forEach(stats::delete);
        stats.find(Node.ANY, Node.ANY, n).toList().forEach(stats::delete);
    }

    private static List<Target> targets() {
        try (InputStream in = Statistics.class.getResourceAsStream("/consolidate/link-targets.tsv")) {
            if (in == null) throw new IllegalStateException("Missing resource /consolidate/link-targets.tsv");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(r -> new Target(r[0], r[1], r[2], r[3])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
