package eu.digitalpartnership.kg.publish.web.quality;

import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.validate.ReportPrinter;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import eu.digitalpartnership.kg.validate.Validator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The quality of the published data, computed once per load: its SHACL validation report (warnings included) over
 * the union of the graphs, the share of extracted facts with evidence, and the share of entities linked to Wikidata.
 */
public final class PublishedQuality {
    /** The figures the dataset description publishes with the Data Quality Vocabulary. */
    public record Summary(int violations, int warnings, long facts, long factsWithEvidence, long entities, long linkedEntities) {
        public double evidenceShare() { return facts == 0 ? 1 : (double) factsWithEvidence / facts; }

        public double linkShare() { return entities == 0 ? 0 : (double) linkedEntities / entities; }
    }

    private final DatasetGraph view;
    private final String graphNamespace;
    private volatile ValidationOutcome outcome;
    private volatile Summary summary;
    private final Map<Node, List<ReportEntry>> byNode = new ConcurrentHashMap<>();
    private static final int NODES_REMEMBERED = 50_000;

    public PublishedQuality(DatasetGraph view, String graphNamespace) {
        this.view = view;
        this.graphNamespace = graphNamespace;
    }

    /** The validation of everything published, against the standard shapes profile, read in place (never copied). */
    synchronized ValidationOutcome outcome() {
        if (outcome == null) outcome = Txn.calculateRead(view, () -> Validator.standard().assess(view.getDefaultGraph()));
        return outcome;
    }

    /** The report printed for readers, quoting the evidence of each result from the published data. */
    String printed() {
        ValidationOutcome o = outcome();
        return Txn.calculateRead(view, () -> ReportPrinter.print(o.report(), view.getDefaultGraph()));
    }

    /**
     * The results whose focus node is the IRI: taken from the whole report once it exists, otherwise from validating
     * that node alone against the published union (so a page never waits for the whole store to be validated).
     */
    public List<ReportEntry> about(String iri) {
        Node focus = NodeFactory.createURI(iri);
        ValidationOutcome whole = outcome;
        if (whole != null) return whole.report().getEntries().stream().filter(e -> focus.equals(e.focusNode())).toList();
        if (byNode.size() > NODES_REMEMBERED) byNode.clear();
        return byNode.computeIfAbsent(focus, n -> Txn.calculateRead(view,
                () -> List.copyOf(Validator.standard().validate(view.getDefaultGraph(), n).getEntries())));
    }

    /** The figures, computed once. */
    public synchronized Summary summary() {
        if (summary == null) {
            ValidationOutcome o = outcome();
            long[] evidence = Txn.calculateRead(view, () -> {
                try (QueryExec qe = QueryExec.dataset(view).query(QueryFiles.query("quality-evidence"))
                        .substitution("graphs", NodeFactory.createLiteralString(graphNamespace)).build()) {
                    var b = qe.select().next();
                    return new long[] {number(b.get("facts")), number(b.get("withEvidence"))};
                }
            });
            long[] links = Txn.calculateRead(view, () -> {
                try (QueryExec qe = QueryExec.dataset(view).query(QueryFiles.query("quality-links")).build()) {
                    var b = qe.select().next();
                    return new long[] {number(b.get("entities")), number(b.get("linkedEntities"))};
                }
            });
            summary = new Summary(o.violations().size(), o.warnings().size(), evidence[0], evidence[1], links[0], links[1]);
        }
        return summary;
    }

    private static long number(Node n) {
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
