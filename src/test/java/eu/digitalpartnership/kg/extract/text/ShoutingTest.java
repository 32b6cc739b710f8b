package eu.digitalpartnership.kg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ShoutingTest {
    private static final Set<String> KNOWN = Set.of("EU", "ROK");

    @Test
    void a_line_in_capitals_reads_in_ordinary_case_of_the_same_length() {
        String crawl = "05:58  TODAY: 3RD JAPAN-EU DIGITAL PARTNERSHIP COUNCIL IN SENDAI\n";
        String soft = Shouting.soften(crawl, KNOWN);
        assertEquals(crawl.length(), soft.length());
        assertEquals("05:58  Today: 3rd Japan-EU Digital Partnership Council in Sendai\n", soft);
    }

    @Test
    void an_acronym_the_text_writes_among_ordinary_words_stays_in_capitals() {
        String text = "The MSIT briefed the press.\nMSIT AND COMMISSION SIGN MEMORANDUM ON QUANTUM\n";
        assertEquals("The MSIT briefed the press.\nMSIT and Commission Sign Memorandum on Quantum\n", Shouting.soften(text, KNOWN));
    }

    @Test
    void known_acronyms_and_two_letter_words_stay_in_capitals() {
        assertEquals("EU and ROK Hold Council on AI Today", Shouting.soften("EU AND ROK HOLD COUNCIL ON AI TODAY", KNOWN));
    }

    @Test
    void the_second_part_of_a_hyphenated_name_goes_lower_case() {
        assertEquals("Minister Lee Jong-ho to Co-chair Council", Shouting.soften("MINISTER LEE JONG-HO TO CO-CHAIR COUNCIL", KNOWN));
    }

    @Test
    void a_dateline_in_capitals_within_ordinary_text_is_left_alone() {
        String text = "BRUSSELS, 30 April 2031 — The ministers met today.";
        assertSame(text, Shouting.soften(text, KNOWN));
    }

    @Test
    void two_words_in_capitals_make_no_run() {
        String text = "Press release\nEUROPEAN COMMISSION\nThe Council met.";
        assertSame(text, Shouting.soften(text, KNOWN));
    }
}
