package eu.digitalpartnership.kg.extract.text;

import java.util.ArrayList;
import java.util.List;

/** A document's text split into sentences and tokens; all offsets index {@link #text()}. */
public final class TextIndex {
    private final String text;
    private final List<Sentence> sentences;

    private TextIndex(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
    }

    /** Splits and tokenises the text. */
    public static TextIndex of(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : SentenceSplitter.split(text))
            out.add(new Sentence(out.size(), s, Tokenizer.tokens(text, s)));
        return new TextIndex(text, out);
    }

    /** The exact text. */
    public String text() { return text; }

    /** All sentences in order. */
    public List<Sentence> sentences() { return sentences; }

    /** The sentence containing the offset, or the nearest one before it. */
    public Sentence sentenceAt(int offset) {
        if (sentences.isEmpty()) return null;
        int lo = 0, hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).span().start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        return sentences.get(lo);
    }

    /** The covered text of a span. */
    public String of(Span span) { return span.of(text); }
}
