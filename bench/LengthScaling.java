import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;

/**
 * How extraction and validation time grow with a document's length (not a unit test; run by bench/length.sh).
 * For each kind of text, documents of 1/8, 1/4, 1/2 and 1 MB (characters) are extracted and validated; each time is
 * the best of REPEAT runs after one warm-up run of every document. Prints per kind and size the seconds, and
 *   RESULT length.<kind>.extract.1mb <s> s
 *   RESULT length.<kind>.extract.growth <t(1 MB) / t(1/8 MB)> x (linear: 8)
 * and the same for validate. Kinds:
 *   articles  the development articles (src/test/resources/corpus, batch*), one after another: real prose
 *   seed      the seed article repeated
 *   soup      "The EU and Korea signed a Memorandum of Cooperation on " repeated: one sentence of instruments
 *   titles    roles, dates and ordinal councils repeated, with no full stop
 * Usage: java -cp target/digital-partnership-kg.jar bench/LengthScaling.java [REPEAT]
 */
public class LengthScaling {
    static final int MB = 1_000_000;
    static final int[] SIZES = {MB / 8, MB / 4, MB / 2, MB};

    public static void main(String[] args) throws Exception {
        int repeat = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("articles", articles());
        kinds.put("seed", Files.readString(Path.of("seeds/eu-japan-dpc-2024-04-30.txt")));
        kinds.put("soup", "The EU and Korea signed a Memorandum of Cooperation on ");
        kinds.put("titles", "Minister Commissioner Director-General of the Ministry of 30 April 2024, April 30, 2024-04-30, "
                + "30/04/2024, the second Digital Partnership Council, ");
        Extractor extractor = Extractor.create(IriMinter.standard());
        Validator validator = Validator.standard();
        for (var kind : kinds.entrySet()) {
            double[][] times = new double[SIZES.length][2];
            for (int round = 0; round <= repeat; round++) {
                for (int i = 0; i < SIZES.length; i++) {
                    SourceDocument doc = new SourceDocument("length-" + kind.getKey(), cut(kind.getValue(), SIZES[i]), null,
                            null, LocalDate.of(2024, 5, 1), "en");
                    long t0 = System.nanoTime();
                    Graph g = extractor.extract(doc);
                    long t1 = System.nanoTime();
                    validator.validate(g);
                    long t2 = System.nanoTime();
                    if (round == 0) continue;
                    double e = (t1 - t0) / 1e9, v = (t2 - t1) / 1e9;
                    times[i][0] = round == 1 ? e : Math.min(times[i][0], e);
                    times[i][1] = round == 1 ? v : Math.min(times[i][1], v);
                }
            }
            for (int i = 0; i < SIZES.length; i++)
                System.out.printf("%-9s %,9d chars  extract %6.2f s  validate %6.2f s%n", kind.getKey(), SIZES[i], times[i][0], times[i][1]);
            int last = SIZES.length - 1;
            String[] stage = {"extract", "validate"};
            for (int s = 0; s < 2; s++) {
                System.out.printf("RESULT length.%s.%s.1mb %.2f s%n", kind.getKey(), stage[s], times[last][s]);
                System.out.printf("RESULT length.%s.%s.growth %.1f x (linear: %d)%n", kind.getKey(), stage[s],
                        times[last][s] / times[0][s], SIZES[last] / SIZES[0]);
            }
        }
    }

    static String articles() throws Exception {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            s.filter(p -> p.getFileName().toString().equals("input.txt"))
                    .filter(p -> p.toString().contains("/corpus/") || p.toString().contains("/batch")).sorted().forEach(inputs::add);
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : inputs) sb.append(Files.readString(p)).append("\n\n");
        return sb.toString();
    }

    static String cut(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
