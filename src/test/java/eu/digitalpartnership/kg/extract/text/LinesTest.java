package eu.digitalpartnership.kg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void start_and_end_agree_with_scanning_the_text_at_every_offset() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int length = r.nextInt(40);
            for (int i = 0; i < length; i++) sb.append(r.nextInt(4) == 0 ? '\n' : 'x');
            String text = sb.toString();
            Lines lines = Lines.of(text);
            for (int offset = 0; offset <= text.length(); offset++) {
                assertEquals(text.lastIndexOf('\n', offset) + 1, lines.start(offset), text + " @" + offset);
                int end = text.indexOf('\n', offset);
                assertEquals(end < 0 ? text.length() : end, lines.end(offset), text + " @" + offset);
            }
        }
    }

    @Test
    void a_text_without_breaks_is_one_line() {
        Lines lines = Lines.of("one line");
        assertEquals(0, lines.start(5));
        assertEquals(8, lines.end(0));
    }
}
