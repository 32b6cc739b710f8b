package eu.digitalpartnership.kg.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.evaluate.Evaluation.ArticleScore;
import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import java.nio.file.Path;
import java.util.List;
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
 * competency queries, with the matching rules of ANNOTATION.md. Prints precision and recall per category.
 */
class ExtractionScoreTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
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

    static Stream<Named<GoldCorpus.Case>> named() {
        return cases().map(c -> Named.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("named")
    void every_corpus_article_scores_at_least_085_core_f1(GoldCorpus.Case c) {
        ArticleScore s = score(c);
        assertTrue(s.coreF1() >= 0.85, c.name() + " core F1 " + s.coreF1());
    }

    @Test
    void development_corpus_mean_core_f1_at_least_085() {
        List<Double> f1 = cases().map(ExtractionScoreTest::score).map(ArticleScore::coreF1).toList();
        double mean = f1.stream().mapToDouble(d -> d).average().orElse(0);
        System.out.printf("Mean core F1 over %d articles: %.3f%n", f1.size(), mean);
        assertTrue(f1.size() >= 9, "the development corpus has at least 9 articles");
        assertTrue(mean >= 0.85, "mean core F1 " + mean);
    }
}
