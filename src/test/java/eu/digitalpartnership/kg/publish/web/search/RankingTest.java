package eu.digitalpartnership.kg.publish.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact before prefix before every word; a preferred label before an alias at the same level. */
class RankingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "japan|Japan|EXACT",
            "kono taro|KŌNO Taro|EXACT",
            "jap|Japan|PREFIX",
            "2nd japan|2nd EU–Japan Digital Partnership Council|WORDS",
            "japan 2nd|2nd EU–Japan Digital Partnership Council|WORDS",
            "korea|2nd EU–Japan Digital Partnership Council|OTHER",
    })
    void a_name_matches_at_a_level(String typed, String name, Ranking.Level level) {
        assertEquals(level, Ranking.level(SearchText.of(typed), name));
    }

    @Test
    void an_alias_counts_only_when_it_matches_better_than_the_label() {
        assertEquals(new Ranking.Match(Ranking.Level.EXACT, false, "KONO Taro"),
                Ranking.best(SearchText.of("KONO Taro"), "Taro Kono", List.of("KONO Taro")));
        assertEquals(new Ranking.Match(Ranking.Level.EXACT, true, "Japan"),
                Ranking.best(SearchText.of("japan"), "Japan", List.of("JAPAN")));
        assertEquals(new Ranking.Match(Ranking.Level.PREFIX, true, "Taro Kono"),
                Ranking.best(SearchText.of("taro"), "Taro Kono", List.of("Taro Kōno-san")));
    }

    @Test
    void matches_sort_exact_label_exact_alias_prefix_words() {
        List<Ranking.Match> expected = List.of(
                new Ranking.Match(Ranking.Level.EXACT, true, "Japan"),
                new Ranking.Match(Ranking.Level.EXACT, false, "Japan"),
                new Ranking.Match(Ranking.Level.PREFIX, true, "Japan Digital Agency"),
                new Ranking.Match(Ranking.Level.PREFIX, false, "Japanese Government"),
                new Ranking.Match(Ranking.Level.WORDS, true, "EU–Japan Digital Partnership"),
                new Ranking.Match(Ranking.Level.WORDS, true, "2nd EU–Japan Digital Partnership Council"));
        List<Ranking.Match> shuffled = new ArrayList<>(expected);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(Ranking.ORDER);
        assertEquals(expected, shuffled);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://w3id.org/dpkg/ontology#Council https://w3id.org/dpkg/ontology#Meeting|council",
            "https://w3id.org/dpkg/ontology#TechnologyTopic http://www.w3.org/2004/02/skos/core#Concept|technology topic",
            "http://www.w3.org/2004/02/skos/core#Concept|thing",
    })
    void a_hit_is_shown_as_its_most_specific_class(String classes, String type) {
        assertEquals(type, Description.type(Arrays.asList(classes.split(" "))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "council|2nd EU–Japan Digital Partnership Council|Brussels|30 April 2024||European Union, Japan|2nd EU–Japan Digital Partnership Council, Brussels, 30 April 2024",
            "official|Taro Kono|||Minister for Digital Transformation|Japan|Minister for Digital Transformation, Japan",
            "memorandum|Memorandum of Cooperation on semiconductors||July 2023||European Union, Japan|European Union, Japan, July 2023",
            "partner|Japan|||||''",
    })
    void a_hit_is_described_in_one_line(String type, String label, String place, String date, String posts, String partners, String line) {
        assertEquals(line, Description.of(type, label, place, date, posts, partners));
    }
}
