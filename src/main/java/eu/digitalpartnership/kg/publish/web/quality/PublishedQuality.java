package eu.digitalpartnership.kg.publish.web.quality;

import eu.digitalpartnership.kg.consolidate.Statistics;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.validate.ReportPrinter;
import eu.digitalpartnership.kg.validate.StoredReport;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * The quality of the published data as the last load stored it: the validation report of the published graph
 * (warnings included), the conflicts between documents that the consolidation resolved, and the figures counted at
 * load time (statements with evidence, entities linked to Wikidata). Nothing is validated or counted on request.
 */
public final class PublishedQuality {
    /** The figures the dataset description publishes with the Data Quality Vocabulary. */
    public record Summary(int violations, int warnings, long facts, long factsWithEvidence, long entities, long linkedEntities,
                          long conflicts) {
        public double evidenceShare() { return facts == 0 ? 1 : (double) factsWithEvidence / facts; }

        public double linkShare() { return entities == 0 ? 0 : (double) linkedEntities / entities; }
    }

    /** A resolved conflict between documents, for readers. */
    public record ConflictRow(String conflict, String entity, String label, String property, String text) {}

    private final DatasetGraph view;
    private final Node report;
    private final Statistics statistics;
    private volatile ValidationOutcome outcome;
    private volatile Summary summary;
    private volatile Statistics.Snapshot snapshot;
    private volatile List<ConflictRow> conflicts;
    private volatile List<ReportPrinter.Line> lines;

    public PublishedQuality(DatasetGraph view, IriMinter iris) {
        this.view = view;
        this.report = NodeFactory.createURI(iris.mint("report"));
        this.statistics = Statistics.of(view.getGraph(NodeFactory.createURI(iris.mint("statistics"))),
                NodeFactory.createURI(iris.mint("dataset")), iris.base() + "id/");
    }

    /** The stored validation report of the published graph. */
    public ValidationOutcome outcome() {
        ValidationOutcome o = outcome;
        if (o == null) outcome = o = Txn.calculateRead(view, () -> new ValidationOutcome(StoredReport.read(view.getGraph(report), report)));
        return o;
    }

    /** The stored report graph ({@code {base}validation}) as it is in the store, result IRIs and all. */
    public Graph reportGraph() {
        return Txn.calculateRead(view, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            view.getGraph(report).find().forEachRemaining(copy::add);
            copy.getPrefixMapping().setNsPrefix("sh", SHACL.getURI());
            return copy;
        });
    }

    /** The results for readers, violations first, each quoting the evidence of its focus node from the document graphs. */
    public List<ReportPrinter.Line> lines() {
        List<ReportPrinter.Line> l = lines;
        if (l == null) {
            ValidationOutcome o = outcome();
            lines = l = Txn.calculateRead(view, () -> ReportPrinter.lines(o.report(), view.getUnionGraph(),
                    eu.digitalpartnership.kg.validate.Validator.standard().shapesGraph()));
        }
        return l;
    }

    /** The stored results whose focus node is the IRI. */
    public List<ReportEntry> about(String iri) {
        Node focus = NodeFactory.createURI(iri);
        if (outcome != null) return outcome.report().getEntries().stream().filter(e -> focus.equals(e.focusNode())).toList();
        return Txn.calculateRead(view, () -> view.getGraph(report).contains(Node.ANY, SHACL.focusNode, focus)
                ? outcome().report().getEntries().stream().filter(e -> focus.equals(e.focusNode())).toList() : List.of());
    }

    /** The conflicts between documents that the policy resolved. */
    public List<ConflictRow> conflicts() {
        List<ConflictRow> c = conflicts;
        if (c == null) conflicts = c = Txn.calculateRead(view, () -> {
            List<ConflictRow> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(view).query(QueryFiles.query("conflicts")).build()) {
                qe.select().forEachRemaining(b -> rows.add(new ConflictRow(b.get("conflict").getURI(), b.get("entity").getURI(),
                        b.get("label") == null ? b.get("entity").getURI() : b.get("label").getLiteralLexicalForm(),
                        b.get("property").getURI(), b.get("text").getLiteralLexicalForm())));
            }
            return List.copyOf(rows);
        });
        return c;
    }

    /** The figures, as the last load counted them. */
    public Summary summary() {
        Summary s = summary;
        if (s == null) summary = s = Txn.calculateRead(view, () -> {
            Graph stored = view.getGraph(report);
            Statistics.Snapshot f = statistics();
            long conflictCount = f.classes().getOrDefault(eu.digitalpartnership.kg.model.DP.ValueConflict.getURI(), 0L);
            return new Summary(StoredReport.count(stored, SHACL.Violation), StoredReport.count(stored, SHACL.Warning),
                    f.statements(), f.statementsWithEvidence(), f.linkableEntities(), f.linkedEntities(), conflictCount);
        });
        return s;
    }

    /** The figures kept at load time, read once. */
    public Statistics.Snapshot statistics() {
        Statistics.Snapshot f = snapshot;
        if (f == null) snapshot = f = Txn.calculateRead(view, statistics::read);
        return f;
    }

    static Map<String, Object> row(ConflictRow r, java.util.function.Function<String, String> href) {
        return Map.of("entity", r.label(), "entityHref", href.apply(r.entity()), "property", r.property(), "text", r.text(),
                "href", href.apply(r.conflict()));
    }
}
