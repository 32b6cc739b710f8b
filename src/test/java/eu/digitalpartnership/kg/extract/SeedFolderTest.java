package eu.digitalpartnership.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** A seeds folder is read in parallel, yet gives its documents and its first problem in file-name order. */
class SeedFolderTest {
    @Test
    void documents_come_in_file_name_order(@TempDir Path dir) throws IOException {
        for (int i = 40; i >= 1; i--) Files.writeString(dir.resolve(String.format("doc-%02d.txt", i)), "Text number " + i + ".");
        List<SourceDocument> docs = SeedFolder.read(dir);
        assertEquals(40, docs.size());
        for (int i = 0; i < docs.size(); i++) assertEquals("doc-" + String.format("%02d", i + 1), docs.get(i).id());
        assertEquals("Text number 1.", docs.get(0).text());
    }

    @Test
    void the_first_bad_file_by_name_is_the_one_reported(@TempDir Path dir) throws IOException {
        for (int i = 1; i <= 30; i++) Files.writeString(dir.resolve(String.format("doc-%02d.txt", i)), "Text " + i + ".");
        Files.write(dir.resolve("doc-17.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(dir.resolve("doc-23.txt"), "   \n");
        Files.writeString(dir.resolve("doc-09.meta.json"), "{\"published\": \"2024-13-45\"}");
        for (int run = 0; run < 5; run++) {
            InputException e = assertThrows(InputException.class, () -> SeedFolder.read(dir));
            assertTrue(e.getMessage().contains("doc-09.meta.json"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'title': 'EU and Japan'}", "{\"title\": \"A\"} trailing", "{\"title\": /* note */ \"A\"}", "{\"title\": "})
    void a_sidecar_that_is_not_strict_json_is_named(String json, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("doc.txt"), "The EU and Japan met in Tokyo.");
        Files.writeString(dir.resolve("doc.meta.json"), json);
        InputException e = assertThrows(InputException.class, () -> SeedFolder.read(dir));
        assertTrue(e.getMessage().startsWith("Malformed JSON in ") && e.getMessage().contains("doc.meta.json"), e.getMessage());
    }

    @Test
    void a_sidecar_gives_title_source_and_date(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("doc.txt"), "The EU and Japan met in Tokyo.");
        Files.writeString(dir.resolve("doc.meta.json"),
                "{\"title\": \"EU and Japan\", \"source\": \"https://example.org/a\", \"published\": \"2024-04-30\", \"language\": \"en\"}");
        SourceDocument d = SeedFolder.read(dir).get(0);
        assertEquals("EU and Japan", d.title());
        assertEquals("https://example.org/a", d.source());
        assertEquals(java.time.LocalDate.of(2024, 4, 30), d.published());
    }
}
