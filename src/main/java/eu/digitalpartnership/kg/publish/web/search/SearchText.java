package eu.digitalpartnership.kg.publish.web.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What someone typed in the search box, as words: accents folded, lower case, split on anything but letters and
 * digits, so that no Lucene syntax ({@code " * ( : ~ AND}) ever reaches the parser. An empty, over-long or wordless
 * text is refused with a one-line reason.
 */
public record SearchText(String typed, List<String> words) {
    /** The longest text accepted, in characters. */
    public static final int MAX_LENGTH = 200;
    /** The most words searched for. */
    public static final int MAX_WORDS = 8;

    /** The words of a typed text; throws {@link IllegalArgumentException} with a one-line reason when there is nothing to search for. */
    public static SearchText of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) throw new IllegalArgumentException("Type a name or a few words to search for (parameter q).");
        if (text.length() > MAX_LENGTH) throw new IllegalArgumentException("The search text is longer than " + MAX_LENGTH + " characters.");
        List<String> words = words(text);
        if (words.isEmpty()) throw new IllegalArgumentException("The search text has no letters or digits.");
        if (words.size() > MAX_WORDS) throw new IllegalArgumentException("The search text has more than " + MAX_WORDS + " words.");
        return new SearchText(text, words);
    }

    /** The words of a text: accents folded, lower case, split on anything that is neither a letter nor a digit. */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The words of a text joined by one space: the form that exact and prefix matches compare. */
    public static String normalized(String text) {
        return String.join(" ", words(text));
    }

    /** The Lucene query: every word, as a prefix, in one field ({@code label:(taro* AND kon*)}). */
    public String lucene(String field) {
        return field + ":(" + words.stream().map(w -> QueryParserBase.escape(w) + "*").collect(Collectors.joining(" AND ")) + ")";
    }
}
