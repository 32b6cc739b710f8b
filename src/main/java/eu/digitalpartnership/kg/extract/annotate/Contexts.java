package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.pipeline.Annotations;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;

/** The sentence around a span, as evidence quotes it. */
public final class Contexts {
    /** The longest context quoted whole; a longer sentence is cut to a window around the span. */
    static final int MAX = 1200;

    private Contexts() {}

    /** The sentences covering the span, or a window of about 300 characters either side in a very long sentence. */
    public static Span context(String text, Annotations<Sentence> sentences, Span span) {
        Sentence first = at(sentences, span.start()), last = at(sentences, Math.max(span.start(), span.end() - 1));
        if (first == null) return span;
        int start = Math.min(first.span().start(), span.start());
        int end = Math.max(span.end(), last.span().end());
        if (end - start <= MAX) return new Span(start, end);
        int from = Math.max(start, span.start() - 300), to = Math.min(end, span.end() + 300);
        while (from > start && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < end && !Character.isWhitespace(text.charAt(to))) to++;
        return new Span(from, to);
    }

    private static Sentence at(Annotations<Sentence> sentences, int offset) {
        int i = sentences.firstStartingFrom(offset + 1) - 1;
        return i >= 0 ? sentences.get(i) : sentences.isEmpty() ? null : sentences.get(0);
    }
}
