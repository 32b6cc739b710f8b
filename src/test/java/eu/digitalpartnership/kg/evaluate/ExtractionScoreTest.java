package eu.digitalpartnership.kg.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.digitalpartnership.kg.evaluate.Evaluation.ArticleScore;
import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the extractor on the hand-annotated articles of {@code src/test/resources/corpus}, through the
 * competency queries, with the matching rules of ANNOTATION.md, against a ratchet: the figures recorded in
 * {@code src/test/resources/ratchet/corpus.properties} (mean core F1, each category, each article) may not drop by
 * more than 0.01. Record new figures after an improvement with {@code -Dratchet.record=true}.
 */
class ExtractionScoreTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path RATCHET = Path.of("src/test/resources/ratchet/corpus.properties");
    private static final double TOLERANCE = 0.01;
    private static final Extractor EXTRACTOR = Extractor.create(IriMinter.standard());

    static Stream<GoldCorpus.Case> cases() {
        return GoldCorpus.read(CORPUS).stream();
    }

    static ArticleScore score(GoldCorpus.Case c) {
        ArticleScore s = Evaluation.score(c.name(), PublishedArticle.of(EXTRACTOR, c.document()), c.gold());
        System.out.printf("%s: core F1 %.3f%n", c.name(), s.coreF1());
        s.scores().forEach(x -> System.out.println("    " + x));
        return s;
    }

    @Test
    void seed_scores_at_least_090_f1_in_every_core_category() {
        GoldCorpus.Case seed = cases().filter(c -> c.name().equals("seed")).findFirst().orElseThrow();
        ArticleScore s = score(seed);
        for (String category : Evaluation.CORE)
            assertTrue(s.get(category).f1() >= 0.90, "seed " + s.get(category));
    }

    @Test
    void corpus_scores_hold_the_recorded_ratchet() throws IOException {
        Map<String, Double> now = figures(cases().map(ExtractionScoreTest::score).toList());
        if (Boolean.getBoolean("ratchet.record")) {
            record(now);
            return;
        }
        if (!Files.exists(RATCHET)) fail("No recorded scores at " + RATCHET + ": run once with -Dratchet.record=true");
        Properties recorded = new Properties();
        try (Reader r = Files.newBufferedReader(RATCHET, StandardCharsets.UTF_8)) {
            recorded.load(r);
        }
        List<String> drops = new ArrayList<>();
        for (String key : recorded.stringPropertyNames()) {
            double before = Double.parseDouble(recorded.getProperty(key));
            Double after = now.get(key);
            if (after == null) drops.add(key + " is no longer scored");
            else if (after < before - TOLERANCE) drops.add(String.format(Locale.ROOT, "%s dropped from %.3f to %.3f", key, before, after));
        }
        assertTrue(drops.isEmpty(), "Scores below the ratchet (" + RATCHET + "):\n  " + String.join("\n  ", drops));
        assertTrue(now.get("articles") >= recorded.stringPropertyNames().stream().filter(k -> k.startsWith("article.")).count(),
                "articles were removed from the corpus");
    }

    /** Every hand-annotated article of every folder (development and held-out), whatever its score. */
    static Stream<Named<GoldCorpus.Case>> allArticles() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("src/test/resources"))) {
            return folders.filter(f -> f.getFileName().toString().matches("corpus|batch\\d+|heldout\\d*")).sorted()
                    .flatMap(f -> GoldCorpus.read(f).stream().map(c -> Named.of(f.getFileName() + "/" + c.name(), c))).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allArticles")
    void every_annotated_article_extracts_and_publishes(GoldCorpus.Case c) {
        DatasetGraph published = PublishedArticle.of(EXTRACTOR, c.document());
        assertTrue(Txn.calculateRead(published, () -> !published.getDefaultGraph().isEmpty()), c.name() + " published nothing");
    }

    /** Mean core F1, micro-averaged F1 per category, core F1 per article. */
    private static Map<String, Double> figures(List<ArticleScore> scores) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("mean-core-f1", scores.stream().mapToDouble(ArticleScore::coreF1).average().orElse(0));
        out.put("articles", (double) scores.size());
        Map<String, Score> total = new LinkedHashMap<>();
        for (ArticleScore s : scores) s.scores().forEach(x -> total.merge(x.category(), x, Score::plus));
        total.values().forEach(x -> out.put("category." + x.category(), x.f1()));
        for (ArticleScore s : scores) out.put("article." + s.id(), s.coreF1());
        return out;
    }

    private static void record(Map<String, Double> figures) throws IOException {
        Files.createDirectories(RATCHET.getParent());
        try (Writer w = Files.newBufferedWriter(RATCHET, StandardCharsets.UTF_8)) {
            w.write("# Extraction scores of the development corpus (src/test/resources/corpus), the ratchet of ExtractionScoreTest:\n");
            w.write("# a figure may not drop by more than " + TOLERANCE + ". Record anew after an improvement or a deliberate trade-off:\n");
            w.write("#   mvn test -Dtest=ExtractionScoreTest -Dratchet.record=true\n");
            for (var e : figures.entrySet()) w.write(String.format(Locale.ROOT, "%s=%.3f%n", e.getKey(), e.getValue()));
        }
    }
}
