package eu.digitalpartnership.kg.publish.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * What the data says about one resource, read with the queries under {@code web/queries/}: its description
 * (triples, evidence, labels of neighbours) and the resources linking to it, grouped by property and paged.
 * Reads the default graph of the given view (the union of the document graphs).
 */
public final class Describer {
    /** How many incoming links of one property a page shows. */
    public static final int PAGE_SIZE = 20;

    /** Resources linking with one property: the total and one page of them. */
    public record Incoming(Node property, long count, List<Linked> page) {}

    /** A linking resource and its label (null when it has none). */
    public record Linked(Node subject, String label) {}

    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

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

    /** The description graph of the IRI. */
    public Graph describe(String iri) {
        return Txn.calculateRead(view, () -> QueryExec.dataset(view).query(query("describe"))
                .substitution("this", NodeFactory.createURI(iri)).construct());
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
        return QUERIES.computeIfAbsent(name, n -> QueryFactory.create(resource("/web/queries/" + n + ".rq")));
    }

    static String resource(String path) {
        try (InputStream in = Describer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
