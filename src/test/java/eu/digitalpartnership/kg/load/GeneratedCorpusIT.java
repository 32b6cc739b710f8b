package eu.digitalpartnership.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus generator (bench/GenerateCorpus.java) is deterministic and its articles load and validate. */
class GeneratedCorpusIT {
    @TempDir Path tmp;

    @Test
    void same_seed_same_articles_and_every_article_loads() throws Exception {
        Path a = generate(tmp.resolve("a"), 12, 3);
        Path b = generate(tmp.resolve("b"), 12, 3);
        List<Path> files = list(a);
        assertEquals(12, files.stream().filter(f -> f.toString().endsWith(".txt")).count());
        for (Path f : files) assertEquals(Files.readString(f), Files.readString(b.resolve(f.getFileName())), "same bytes: " + f);
        DatasetGraph store = Stores.inMemory();
        Loader.LoadResult r = Loader.create(IriMinter.standard(), Validator.standard()).load(SeedFolder.read(a), store);
        assertEquals(12, r.documents().size());
        long councils = Txn.calculateRead(store, () -> store.getUnionGraph().find(null,
                org.apache.jena.vocabulary.RDF.type.asNode(), eu.digitalpartnership.kg.model.DP.Council.asNode()).toList().size());
        assertTrue(councils >= 12, "every article reports a council: " + councils);
    }

    private static Path generate(Path out, int n, long seed) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "bench/GenerateCorpus.java", String.valueOf(n), out.toString(), String.valueOf(seed))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
