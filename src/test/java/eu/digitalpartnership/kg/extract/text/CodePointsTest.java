package eu.digitalpartnership.kg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointsTest {

    @Test
    void offset_agrees_with_codePointCount_at_every_offset() {
        Random r = new Random(11);
        String[] pieces = {"a", "é", "🇪🇺", "\uD83D", "\uDE00", "—", " "};
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int length = r.nextInt(30);
            for (int i = 0; i < length; i++) sb.append(pieces[r.nextInt(pieces.length)]);
            String text = sb.toString();
            CodePoints cp = CodePoints.of(text);
            for (int offset = 0; offset <= text.length(); offset++)
                assertEquals(text.codePointCount(0, offset), cp.offset(offset), text + " @" + offset);
        }
    }
}
