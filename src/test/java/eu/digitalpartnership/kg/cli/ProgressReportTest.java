package eu.digitalpartnership.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.evaluate.GoldCorpus;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long loads show progress: documents done, rate and time left; a bar on a terminal, lines otherwise. */
class ProgressReportTest {
    @Test
    void the_loader_reports_every_document() {
        var docs = GoldCorpus.read(Path.of("src/test/resources/corpus")).stream().limit(3).map(GoldCorpus.Case::document).toList();
        List<String> seen = new ArrayList<>();
        Loader.create(IriMinter.standard(), Validator.standard()).reporting((d, t) -> seen.add(d + "/" + t)).load(docs, Stores.inMemory());
        assertEquals(List.of("1/3", "2/3", "3/3"), seen);
    }

    @Test
    void plain_lines_when_not_a_terminal_end_with_the_total() {
        StringWriter out = new StringWriter();
        ProgressReport p = new ProgressReport(new PrintWriter(out), false);
        for (int i = 1; i <= 40; i++) p.done(i, 40);
        String text = out.toString();
        assertTrue(text.contains("Extracted and validated 40/40 documents"), text);
        assertTrue(text.contains("/s, about 0:00 left"), text);
        assertTrue(text.lines().count() <= 3, "a line every few seconds, not one per document:\n" + text);
    }

    @Test
    void a_bar_on_a_terminal() {
        StringWriter out = new StringWriter();
        ProgressReport p = new ProgressReport(new PrintWriter(out), true);
        p.done(10, 40);
        assertTrue(out.toString().startsWith("\r[#######.......................] 10/40 documents"), out.toString());
    }

    @Test
    void small_loads_print_nothing() {
        StringWriter out = new StringWriter();
        new ProgressReport(new PrintWriter(out), false).done(1, 3);
        assertEquals("", out.toString());
    }
}
