package eu.digitalpartnership.kg.evaluate;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** A folder of annotated cases: {@code CASE/input.txt}, {@code CASE/gold.json} and an optional {@code CASE/meta.json}. */
public final class GoldCorpus {
    /** One annotated article. */
    public record Case(String name, SourceDocument document, JsonObject gold) {}

    private GoldCorpus() {}

    /** Every case folder under the directory, sorted by name. */
    public static List<Case> read(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException("Gold folder not found: " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            List<Case> cases = s.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().map(GoldCorpus::read1).toList();
            if (cases.isEmpty()) throw new InputException("No case folders (with gold.json) in: " + dir);
            return cases;
        } catch (IOException e) {
            throw new InputException("Cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static Case read1(Path folder) {
        String name = folder.getFileName().toString();
        SourceDocument doc = SeedFolder.document(folder.resolve("input.txt"), folder.resolve("meta.json"), Slugs.slug(name));
        try {
            return new Case(name, doc, JSON.read(folder.resolve("gold.json").toString()));
        } catch (RuntimeException e) {
            throw new InputException("Malformed gold.json in " + folder + ": " + e.getMessage());
        }
    }
}
