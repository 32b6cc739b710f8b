package eu.digitalpartnership.kg.extract.text;

import java.util.List;

/** A sentence (or heading or list item) with its tokens. */
public record Sentence(int index, Span span, List<Token> tokens) {
    /** The sentence text. */
    public String text(String doc) { return span.of(doc); }

    /** Index of the first token starting at or after the offset, or tokens().size(). */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++)
            if (tokens.get(i).start() >= offset) return i;
        return tokens.size();
    }

    /** Index of the last token ending at or before the offset, or -1. */
    public int tokenBefore(int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--)
            if (tokens.get(i).end() <= offset) return i;
        return -1;
    }
}
