package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.evaluate.Evaluation;
import eu.digitalpartnership.kg.evaluate.PublishedArticle;
import eu.digitalpartnership.kg.evaluate.Evaluation.ArticleScore;
import eu.digitalpartnership.kg.evaluate.GoldCorpus;
import eu.digitalpartnership.kg.evaluate.Score;
import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores the extractor against hand-annotated articles: precision, recall and F1 per category and article. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Extract each CASE/input.txt of a gold folder and score it against CASE/gold.json through the queries/ contract.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of case folders (input.txt, gold.json, optional meta.json).")
    Path gold;

    @Option(names = "--verbose", description = "Print every category of every article, and what each missed or added, not only the core F1 (and, on an internal error, the stack trace).")
    boolean verbose;

    @Override public Integer call() {
        var out = spec.commandLine().getOut();
        Extractor extractor = Extractor.create(IriMinter.standard());
        Map<String, Score> total = new LinkedHashMap<>();
        Map<String, Evaluation.RuleScore> rules = new java.util.TreeMap<>();
        List<Double> core = new ArrayList<>();
        for (GoldCorpus.Case c : GoldCorpus.read(gold)) {
            ArticleScore s = Evaluation.score(c.name(), PublishedArticle.of(extractor, c.document()), c.gold());
            core.add(s.coreF1());
            out.printf("%-48s core F1 %.3f%n", c.name(), s.coreF1());
            for (Score x : s.scores()) {
                total.merge(x.category(), x, Score::plus);
                if (verbose) out.println("    " + x);
            }
            if (verbose) s.differences().forEach(d -> out.println("      " + d));
            s.rules().forEach(r -> rules.merge(r.rule(), r, Evaluation.RuleScore::plus));
        }
        out.println("Overall (micro-averaged over articles):");
        total.values().forEach(x -> out.println("    " + x));
        out.println("Precision per rule (items of every category a rule's evidence supports):");
        rules.values().forEach(r -> out.println("    " + r));
        out.printf("Mean core F1 over %d articles: %.3f%n", core.size(), core.stream().mapToDouble(d -> d).average().orElse(0));
        return Main.OK;
    }
}
