package eu.digitalpartnership.kg.publish;

import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.InvalidDataException;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import eu.digitalpartnership.kg.validate.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Extracts every document into a staging graph, validates each against the shapes, and only when all pass
 * writes them, one named graph per document, in a single write transaction. Nothing is written otherwise.
 * <pre>
 *   Loader loader = Loader.create(IriMinter.standard(), Validator.standard());
 *   DatasetGraph store = Stores.inMemory();
 *   LoadResult result = loader.load(SeedFolder.read(Path.of("seeds")), store);
 * </pre>
 */
public final class Loader {
    /** What one load did: per document, its graph name, size and validation outcome (warnings included). */
    public record LoadResult(List<Loaded> documents) {
        /** Total triples written. */
        public long triples() { return documents.stream().mapToLong(Loaded::triples).sum(); }

        /** Total warnings across documents. */
        public int warnings() { return documents.stream().mapToInt(d -> d.outcome().warnings().size()).sum(); }
    }

    /** One loaded document. */
    public record Loaded(String documentId, String graph, long triples, ValidationOutcome outcome) {}

    /** Told after each document is extracted and validated: how many are done out of how many. */
    public interface Progress {
        /** One more document done. */
        void done(int documents, int total);

        /** No reporting. */
        Progress NONE = (d, t) -> {};
    }

    private final IriMinter iris;
    private final Extractor extractor;
    private final Validator validator;
    private Progress progress = Progress.NONE;

    private Loader(IriMinter iris, Validator validator) {
        this.iris = iris;
        this.extractor = Extractor.create(iris);
        this.validator = validator;
    }

    /** A loader minting under the given base and validating with the given shapes. */
    public static Loader create(IriMinter iris, Validator validator) {
        return new Loader(Objects.requireNonNull(iris, "iris"), Objects.requireNonNull(validator, "validator"));
    }

    /**
     * Extracts and validates all documents, then replaces their graphs in the store in one transaction.
     * Throws {@link InputException} for a document with no recognisable facts and
     * {@link DocumentRejectedException} for one that breaks the shapes; in both cases the store is untouched.
     */
    public LoadResult load(List<SourceDocument> docs, DatasetGraph store) {
        return write(docs, store, false);
    }

    /**
     * Makes the store hold exactly these documents: adds new ones, replaces changed ones, and removes the graphs of
     * documents no longer given (with every fact that only they stated), all in one transaction.
     */
    public LoadResult sync(List<SourceDocument> docs, DatasetGraph store) {
        return write(docs, store, true);
    }

    private LoadResult write(List<SourceDocument> docs, DatasetGraph store, boolean removeOthers) {
        List<Staged> staged = new ArrayList<>();
        for (SourceDocument doc : docs) {
            staged.add(stage(doc));
            progress.done(staged.size(), docs.size());
        }
        java.util.Set<Node> keep = new java.util.HashSet<>();
        staged.forEach(s -> keep.add(s.name()));
        String prefix = iris.namespace("graph");
        Txn.executeWrite(store, () -> {
            if (removeOthers) {
                List<Node> stale = new ArrayList<>();
                store.listGraphNodes().forEachRemaining(g -> {
                    if (g.isURI() && g.getURI().startsWith(prefix) && !keep.contains(g)) stale.add(g);
                });
                stale.forEach(store::removeGraph);
            }
            for (Staged s : staged) {
                store.removeGraph(s.name());
                store.addGraph(s.name(), s.graph());
            }
            derive(store);
        });
        return new LoadResult(staged.stream()
                .map(s -> new Loaded(s.id(), s.name().getURI(), s.graph().size(), s.outcome())).toList());
    }

    private void derive(DatasetGraph store) {
        Node name = NodeFactory.createURI(iris.mint("derived-graph"));
        store.removeGraph(name);
        Graph derived = CouncilOrder.derive(store.getUnionGraph());
        if (!derived.isEmpty()) store.addGraph(name, derived);
    }

    /** Reports progress to the listener while documents are extracted and validated. */
    public Loader reporting(Progress listener) {
        this.progress = java.util.Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Extracts and validates one document without writing it anywhere. */
    public Graph extractValidated(SourceDocument doc) {
        return stage(doc).graph();
    }

    private record Staged(String id, Node name, Graph graph, ValidationOutcome outcome) {}

    /** The graph, or an {@link InputException} when it holds no partner: the document is not about a partnership. */
    public static Graph requireFacts(SourceDocument doc, Graph g) {
        if (!g.contains(Node.ANY, RDF.type.asNode(), DP.Partner.asNode()))
            throw new InputException("No recognisable facts (no partner of a digital partnership) in document '" + doc.id() + "'");
        return g;
    }

    private Staged stage(SourceDocument doc) {
        Graph g = requireFacts(doc, extractor.extract(doc));
        try {
            ValidationOutcome outcome = validator.check(g);
            return new Staged(doc.id(), NodeFactory.createURI(iris.mint("graph", "doc", doc.id())), g, outcome);
        } catch (InvalidDataException e) {
            throw new DocumentRejectedException(doc.id(), g, e);
        }
    }
}
