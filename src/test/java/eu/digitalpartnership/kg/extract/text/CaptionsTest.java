package eu.digitalpartnership.kg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CaptionsTest {
    private static final String SRT = """
            1
            00:00:00,000 --> 00:00:04,200
            [ON-SCREEN TEXT] Joint Press Conference

            2
            00:00:26,010 --> 00:00:30,340
            Today we held the third meeting

            3
            00:00:30,340 --> 00:00:35,900
            of the Council.
            """;

    @Test
    void a_subtitle_file_reads_as_running_text_of_the_same_length() {
        String flat = Captions.flatten(SRT);
        assertEquals(SRT.length(), flat.length());
        assertEquals("[ON-SCREEN TEXT] Joint Press Conference Today we held the third meeting of the Council.",
                flat.strip().replaceAll("\\s+", " "));
        assertFalse(flat.contains("-->"));
    }

    @Test
    void every_character_of_the_captions_keeps_its_offset() {
        String flat = Captions.flatten(SRT);
        int at = SRT.indexOf("third meeting");
        assertEquals("third meeting", flat.substring(at, at + "third meeting".length()));
    }

    @Test
    void webvtt_header_and_dotted_timings_are_blanked() {
        String vtt = "WEBVTT\n\n" + SRT.replace(',', '.');
        String flat = Captions.flatten(vtt);
        assertFalse(flat.contains("WEBVTT"));
        assertFalse(flat.contains("00:00:26.010"));
    }

    @Test
    void a_text_with_fewer_than_three_cues_is_left_alone() {
        String text = "Minutes\n00:00:01,000 --> 00:00:02,000\nThe ministers met.\n";
        assertSame(text, Captions.flatten(text));
    }
}
