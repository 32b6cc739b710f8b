package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.consolidate.Conflict;
import eu.digitalpartnership.kg.consolidate.Consolidation;
import eu.digitalpartnership.kg.consolidate.Consolidator;
import eu.digitalpartnership.kg.consolidate.PropertyIndex;
import eu.digitalpartnership.kg.consolidate.Statistics;
import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.InvalidDataException;
import eu.digitalpartnership.kg.validate.ReportPrinter;
import eu.digitalpartnership.kg.validate.StoredReport;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import eu.digitalpartnership.kg.validate.Validator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The front of the load pipeline, extract → validate → write. Extracts every document into a staging graph and validates it against the shapes, several documents at a time,
 * writing each validated graph (one named graph per document) into a single write transaction that commits only when
 * every document has passed: a failure aborts it and leaves the store as it was. Memory stays flat however many
 * documents there are, and a document whose text and metadata are unchanged since this build stored it (validated by
 * the standard shapes, which are part of the build) is neither extracted nor validated again. The first load into an
 * empty TDB2 store writes the document graphs with TDB2's bulk loader ({@link BulkWrite}) and publishes in one
 * transaction after it; a failure empties the store again.
 * <pre>
 *   Loader loader = Loader.create(IriMinter.standard(), Validator.standard());
 *   DatasetGraph store = Stores.inMemory();
 *   LoadResult result = loader.load(SeedFolder.read(Path.of("seeds")), store);
 *   DatasetGraph published = Stores.publishedView(store);   // what the server and the pages read
 * </pre>
 */
public final class Loader {
    /** What one load did: per document, its graph name, size and validation outcome (warnings included). */
    public record LoadResult(List<Loaded> documents, Published published) {
        /** Total triples written (documents kept unchanged count none). */
        public long triples() { return documents.stream().mapToLong(Loaded::triples).sum(); }

        /** Total warnings across the documents validated by this load. */
        public int warnings() { return documents.stream().filter(d -> d.outcome() != null).mapToInt(d -> d.outcome().warnings().size()).sum(); }

        /** How many documents were already stored unchanged, so neither extracted nor validated again. */
        public long unchanged() { return documents.stream().filter(Loaded::unchanged).count(); }

        /** How many documents replaced a graph the store held (a changed input, or another build's extraction). */
        public long replaced() { return documents.stream().filter(Loaded::replaced).count(); }

        /** True when most of the store was rewritten, leaving as much space behind as it holds: worth compacting. */
        public boolean mostlyRewritten() { return replaced() > 0 && replaced() * 2 >= documents.size(); }
    }

    /**
     * What the load did to the published graph: the entities it rewrote, the conflicts between documents that the
     * policy resolved, and the triples it added and removed.
     */
    public record Published(int rewritten, List<Conflict> conflicts, long added, long removed) {
        static final Published NOTHING = new Published(0, List.of(), 0, 0);
    }

    /** One loaded document and the triples written for it; {@code outcome} is null when it was {@link #unchanged()}. */
    public record Loaded(String documentId, String graph, long triples, ValidationOutcome outcome, boolean replaced) {
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
    private volatile Extractor extractor;
    private final Validator validator;
    private final Consolidator consolidator;
    private Progress progress = Progress.NONE;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Loader(IriMinter iris, Validator validator) {
        this.iris = iris;
        this.validator = validator;
        this.consolidator = Consolidator.create(iris, validator.shapesGraph());
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
        BulkWrite.recover(store, statisticsGraph(), dataset());
        if (!docs.isEmpty() && BulkWrite.applies(store)) return writeBulk(docs, store);
        List<Loaded> loaded = new ArrayList<>(docs.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        // the lexicons load on another core while the stored digests are read and compared: a sync that changes one
        // document of many then pays for them once, in parallel, not after the comparison
        if (removeOthers && !docs.isEmpty()) pool.submit(this::extractor);
        try {
            List<String> digests = digests(docs);
            return Txn.calculateWrite(store, () -> {
                Set<Node> touched = new LinkedHashSet<>();
                PropertyIndex stored = PropertyIndex.of(store, DP.inputDigest.asNode());
                if (removeOthers) removeOthers(docs, stored, store, touched, statistics(store));
                stageAll(docs, pool, i -> digests.get(i) != null
                        && stored.holds(graphName(docs.get(i)), NodeFactory.createLiteralString(digests.get(i))),
                        s -> loaded.add(store(s, store, touched, statistics(store))));
                return new LoadResult(loaded, touched.isEmpty() ? Published.NOTHING : publish(store, touched));
            });
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The first load into an empty TDB2 store: the validated document graphs go to TDB2's bulk loader as they come, and
     * then one transaction consolidates, gates and publishes them. A failure at any point empties the store again.
     */
    private LoadResult writeBulk(List<SourceDocument> docs, DatasetGraph store) {
        List<Loaded> loaded = new ArrayList<>(docs.size());
        List<Figures> figures = new ArrayList<>(docs.size());
        Set<Node> touched = new LinkedHashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        BulkWrite bulk = BulkWrite.start(store, statisticsGraph(), dataset());
        try {
            stageAll(docs, pool, i -> false, s -> {
                touched.addAll(Consolidator.touched(Graph.emptyGraph, s.graph()));
                bulk.add(s.name(), s.graph());
                figures.add(Figures.of(s));
                loaded.add(new Loaded(s.id(), s.name().getURI(), s.graph().size(), s.outcome(), false));
            });
            bulk.finish();
            return Txn.calculateWrite(store, () -> {
                Statistics statistics = statistics(store);
                figures.forEach(f -> statistics.document(f.graph(), f.triples(), f.evidenceRecords(), f.facts()));
                bulk.unmark();
                return new LoadResult(loaded, publish(store, touched));
            });
        } catch (RuntimeException | Error e) {
            bulk.abandon(e);
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Extracts and validates the documents on the pool, a few ahead of the caller, and hands each to the sink in the
     * documents' order; a document for which {@code unchanged} holds is handed on without its graph.
     */
    private void stageAll(List<SourceDocument> docs, ExecutorService pool, IntPredicate unchanged,
                          Consumer<Staged> sink) {
        Deque<Future<Staged>> pending = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        while (next < docs.size() || !pending.isEmpty()) {
            while (next < docs.size() && pending.size() < 2 * threads) {
                SourceDocument doc = docs.get(next);
                pending.add(unchanged.test(next)
                        ? CompletableFuture.completedFuture(new Staged(doc.id(), graphName(doc), null, null))
                        : pool.submit(() -> stage(doc)));
                next++;
            }
            sink.accept(await(pending.poll()));
            progress.done(++done, docs.size());
        }
    }

    /** What the statistics graph records of one document graph. */
    private record Figures(Node graph, long triples, long evidenceRecords, long facts) {
        static Figures of(Staged s) {
            return new Figures(s.name(), s.graph().size(), count(s.graph(), RDF.type.asNode(), DP.Evidence.asNode()),
                    count(s.graph(), RDF.subject.asNode(), Node.ANY));
        }

        private static long count(Graph g, Node p, Node o) {
            return g.stream(Node.ANY, p, o).count();
        }
    }

    private static Loaded store(Staged s, DatasetGraph store, Set<Node> touched, Statistics statistics) {
        if (s.graph() == null) return new Loaded(s.id(), s.name().getURI(), 0, null, false);
        Graph before = store.getGraph(s.name());
        boolean replaced = !before.isEmpty();
        touched.addAll(Consolidator.touched(before, s.graph()));
        store.removeGraph(s.name());
        s.graph().find().forEachRemaining(t -> store.add(s.name(), t.getSubject(), t.getPredicate(), t.getObject()));
        Figures f = Figures.of(s);
        statistics.document(f.graph(), f.triples(), f.evidenceRecords(), f.facts());
        return new Loaded(s.id(), s.name().getURI(), s.graph().size(), s.outcome(), replaced);
    }

    /**
     * Brings the published graph in step with the document graphs for the touched entities, validates what changed
     * and stores its results in the report graph; refuses (and so aborts the transaction) when documents disagree in
     * a way the policy cannot resolve or the published graph would break a shape.
     */
    private Published publish(DatasetGraph store, Set<Node> touched) {
        Consolidation c = consolidator.update(store, touched);
        if (!c.publishable()) {
            StringBuilder report = new StringBuilder();
            for (Conflict u : c.unresolved()) report.append(ConflictReport.line(u, store)).append('\n');
            throw new PublishRejectedException(c.unresolved().size() + " conflict" + (c.unresolved().size() == 1 ? "" : "s")
                    + " between documents that no rule of the consolidation policy resolves; nothing was published",
                    report.toString(), c.unresolved(), null, store.getUnionGraph());
        }
        Graph published = store.getDefaultGraph();
        Node reportName = NodeFactory.createURI(iris.mint("report"));
        Graph stored = store.getGraph(reportName);
        boolean whole = c.delta().added().size() * 2L > published.size() || !stored.contains(reportName, RDF.type.asNode(), Node.ANY);
        Set<Node> focus = whole ? Set.of() : focusNodes(c, published);
        ValidationReport report = whole ? validator.validate(published) : validator.validate(published, focus);
        ValidationOutcome outcome = new ValidationOutcome(report);
        if (!outcome.passes())
            throw new PublishRejectedException("The published graph would break the shapes: " + outcome.violations().size()
                    + " violations; nothing was published", ReportPrinter.print(report, store.getUnionGraph()),
                    List.of(), outcome, store.getUnionGraph());
        if (whole) StoredReport.replaceAll(stored, reportName, report);
        else StoredReport.replace(stored, reportName, focus, report);
        statistics(store).update(published, c.delta());
        return new Published(c.rewritten().size(), c.resolved(), c.delta().added().size(), c.delta().removed().size());
    }

    /** Every node whose published description changed, and whatever links to a node that lost a type. */
    private static Set<Node> focusNodes(Consolidation c, Graph published) {
        Set<Node> focus = new LinkedHashSet<>(c.rewritten());
        for (Triple t : c.delta().added()) focus.add(t.getSubject());
        for (Triple t : c.delta().removed()) {
            focus.add(t.getSubject());
            if (t.getPredicate().equals(RDF.type.asNode()))
                published.find(Node.ANY, Node.ANY, t.getSubject()).forEachRemaining(r -> focus.add(r.getSubject()));
        }
        return focus;
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

    /** The figures of the published graph and of the document graphs, kept in the statistics graph. */
    private Statistics statistics(DatasetGraph store) {
        return Statistics.of(store.getGraph(statisticsGraph()), dataset(), iris.base() + "id/");
    }

    private Node statisticsGraph() {
        return NodeFactory.createURI(iris.mint("statistics"));
    }

    private Node dataset() {
        return NodeFactory.createURI(iris.mint("dataset"));
    }

    /** Removes the stored document graphs (every one records its input digest) of documents no longer given. */
    private void removeOthers(List<SourceDocument> docs, PropertyIndex stored, DatasetGraph store, Set<Node> touched,
                              Statistics statistics) {
        Set<Node> keep = new HashSet<>();
        docs.forEach(d -> keep.add(graphName(d)));
        String prefix = iris.namespace("graph");
        List<Node> stale = new ArrayList<>();
        for (Node g : stored.graphsExcept(keep))
            if (g.isURI() && g.getURI().startsWith(prefix) && !keep.contains(g)) stale.add(g);
        for (Node g : stale) {
            touched.addAll(Consolidator.entities(store.getGraph(g)));
            store.removeGraph(g);
            statistics.document(g, 0, 0, 0);
        }
    }

    /**
     * The input digest of each document ({@code dp:inputDigest}), computed in parallel; all null when the validator is
     * not the standard one, whose shapes are part of the build, so that nothing is taken as unchanged.
     */
    private List<String> digests(List<SourceDocument> docs) {
        if (validator != Validator.standard()) return java.util.Collections.nCopies(docs.size(), null);
        return docs.parallelStream().map(Extractor::inputDigest).toList();
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

    /** The extractor, made on first use (a sync starts making it at once, in the background). */
    private Extractor extractor() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (this) {
                if (extractor == null) extractor = Extractor.create(iris);
                e = extractor;
            }
        }
        return e;
    }

    private Staged stage(SourceDocument doc) {
        Graph g = requireFacts(doc, extractor().extract(doc));
        try {
            ValidationOutcome outcome = validator.check(g);
            return new Staged(doc.id(), graphName(doc), g, outcome);
        } catch (InvalidDataException e) {
            throw new DocumentRejectedException(doc.id(), g, e);
        }
    }
}
