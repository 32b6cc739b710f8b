package eu.digitalpartnership.kg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BoxesTest {
    private static final String BOX = """
            Policy brief

            +------------------------------------------------+
            | IN BRIEF                                       |
            | * The EU and Japan held the third meeting of   |
            |   their Council in Tokyo on 12 May.            |
            | * Next Council: Brussels.                      |
            +------------------------------------------------+
            """;

    @Test
    void a_box_reads_as_running_text_of_the_same_length() {
        String flat = Boxes.flatten(BOX);
        assertEquals(BOX.length(), flat.length());
        assertEquals("Policy brief\n\n+------------------------------------------------+\nIN BRIEF\n"
                        + "* The EU and Japan held the third meeting of their Council in Tokyo on 12 May.\n* Next Council: Brussels.\n"
                        + "+------------------------------------------------+",
                flat.strip().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n"));
    }

    @Test
    void every_character_inside_the_box_keeps_its_offset() {
        String flat = Boxes.flatten(BOX);
        int at = BOX.indexOf("third meeting");
        assertEquals("third meeting", flat.substring(at, at + "third meeting".length()));
    }

    @Test
    void a_new_bullet_starts_a_new_line() {
        String flat = Boxes.flatten(BOX);
        int bullet = BOX.indexOf("| * Next");
        assertEquals('\n', flat.charAt(bullet - 1));
    }

    @Test
    void a_table_with_cells_is_left_alone() {
        String table = "| Date | Event |\n| 12 May | Council |\n";
        assertSame(table, Boxes.flatten(table));
    }

    @Test
    void a_text_without_bars_is_left_alone() {
        String text = "The Council met in Tokyo.\n";
        assertSame(text, Boxes.flatten(text));
    }
}
