package eu.digitalpartnership.kg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Article folders name their documents: two sets with one folder name could not be loaded together. */
class CaseNamesTest {
    @Test
    void every_article_folder_name_is_unique_across_sets() throws IOException {
        Map<String, List<String>> byName;
        try (Stream<Path> sets = Files.list(Path.of("src/test/resources"))) {
            byName = sets.filter(Files::isDirectory).flatMap(CaseNamesTest::articles)
                    .collect(Collectors.groupingBy(p -> p.getFileName().toString(), Collectors.mapping(p -> p.getParent().getFileName().toString(), Collectors.toList())));
        }
        Map<String, List<String>> shared = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), shared, "folder names used by more than one set");
    }

    private static Stream<Path> articles(Path set) {
        try {
            return Files.list(set).filter(p -> Files.isRegularFile(p.resolve("gold.json"))).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
