package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.InvalidDataException;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import eu.digitalpartnership.kg.validate.Validator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The front of the load pipeline, extract → validate → write. Extracts every document into a staging graph and validates it against the shapes, several documents at a time,
 * writing each validated graph (one named graph per document) into a single write transaction that commits only when
 * every document has passed: a failure aborts it and leaves the store as it was. Memory stays flat however many
 * documents there are, and a document whose text and metadata are unchanged since this build stored it (validated by
 * the standard shapes, which are part of the build) is neither extracted nor validated again.
 * <pre>
 *   Loader loader = Loader.create(IriMinter.standard(), Validator.standard());
 *   DatasetGraph store = Stores.inMemory();
 *   LoadResult result = loader.load(SeedFolder.read(Path.of("seeds")), store);
 *   DatasetGraph published = Stores.unionView(store);   // what the server and the pages read
 * </pre>
 */
public final class Loader {
    /** What one load did: per document, its graph name, size and validation outcome (warnings included). */
    public record LoadResult(List<Loaded> documents) {
        /** Total triples written (documents kept unchanged count none). */
        public long triples() { return documents.stream().mapToLong(Loaded::triples).sum(); }

        /** Total warnings across the documents validated by this load. */
        public int warnings() { return documents.stream().filter(d -> d.outcome() != null).mapToInt(d -> d.outcome().warnings().size()).sum(); }

        /** How many documents were already stored unchanged, so neither extracted nor validated again. */
        public long unchanged() { return documents.stream().filter(Loaded::unchanged).count(); }
    }

    /** One loaded document and the triples written for it; {@code outcome} is null when it was {@link #unchanged()}. */
    public record Loaded(String documentId, String graph, long triples, ValidationOutcome outcome) {
        /** True when the stored graph already came from the same input and build, so it was kept as it was. */
        public boolean unchanged() { return outcome == null; }
    }

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
    private int threads = Runtime.getRuntime().availableProcessors();

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
     * Extracts, validates and writes the documents' graphs (replacing earlier ones) in one transaction.
     * Throws {@link InputException} for a document with no recognisable facts and
     * {@link DocumentRejectedException} for one that breaks the shapes; in both cases the store is untouched.
     */
    public LoadResult load(List<SourceDocument> docs, DatasetGraph store) {
        return write(docs, store, false);
    }

    /**
     * Makes the store hold exactly these documents: adds new ones, replaces changed ones, keeps unchanged ones, and
     * removes the graphs of documents no longer given (with every fact that only they stated), all in one transaction.
     */
    public LoadResult sync(List<SourceDocument> docs, DatasetGraph store) {
        return write(docs, store, true);
    }

    /** Extracts and validates with this many documents at a time (default: one per processor). */
    public Loader parallelism(int documentsAtATime) {
        if (documentsAtATime < 1) throw new IllegalArgumentException("parallelism must be at least 1");
        this.threads = documentsAtATime;
        return this;
    }

    private LoadResult write(List<SourceDocument> docs, DatasetGraph store, boolean removeOthers) {
        requireDistinctIds(docs);
        List<Loaded> loaded = new ArrayList<>(docs.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        try {
            return Txn.calculateWrite(store, () -> {
                boolean removed = removeOthers && removeOthers(docs, store);
                Deque<Future<Staged>> pending = new ArrayDeque<>();
                int next = 0;
                while (next < docs.size() || !pending.isEmpty()) {
                    while (next < docs.size() && pending.size() < 2 * threads) {
                        SourceDocument doc = docs.get(next++);
                        Node name = graphName(doc);
                        pending.add(unchanged(doc, name, store)
                                ? CompletableFuture.completedFuture(new Staged(doc.id(), name, null, null))
                                : pool.submit(() -> stage(doc)));
                    }
                    loaded.add(store(await(pending.poll()), store));
                    progress.done(loaded.size(), docs.size());
                }
                if (removed || loaded.stream().anyMatch(l -> !l.unchanged())) derive(store);
                return new LoadResult(loaded);
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private static Loaded store(Staged s, DatasetGraph store) {
        if (s.graph() == null) return new Loaded(s.id(), s.name().getURI(), 0, null);
        store.removeGraph(s.name());
        s.graph().find().forEachRemaining(t -> store.add(s.name(), t.getSubject(), t.getPredicate(), t.getObject()));
        return new Loaded(s.id(), s.name().getURI(), s.graph().size(), s.outcome());
    }

    private static Staged await(Future<Staged> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Load interrupted", e);
        }
    }

    private boolean removeOthers(List<SourceDocument> docs, DatasetGraph store) {
        Set<Node> keep = new HashSet<>();
        docs.forEach(d -> keep.add(graphName(d)));
        String prefix = iris.namespace("graph");
        List<Node> stale = new ArrayList<>();
        store.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(prefix) && !keep.contains(g)) stale.add(g);
        });
        stale.forEach(store::removeGraph);
        return !stale.isEmpty();
    }

    /** True when the stored graph records this document's metadata, text digest (dp:sha256) and build. */
    private boolean unchanged(SourceDocument doc, Node name, DatasetGraph store) {
        if (validator != Validator.standard()) return false;
        Graph expected = extractor.provenance(doc);
        Graph stored = store.getGraph(name);
        Node text = DP.text.asNode();
        if (expected.find().filterDrop(t -> t.getPredicate().equals(text) || stored.contains(t)).hasNext()) return false;
        Node document = NodeFactory.createURI(iris.mint("document", "doc", doc.id()));
        return stored.find(document, Node.ANY, Node.ANY).toList().size() == expected.find(document, Node.ANY, Node.ANY).toList().size();
    }

    private static void requireDistinctIds(List<SourceDocument> docs) {
        Set<String> seen = new HashSet<>();
        for (SourceDocument d : docs)
            if (!seen.add(d.id())) throw new InputException("Two documents have the same id '" + d.id() + "'");
    }

    private Node graphName(SourceDocument doc) {
        return NodeFactory.createURI(iris.mint("graph", "doc", doc.id()));
    }

    private static ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "dpkg-extract");
            t.setDaemon(true);
            return t;
        };
    }

    private void derive(DatasetGraph store) {
        Node name = NodeFactory.createURI(iris.mint("derived-graph"));
        store.removeGraph(name);
        Graph derived = CouncilOrder.derive(store.getUnionGraph());
        if (!derived.isEmpty()) store.addGraph(name, derived);
    }

    /** Reports progress to the listener while documents are extracted and validated. */
    public Loader reporting(Progress listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
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
            return new Staged(doc.id(), graphName(doc), g, outcome);
        } catch (InvalidDataException e) {
            throw new DocumentRejectedException(doc.id(), g, e);
        }
    }
}
