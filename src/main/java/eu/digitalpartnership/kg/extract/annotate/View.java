package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotations;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Lines;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Look-ups that annotators share over one document's layers (each reads its layer only when used). */
final class View {
    final Document doc;
    final String text;
    private Lines lines;
    private int titleEnd = -1;
    private final Map<Object, Optional<?>> remembered = new HashMap<>();

    View(Document doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    <T extends Spanned> Annotations<T> get(Layer<T> layer) {
        return doc.get(layer);
    }

    /** True if the span was written in capitals that the text as read softened ("ENGLISH SERVICE" read "English Service"). */
    boolean softened(Span s) {
        String written = doc.written();
        if (written == text) return false;
        boolean changed = false;
        for (int i = s.start(); i < s.end(); i++) {
            char c = written.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (c != text.charAt(i)) changed = true;
        }
        return changed;
    }

    /** The text's lines, found on first use. */
    Lines lines() {
        if (lines == null) lines = Lines.of(text);
        return lines;
    }

    /** The line just above the line that starts at the offset (without its break); the offset must be past the first line. */
    Span lineAbove(int lineStart) {
        return new Span(lineStart >= 2 ? lines().start(lineStart - 2) : 0, lineStart - 1);
    }

    /** Where the article's opening lines end: the end of its first paragraph (found on first use). */
    int titleEnd() {
        if (titleEnd < 0) {
            int first = 0;
            while (first < text.length() && Character.isWhitespace(text.charAt(first))) first++;
            int i = text.indexOf("\n\n", first);
            titleEnd = i < 0 ? text.length() : i;
        }
        return titleEnd;
    }

    /** The first line of the paragraph holding the offset (its own line if it opens the paragraph); blank lines are found once. */
    Span paragraphHead(int offset) {
        int[] blanks = once("blank lines", () -> java.util.stream.IntStream.iterate(text.indexOf("\n\n"), i -> i >= 0, i -> text.indexOf("\n\n", i + 1)).toArray());
        int i = java.util.Arrays.binarySearch(blanks, offset - 1);
        int k = i >= 0 ? i : -i - 2;
        int start = k < 0 ? 0 : blanks[k] + 2;
        return new Span(start, lines().end(start));
    }

    /** A look-up of the whole text, computed once per key and view (a value may be null). */
    @SuppressWarnings("unchecked")
    <T> T once(Object key, Supplier<T> lookup) {
        return (T) remembered.computeIfAbsent(key, k -> Optional.ofNullable(lookup.get())).orElse(null);
    }

    /** Whether the pattern matches inside the span; see {@link #first}. */
    boolean occurs(Pattern pattern, Span within) {
        return first(pattern, within) != null;
    }

    /**
     * The first match of the pattern lying inside the span, or null. The whole text is searched once per pattern, so
     * asking is a binary search: for patterns whose matches do not depend on where a search starts.
     */
    Span first(Pattern pattern, Span within) {
        int[] found = once(List.of("matches", pattern), () -> matches(pattern));
        int lo = 0, hi = found.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (found[2 * mid] < within.start()) lo = mid + 1;
            else hi = mid;
        }
        return lo < found.length / 2 && found[2 * lo + 1] <= within.end() ? new Span(found[2 * lo], found[2 * lo + 1]) : null;
    }

    private int[] matches(Pattern pattern) {
        Matcher m = pattern.matcher(text);
        int[] found = new int[16];
        int n = 0;
        while (m.find()) {
            if (n + 2 > found.length) found = Arrays.copyOf(found, found.length * 2);
            found[n++] = m.start();
            found[n++] = m.end();
        }
        return Arrays.copyOf(found, n);
    }

    /** Annotations of a layer lying inside the span. */
    <T extends Spanned> List<T> in(Layer<T> layer, Span s) {
        return doc.get(layer).in(s);
    }

    /** True if the offset lies in a sentence telling a claim the next one refutes, or in a line of page furniture (a list of related links). */
    boolean notOwn(int offset) {
        Span at = new Span(offset, offset + 1);
        return doc.get(Layers.REFUTED).overlaps(at) || doc.get(Layers.FURNITURE).overlaps(at);
    }

    /** The sentence holding the offset, or the nearest one before it (null before the first). */
    Sentence sentence(int offset) {
        Annotations<Sentence> s = doc.get(Layers.SENTENCES);
        int i = s.firstStartingFrom(offset + 1) - 1;
        return i >= 0 ? s.get(i) : s.isEmpty() ? null : s.get(0);
    }

    /** The sentence with this index. */
    Sentence sentenceNo(int index) {
        return doc.get(Layers.SENTENCES).get(index);
    }

    /** How far around a mention a sentence-level look-up reaches, in characters (a very long sentence is cut). */
    static final int REACH = 1000;

    /** The sentence around a mention, cut to {@link #REACH} characters either side of it. */
    Span window(Sentence s, Span mention) {
        return new Span(Math.max(s.span().start(), mention.start() - REACH), Math.min(s.span().end(), Math.max(mention.end() + REACH, mention.end())));
    }

    /** The text around a span that evidence quotes as its sentence: the sentence, or a window of a very long one. */
    Span context(Span span) {
        return Contexts.context(text, doc.get(Layers.SENTENCES), span);
    }

    /** The partner a mention or demonym at this span refers to, or null. */
    PartnerEntry partnerAt(Span s) {
        Match<PartnerEntry> m = doc.get(Layers.PARTNER_HITS).firstOverlapping(s);
        if (m == null) m = doc.get(Layers.DEMONYM_HITS).firstOverlapping(s);
        return m == null ? null : m.entry();
    }

    /** Lower-cased text of a span. */
    String lower(Span s) {
        return s.of(text).toLowerCase(Locale.ROOT);
    }

    /** True if the sentence holds any of the words (lower case, whole words). */
    static boolean has(Sentence s, Set<String> words) {
        return s.tokens().stream().anyMatch(t -> words.contains(t.text().toLowerCase(Locale.ROOT)));
    }
}
