package eu.digitalpartnership.kg.publish.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What people type becomes words and a Lucene query that always parses; nothing to search for is refused. */
class SearchTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2nd Japan|label:(2nd* AND japan*)",
            "Kōno|label:(kono*)",
            "\"Kono*|label:(kono*)",
            "(Lee: Jong-ho)~|label:(lee* AND jong* AND ho*)",
            "Montréal AND Québec|label:(montreal* AND and* AND quebec*)",
    })
    void typed_text_becomes_a_prefix_query_of_its_words(String typed, String lucene) throws Exception {
        String query = SearchText.of(typed).lucene("label");
        assertEquals(lucene, query);
        new QueryParser("label", new StandardAnalyzer()).parse(query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "*", "(:)", "\"*(:)~^[]{}!\\/&&||"})
    void text_without_words_is_refused(String typed) {
        assertEquals(1, assertThrows(IllegalArgumentException.class, () -> SearchText.of(typed)).getMessage().lines().count());
    }

    @ParameterizedTest
    @ValueSource(ints = {SearchText.MAX_LENGTH + 1, 10_000})
    void text_too_long_is_refused(int length) {
        assertThrows(IllegalArgumentException.class, () -> SearchText.of("x".repeat(length)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Taro Kono|taro kono",
            "EU–Japan|eu japan",
            "  KŌNO,  Taro |kono taro",
    })
    void names_compare_folded(String name, String normalized) {
        assertEquals(normalized, SearchText.normalized(name));
        assertEquals(List.of(normalized.split(" ")), SearchText.words(name));
    }
}
