package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.publish.web.http.Classpath;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;

/**
 * What the data says about one resource, read with the queries under {@code web/queries/}: its description
 * (triples, labels of neighbours, and up to {@value #EVIDENCE_PER_FACT} evidence records per fact, the others counted)
 * and the resources linking to it, grouped by property and paged. A description stays small however many documents
 * state a fact.
 * Reads the default graph of the given view (the union of the document graphs).
 */
public final class Describer {
    /** How many incoming links of one property a page shows. */
    public static final int PAGE_SIZE = 20;

    /** How many evidence records of one fact a description holds; the rest are counted, and listed by SPARQL. */
    public static final int EVIDENCE_PER_FACT = 3;

    /** A description graph and, per fact of the resource, how many evidence records state it in all. */
    public record Description(Graph graph, Map<Triple, Long> evidenceCounts) {
        /** How many evidence records state the fact (0 when none). */
        public long evidenceCount(Triple fact) { return evidenceCounts.getOrDefault(fact, 0L); }
    }

    /** Resources linking with one property: the total and one page of them. */
    public record Incoming(Node property, long count, List<Linked> page) {}

    /** A linking resource and its label (null when it has none). */
    public record Linked(Node subject, String label) {}

    private static final Var EVIDENCE = Var.alloc("e");
    private static final String FACT_EVIDENCE = Classpath.text("/web/queries/fact-evidence.rq").stripTrailing();

    private final DatasetGraph view;

    /** A describer over a read-only view whose default graph is the union of the document graphs. */
    public Describer(DatasetGraph view) {
        this.view = view;
    }

    /** True if the IRI is a subject or object anywhere in the data. */
    public boolean exists(String iri) {
        return Txn.calculateRead(view, () -> QueryExec.dataset(view).query(query("exists"))
                .substitution("this", NodeFactory.createURI(iri)).ask());
    }

    /** The description of the IRI: its facts, their neighbours' labels, and a bounded choice of each fact's evidence. */
    public Description describe(String iri) {
        Node self = NodeFactory.createURI(iri);
        return Txn.calculateRead(view, () -> {
            Graph graph = QueryExec.dataset(view).query(query("describe")).substitution("this", self).construct();
            Map<Triple, Long> counts = new HashMap<>();
            Map<Triple, TreeSet<String>> chosen = new HashMap<>();
            try (QueryExec qe = QueryExec.dataset(view).query(query("describe-evidence")).substitution("this", self).build()) {
                qe.select().forEachRemaining(b -> {
                    Triple fact = Triple.create(self, b.get("p"), b.get("o"));
                    counts.merge(fact, 1L, Long::sum);
                    TreeSet<String> first = chosen.computeIfAbsent(fact, f -> new TreeSet<>());
                    first.add(b.get("e").getURI());
                    if (first.size() > EVIDENCE_PER_FACT) first.pollLast();
                });
            }
            List<Binding> rows = chosen.values().stream().flatMap(TreeSet::stream)
                    .map(e -> BindingFactory.binding(EVIDENCE, NodeFactory.createURI(e))).toList();
            if (!rows.isEmpty()) {
                Query details = query("describe-evidence-details").cloneQuery();
                ElementGroup chosenFirst = new ElementGroup();
                chosenFirst.addElement(new ElementData(List.of(EVIDENCE), rows));
                chosenFirst.addElement(details.getQueryPattern());
                details.setQueryPattern(chosenFirst);
                QueryExec.dataset(view).query(details).construct().find().forEachRemaining(graph::add);
            }
            return new Description(graph, Map.copyOf(counts));
        });
    }

    /** A SPARQL query listing every evidence record of a fact, with its quote and document. */
    public static String evidenceQuery(Triple fact) {
        return FACT_EVIDENCE + "\nVALUES (?subject ?predicate ?object) { ("
                + NodeFmtLib.strNT(fact.getSubject()) + " " + NodeFmtLib.strNT(fact.getPredicate()) + " "
                + NodeFmtLib.strNT(fact.getObject()) + ") }\n";
    }

    /** The resources linking to the IRI, per property, with the given page (from 0) of each. */
    public List<Incoming> incoming(String iri, int page) {
        Node self = NodeFactory.createURI(iri);
        return Txn.calculateRead(view, () -> {
            List<Incoming> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(view).query(query("incoming-counts")).substitution("this", self).build()) {
                qe.select().forEachRemaining(b -> out.add(new Incoming(b.get("property"),
                        ((Number) b.get("count").getLiteralValue()).longValue(), List.of())));
            }
            List<Incoming> paged = new ArrayList<>();
            for (Incoming in : out) paged.add(new Incoming(in.property(), in.count(), page(self, in.property(), page)));
            return paged;
        });
    }

    private List<Linked> page(Node self, Node property, int page) {
        Query q = query("incoming").cloneQuery();
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
