package eu.digitalpartnership.kg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words (letters, digits, inner hyphens and apostrophes) and single punctuation marks. */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|['’\\-‑](?=[\\p{L}\\p{N}]))*|\\S");

    private Tokenizer() {}

    static List<Token> tokens(String text, Span range) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(range.start(), range.end());
        while (m.find())
            out.add(new Token(new Span(m.start(), m.end()), m.group()));
        return out;
    }
}
