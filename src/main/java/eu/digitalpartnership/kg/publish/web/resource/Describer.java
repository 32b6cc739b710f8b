package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.Reused;
import eu.digitalpartnership.kg.publish.web.http.Classpath;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the data says about one resource: its description (triples, labels of neighbours, and up to
 * {@value #EVIDENCE_PER_FACT} evidence records per fact, the others counted), read by index lookups, and the resources
 * linking to it, grouped by property and paged, and what pages show beside it, read with the queries under
 * {@code web/queries/}. A description stays small however many documents state a fact.
 * Reads the published (default) graph of the given view, and the document graphs for evidence.
 */
public final class Describer {
    /** How many incoming links of one property a page shows. */
    public static final int PAGE_SIZE = 20;

    /** How many evidence records of one fact a description holds; the rest are counted, and listed by SPARQL. */
    public static final int EVIDENCE_PER_FACT = 1;

    /** A description graph and, per fact of the resource, how many evidence records state it in all. */
    public record Description(Graph graph, Map<Triple, Long> evidenceCounts) {
        /** How many evidence records state the fact (0 when none). */
        public long evidenceCount(Triple fact) { return evidenceCounts.getOrDefault(fact, 0L); }
    }

    /** Resources linking with one property: the total and one page of them. */
    public record Incoming(Node property, long count, List<Linked> page) {}

    /** A linking resource and its label (null when it has none). */
    public record Linked(Node subject, String label) {}

    /** What a page shows beside the officials and partnerships a resource links to: their posts, partners and launch. */
    private static final List<Node> CONTEXT_TYPES = List.of(DP.Official.asNode(), DP.Partnership.asNode());
    private static final List<Node> CONTEXT_PROPERTIES = List.of(DP.holds.asNode(), DP.represents.asNode(), DP.partner.asNode(),
            DP.launchedOn.asNode());
    private static final List<Node> STATEMENT_PROPERTIES = List.of(RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode(),
            DP.evidenceCount.asNode(), Reused.WAS_DERIVED_FROM);
    private static final String FACT_EVIDENCE = Classpath.text("/web/queries/fact-evidence.rq").stripTrailing();

    private final DatasetGraph view;

    /** A describer over a read-only view whose default graph is the published graph. */
    public Describer(DatasetGraph view) {
        this.view = view;
    }

    /** True if the IRI is a subject or object anywhere in the data, published or claimed: four index lookups. */
    public boolean exists(String iri) {
        Node self = NodeFactory.createURI(iri);
        return Txn.calculateRead(view, () -> {
            Graph published = view.getDefaultGraph();
            return published.find(self, Node.ANY, Node.ANY).hasNext() || published.find(Node.ANY, Node.ANY, self).hasNext()
                    || view.findNG(Node.ANY, self, Node.ANY, Node.ANY).hasNext() || view.findNG(Node.ANY, Node.ANY, Node.ANY, self).hasNext();
        });
    }

    /**
     * The description of the IRI: its published facts, their neighbours' labels, its conflict records, each fact's
     * statement and a bounded choice of each fact's evidence from the document graphs. A resource that only document
     * graphs state (a source document, an evidence record, a statement) is described from those graphs. The
     * published parts are read by index lookups, not queries: a page is read often and its shape is fixed.
     */
    public Description describe(String iri) {
        Node self = NodeFactory.createURI(iri);
        return Txn.calculateRead(view, () -> {
            Graph published = view.getDefaultGraph();
            Graph graph = publishedDescription(published, self);
            if (!graph.find(self, Node.ANY, Node.ANY).hasNext())
                QueryExec.dataset(view).query(query("describe-claims")).substitution("this", self).construct().find().forEachRemaining(graph::add);
            Map<Triple, Long> counts = new HashMap<>();
            Set<Node> records = new LinkedHashSet<>();
            for (Triple t : published.find(Node.ANY, RDF.subject.asNode(), self).toList()) {
                List<Triple> statement = published.find(t.getSubject(), Node.ANY, Node.ANY).toList();
                Node p = value(statement, RDF.predicate.asNode()), o = value(statement, RDF.object.asNode());
                Node count = value(statement, DP.evidenceCount.asNode());
                if (p == null || o == null || count == null) continue;
                statement.stream().filter(a -> STATEMENT_PROPERTIES.contains(a.getPredicate())).forEach(graph::add);
                counts.put(Triple.create(self, p, o), ((Number) count.getLiteralValue()).longValue());
                evidence(statement, graph, records);
            }
            records.forEach(e -> evidenceDetails(e, graph));
            return new Description(graph, Map.copyOf(counts));
        });
    }

    /**
     * The resource's published triples, the labels of what they point to, the triples of its own hash resources
     * ({@code <iri#...>}, two levels) and its conflict records with their candidates and the candidates' labels.
     */
    private static Graph publishedDescription(Graph published, Node self) {
        Graph out = GraphFactory.createDefaultGraph();
        String hash = self.getURI() + "#";
        for (Triple t : published.find(self, Node.ANY, Node.ANY).toList()) {
            out.add(t);
            Node o = t.getObject();
            if (o.isLiteral()) continue;
            copy(published, o, RDFS.label.asNode(), out);
            copy(published, o, SKOS.prefLabel.asNode(), out);
            if (!o.isURI() || !o.getURI().startsWith(hash)) continue;
            for (Triple c : published.find(o, Node.ANY, Node.ANY).toList()) {
                out.add(c);
                Node s = c.getObject();
                if (s.isURI() && s.getURI().startsWith(hash)) copy(published, s, Node.ANY, out);
            }
        }
        for (Triple a : published.find(self, Reused.HAS_QUALITY_ANNOTATION, Node.ANY).toList()) {
            copy(published, a.getObject(), Node.ANY, out);
            for (Triple k : published.find(a.getObject(), DP.candidate.asNode(), Node.ANY).toList()) {
                copy(published, k.getObject(), Node.ANY, out);
                for (Triple v : published.find(k.getObject(), RDF.value.asNode(), Node.ANY).toList())
                    copy(published, v.getObject(), RDFS.label.asNode(), out);
            }
        }
        return out;
    }

    private static void copy(Graph from, Node subject, Node property, Graph to) {
        from.find(subject, property, Node.ANY).forEachRemaining(to::add);
    }

    /**
     * Adds to the graph the bodies of up to {@value #EVIDENCE_PER_FACT} evidence records of the statement (stating it,
     * or one of the claim statements it was derived from), and the records to those whose details are read next.
     */
    private void evidence(List<Triple> statement, Graph graph, Set<Node> records) {
        List<Node> sources = new ArrayList<>();
        sources.add(statement.get(0).getSubject());
        statement.stream().filter(t -> t.getPredicate().equals(Reused.WAS_DERIVED_FROM)).forEach(t -> sources.add(t.getObject()));
        Set<Node> taken = new HashSet<>();
        for (Node source : sources) {
            for (var it = view.findNG(Node.ANY, Node.ANY, OA.hasBody.asNode(), source); it.hasNext() && taken.size() < EVIDENCE_PER_FACT; ) {
                Node e = it.next().getSubject();
                if (!taken.add(e)) continue;
                graph.add(Triple.create(e, OA.hasBody.asNode(), source));
                records.add(e);
            }
            if (taken.size() >= EVIDENCE_PER_FACT) return;
        }
    }

    /**
     * Adds to the graph an evidence record's triples from the document graphs, its bodies left out (the describer
     * adds the ones of the page's facts), with its targets and their selectors: index lookups, no query.
     */
    private void evidenceDetails(Node record, Graph graph) {
        for (Triple t : claimed(record)) {
            if (t.getPredicate().equals(OA.hasBody.asNode())) continue;
            graph.add(t);
            if (!t.getPredicate().equals(OA.hasTarget.asNode())) continue;
            for (Triple target : claimed(t.getObject())) {
                graph.add(target);
                if (target.getPredicate().equals(OA.hasSelector.asNode())) claimed(target.getObject()).forEach(graph::add);
            }
        }
    }

    private List<Triple> claimed(Node subject) {
        List<Triple> out = new ArrayList<>();
        view.findNG(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    /** The object of the first triple with the property, or null. */
    private static Node value(List<Triple> triples, Node property) {
        for (Triple t : triples) if (t.getPredicate().equals(property)) return t.getObject();
        return null;
    }

    /** A SPARQL query listing every evidence record of a fact, with its quote and document. */
    public static String evidenceQuery(Triple fact) {
        return FACT_EVIDENCE + evidenceValues(fact);
    }

    /** The address of the SPARQL page running {@link #evidenceQuery} for the fact. */
    public static String evidenceQueryPage(Triple fact) {
        return Links.sparqlPageRunning(FACT_EVIDENCE_ENCODED, evidenceValues(fact));
    }

    private static final String FACT_EVIDENCE_ENCODED = Links.encode(FACT_EVIDENCE);

    private static String evidenceValues(Triple fact) {
        return "\nVALUES (?subject ?predicate ?object) { ("
                + nt(fact.getSubject()) + " " + nt(fact.getPredicate()) + " " + nt(fact.getObject()) + ") }\n";
    }

    /** The node in N-Triples: an IRI of printable ASCII that needs no escape as it is in brackets, any other by Jena. */
    static String nt(Node n) {
        if (!n.isURI()) return NodeFmtLib.strNT(n);
        String iri = n.getURI();
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7F || "<>\"{}|^`\\".indexOf(c) >= 0) return NodeFmtLib.strNT(n);
        }
        return "<" + iri + ">";
    }

    /**
     * The resources linking to the IRI, per property, with the given page (from 0) of each: in the published graph,
     * or in the document graphs for a resource only they state.
     */
    public List<Incoming> incoming(String iri, int page) {
        return incoming(iri, null, page);
    }

    /**
     * As {@link #incoming(String, int)}, the given page of the group of one property only (the others at their first
     * page); every group at that page when the property is null.
     */
    public List<Incoming> incoming(String iri, Node group, int page) {
        Node self = NodeFactory.createURI(iri);
        return Txn.calculateRead(view, () -> {
            Graph published = view.getDefaultGraph();
            if (published.find(self, Node.ANY, Node.ANY).hasNext() || published.find(Node.ANY, Node.ANY, self).hasNext())
                return incomingPublished(published, self, group, page);
            List<Incoming> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(view).query(query("incoming-counts-claims")).substitution("this", self).build()) {
                qe.select().forEachRemaining(b -> out.add(new Incoming(b.get("property"),
                        ((Number) b.get("count").getLiteralValue()).longValue(), List.of())));
            }
            List<Incoming> paged = new ArrayList<>();
            for (Incoming in : out) {
                int at = group == null || group.equals(in.property()) ? page : 0;
                paged.add(new Incoming(in.property(), in.count(), page(self, in.property(), at, "incoming-claims")));
            }
            return paged;
        });
    }

    /**
     * The incoming links of a published resource, read by index lookups: the distinct subjects linking to it per
     * property (in SPARQL term order), and a page of each with a label (rdfs:label, else skos:prefLabel).
     */
    private static List<Incoming> incomingPublished(Graph published, Node self, Node group, int page) {
        Map<Node, Set<Node>> byProperty = new TreeMap<>(NodeCmp::compareRDFTerms);
        published.find(Node.ANY, Node.ANY, self).forEachRemaining(t -> {
            if (!NOT_INCOMING.contains(t.getPredicate())) byProperty.computeIfAbsent(t.getPredicate(), p -> new HashSet<>()).add(t.getSubject());
        });
        List<Incoming> out = new ArrayList<>();
        byProperty.forEach((property, subjects) -> {
            long from = (long) (group == null || group.equals(property) ? page : 0) * PAGE_SIZE;
            List<Linked> items = new ArrayList<>();
            subjects.stream().sorted(NodeCmp::compareRDFTerms).skip(from).limit(PAGE_SIZE)
                    .forEach(s -> items.add(new Linked(s, label(published, s))));
            out.add(new Incoming(property, subjects.size(), items));
        });
        return out;
    }

    /** Properties to a resource that incoming links leave out: a statement's subject and object, an annotation's target. */
    private static final Set<Node> NOT_INCOMING = Set.of(RDF.subject.asNode(), RDF.object.asNode(), OA.hasTarget.asNode());

    /** The first rdfs:label, else the first skos:prefLabel, of the resource; null when none. */
    private static String label(Graph g, Node s) {
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            var it = g.find(s, p, Node.ANY);
            try {
                if (it.hasNext()) return it.next().getObject().getLiteralLexicalForm();
            } finally {
                it.close();
            }
        }
        return null;
    }

    /** What a page shows beside the resources the IRI links to (officials' posts, partnerships' partners), not part of its description. */
    public Graph context(String iri) {
        Node self = NodeFactory.createURI(iri);
        return Txn.calculateRead(view, () -> {
            Graph published = view.getDefaultGraph();
            Graph out = GraphFactory.createDefaultGraph();
            Set<Node> seen = new HashSet<>();
            for (Triple t : published.find(self, Node.ANY, Node.ANY).toList()) {
                Node o = t.getObject();
                if (!o.isURI() || !seen.add(o)) continue;
                for (Node type : CONTEXT_TYPES) {
                    if (!published.contains(o, RDF.type.asNode(), type)) continue;
                    out.add(Triple.create(o, RDF.type.asNode(), type));
                    for (Node p : CONTEXT_PROPERTIES)
                        for (Triple c : published.find(o, p, Node.ANY).toList()) {
                            out.add(c);
                            copy(published, c.getObject(), RDFS.label.asNode(), out);
                        }
                }
            }
            return out;
        });
    }

    /** The view this describer reads, for the queries of the document and evidence pages. */
    DatasetGraph view() {
        return view;
    }

    /** The description with the page of incoming links added as triples: what every format of the document holds. */
    public static Graph withIncoming(Graph description, String iri, List<Incoming> incoming) {
        Node self = NodeFactory.createURI(iri);
        for (Incoming in : incoming)
            for (Linked l : in.page()) description.add(Triple.create(l.subject(), in.property(), self));
        return description;
    }

    /** For a council, the memoranda its partners signed on its date (a page view: no published fact links them). */
    public List<Linked> signedThatDay(String iri) {
        List<Linked> items = new ArrayList<>();
        Txn.executeRead(view, () -> {
            if (!view.getDefaultGraph().contains(NodeFactory.createURI(iri), RDF.type.asNode(), DP.Council.asNode())) return;
            try (QueryExec qe = QueryExec.dataset(view).query(query("signed-that-day")).substitution("this", NodeFactory.createURI(iri)).build()) {
                qe.select().forEachRemaining((Binding b) -> items.add(new Linked(b.get("subject"),
                        b.get("label") == null ? null : b.get("label").getLiteralLexicalForm())));
            }
        });
        return items;
    }

    private List<Linked> page(Node self, Node property, int page, String queryName) {
        Query q = query(queryName).cloneQuery();
        q.setLimit(PAGE_SIZE);
        q.setOffset((long) page * PAGE_SIZE);
        List<Linked> items = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(view).query(q).substitution("this", self).substitution("property", property).build()) {
            qe.select().forEachRemaining((Binding b) -> items.add(new Linked(b.get("subject"),
                    b.get("label") == null ? null : b.get("label").getLiteralLexicalForm())));
        }
        return items;
    }

    private static Query query(String name) {
        return QueryFiles.query(name);
    }
}
