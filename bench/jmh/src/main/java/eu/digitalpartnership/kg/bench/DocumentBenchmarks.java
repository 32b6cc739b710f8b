package eu.digitalpartnership.kg.bench;

import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Slugs;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-document CPU work of a load, one document per operation, single-threaded: ops/s = documents/s on one core.
 * Each operation takes the next document of a fixed, deterministic set in turn (reading the files is not measured).
 * <ul>
 *   <li>{@code extract}: {@link Extractor#extract} of one document;</li>
 *   <li>{@code validate}: {@code Validator.standard().check(graph)} of a graph extracted in the set-up;</li>
 *   <li>{@code extractAndValidate}: both, what the loader does for each document before it writes.</li>
 * </ul>
 * Document sets ({@code -p corpus=...}):
 * <ul>
 *   <li>{@code dev}: the development corpus, {@code src/test/resources/corpus/}{@code *}{@code /input.txt} with their
 *       {@code meta.json} (22 hand-written articles in 21 styles, the seed among them): the most realistic sample;</li>
 *   <li>{@code generated}: the seed {@code seeds/eu-japan-dpc-2024-04-30.txt} and the articles of
 *       {@code bench/GenerateCorpus.java} (50 by default, system property {@code dpkg.generated.count}), made in the
 *       set-up, or read from the folder named by system property {@code dpkg.generated};</li>
 *   <li>any other value: a folder of {@code *.txt} documents read as the loader reads seeds.</li>
 * </ul>
 * Warm-up is 5 x 10 s: validation (SHACL with SPARQL constraints) reaches its steady speed only after some 30 s of
 * JIT compilation; with 3 x 5 s it was still speeding up through the measurement. Override with {@code -wi -w -i -r}.
 * Files are found under the repository root, system property {@code dpkg.root}, else the first folder upwards from
 * the working directory that has {@code seeds/} and {@code bench/GenerateCorpus.java}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
@State(Scope.Thread)
public class DocumentBenchmarks {
    static final String SEED = "seeds/eu-japan-dpc-2024-04-30.txt";

    @Param({"dev", "generated"})
    public String corpus;

    private Extractor extractor;
    private Validator validator;
    private SourceDocument[] docs;
    private Graph[] graphs;
    private int next;
    private Path tempDir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path root = root();
        List<SourceDocument> list = switch (corpus) {
            case "dev" -> devCorpus(root);
            case "generated" -> generated(root);
            default -> SeedFolder.read(Path.of(corpus));
        };
        extractor = Extractor.create(IriMinter.standard());
        validator = Validator.standard();
        docs = list.toArray(SourceDocument[]::new);
        graphs = new Graph[docs.length];
        long triples = 0;
        // Extract and validate everything once: the set must be valid, as the loader would require.
        for (int i = 0; i < docs.length; i++) {
            graphs[i] = extractor.extract(docs[i]);
            requirePartner(docs[i], graphs[i]);
            validator.check(graphs[i]);
            triples += graphs[i].size();
        }
        System.out.printf("%n# corpus %s: %d documents, %d triples (%.0f per document)%n", corpus, docs.length, triples,
                (double) triples / docs.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (tempDir != null) deleteTree(tempDir);
    }

    private SourceDocument nextDoc() {
        SourceDocument d = docs[next];
        if (++next == docs.length) next = 0;
        return d;
    }

    private Graph nextGraph() {
        Graph g = graphs[next];
        if (++next == graphs.length) next = 0;
        return g;
    }

    @Benchmark
    public Graph extract() {
        return extractor.extract(nextDoc());
    }

    @Benchmark
    public ValidationOutcome validate() {
        return validator.check(nextGraph());
    }

    @Benchmark
    public ValidationOutcome extractAndValidate() {
        SourceDocument doc = nextDoc();
        return validator.check(requirePartner(doc, extractor.extract(doc)));
    }

    /** The loader's check that a document has facts (Loader.requireFacts), kept here so the benchmark does not depend on its signature. */
    private static Graph requirePartner(SourceDocument doc, Graph g) {
        if (!g.contains(Node.ANY, RDF.type.asNode(), DP.Partner.asNode()))
            throw new IllegalStateException("No partner extracted from " + doc.id());
        return g;
    }

    private static List<SourceDocument> devCorpus(Path root) throws IOException {
        Path dir = root.resolve("src/test/resources/corpus");
        List<SourceDocument> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path c : s.filter(p -> Files.isRegularFile(p.resolve("input.txt"))).sorted().toList())
                out.add(SeedFolder.document(c.resolve("input.txt"), c.resolve("meta.json"), Slugs.slug(c.getFileName().toString())));
        }
        if (out.isEmpty()) throw new IllegalStateException("No */input.txt under " + dir);
        return out;
    }

    private List<SourceDocument> generated(Path root) throws IOException, InterruptedException {
        List<SourceDocument> out = new ArrayList<>();
        out.add(SeedFolder.document(root.resolve(SEED)));
        String given = System.getProperty("dpkg.generated");
        Path dir;
        if (given != null && !given.isBlank()) {
            dir = Path.of(given);
        } else {
            int n = Integer.getInteger("dpkg.generated.count", 50);
            tempDir = Files.createTempDirectory("dpkg-jmh-corpus");
            dir = tempDir;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, root.resolve("bench/GenerateCorpus.java").toString(), Integer.toString(n), dir.toString())
                    .inheritIO().start();
            if (p.waitFor() != 0) throw new IllegalStateException("bench/GenerateCorpus.java failed: exit " + p.exitValue());
        }
        out.addAll(SeedFolder.read(dir));
        return out;
    }

    private static Path root() {
        String given = System.getProperty("dpkg.root");
        if (given != null && !given.isBlank()) return Path.of(given).toAbsolutePath();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("bench/GenerateCorpus.java"))) return p;
        throw new IllegalStateException("Repository root not found: run from inside it or set -Ddpkg.root=DIR");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
