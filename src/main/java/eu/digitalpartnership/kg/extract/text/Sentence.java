package eu.digitalpartnership.kg.extract.text;

import java.util.List;

/** A sentence (or heading or list item) with its tokens. */
public record Sentence(int index, Span span, List<Token> tokens) implements Spanned {
    /** The sentence text. */
    public String text(String doc) { return span.of(doc); }

    /** Index of the first token starting at or after the offset, or tokens().size(). */
    public int tokenAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() >= offset) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** Index of the last token ending at or before the offset, or -1. */
    public int tokenBefore(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }
}
