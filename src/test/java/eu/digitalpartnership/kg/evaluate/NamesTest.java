package eu.digitalpartnership.kg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The matching rules of ANNOTATION.md, as the scorer applies them. */
class NamesTest {
    @Test
    void person_names_match_as_token_sets_ignoring_case_order_and_honorifics() {
        assertTrue(Names.samePerson("KONO Taro", "Taro Kono"));
        assertTrue(Names.samePerson("Mr LEE Jong-ho", "Lee Jong-ho"));
        assertFalse(Names.samePerson("Taro Kono", "Taro Aso"));
    }

    @Test
    void body_names_match_by_containment_possessive_or_acronym() {
        assertTrue(Names.sameName("Japan's AI Safety Institute", "Japan AI Safety Institute"));
        assertTrue(Names.sameName("AI Office", "EU AI Office"));
        assertTrue(Names.sameName("OECD", "Organisation for Economic Co-operation and Development"));
        assertFalse(Names.sameName("Commission", "European Commission and Japan"));
        assertFalse(Names.sameName("Ministry of Science and ICT", "Ministry of Economy, Trade and Industry"));
    }

    @Test
    void fuzzy_titles_use_content_words() {
        assertTrue(Names.similar("Memorandum of Cooperation on semiconductors", "memorandum of cooperation on semiconductors", 0.5));
        assertFalse(Names.similar("Memorandum of Cooperation on semiconductors",
                "Memorandum of Cooperation on digital identities and trust services", 0.5));
    }

    @Test
    void score_precision_recall_f1() {
        Score s = new Score("x", 3, 4, 6);
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.6, s.f1(), 1e-9);
        assertEquals(1.0, new Score("empty", 0, 0, 0).f1(), 1e-9);
        assertEquals(0.0, new Score("missed", 0, 0, 2).f1(), 1e-9);
    }
}
