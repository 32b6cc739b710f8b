package eu.digitalpartnership.kg.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Whole-word dictionary matching with Aho-Corasick over raw text. Labels written in capitals or with digits
 * (EU, AI, 5G, MIC) match case-sensitively; other labels ignore case. Overlaps resolve to the longest match.
 */
public final class Gazetteer<T> {
    /** A match of a label at a span, with every entry that has the label. */
    public record Match<T>(Span span, String label, List<T> entries) implements Spanned {
        /** The first entry. */
        public T entry() { return entries.get(0); }
    }

    private final boolean accentFolded;
    private final Map<String, List<T>> exact = new HashMap<>();
    private final Map<String, List<T>> folded = new HashMap<>();
    private Trie exactTrie;
    private Trie foldedTrie;

    /** A gazetteer of labels: capitals-and-digits labels match exactly, others ignoring case. */
    public Gazetteer() {
        this(false);
    }

    private Gazetteer(boolean accentFolded) {
        this.accentFolded = accentFolded;
    }

    /** A gazetteer that matches every label ignoring case and diacritics ("Montreal" finds "Montréal"). */
    public static <T> Gazetteer<T> accentFolded() {
        return new Gazetteer<>(true);
    }

    /** Adds a label for an entry. */
    public Gazetteer<T> add(String label, T entry) {
        String l = label.strip();
        if (l.isEmpty()) return this;
        if (accentFolded) folded.computeIfAbsent(Folding.fold(l), k -> new ArrayList<>()).add(entry);
        else if (caseSensitive(l)) exact.computeIfAbsent(l, k -> new ArrayList<>()).add(entry);
        else folded.computeIfAbsent(l.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
        exactTrie = null;
        return this;
    }

    /** Longest non-overlapping matches in text order. */
    public List<Match<T>> find(String text) {
        return longestFirst(all(text));
    }

    /**
     * Non-overlapping matches in text order, the one starting first winning an overlap (the longest of those starting
     * together): "Executive Vice President of the European Commission" is an Executive Vice President, not the
     * President of the European Commission.
     */
    public List<Match<T>> findLeftmost(String text) {
        List<Match<T>> byStart = new ArrayList<>(all(text));
        byStart.sort(Comparator.<Match<T>>comparingInt(m -> m.span().start()).thenComparingInt(m -> -m.span().length()));
        List<Match<T>> kept = new ArrayList<>();
        int end = -1;
        for (Match<T> m : byStart)
            if (m.span().start() >= end) {
                kept.add(m);
                end = m.span().end();
            }
        return kept;
    }

    /** Every match, overlapping ones included, in text order. */
    public List<Match<T>> all(String text) {
        build();
        List<Match<T>> out = new ArrayList<>();
        for (Emit e : exactTrie.parseText(text))
            out.add(new Match<>(new Span(e.getStart(), e.getEnd() + 1), e.getKeyword(), exact.get(e.getKeyword())));
        for (Emit e : foldedTrie.parseText(accentFolded ? Folding.fold(text) : text))
            out.add(new Match<>(new Span(e.getStart(), e.getEnd() + 1), e.getKeyword(), folded.get(e.getKeyword())));
        out.removeIf(m -> !wholeWord(text, m.span()));
        out.sort(Comparator.comparing(Match::span));
        return out;
    }

    private List<Match<T>> longestFirst(List<Match<T>> all) {
        List<Match<T>> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.<Match<T>>comparingInt(m -> -m.span().length()).thenComparing(Match::span));
        List<Match<T>> kept = new ArrayList<>();
        Occupancy taken = new Occupancy();
        for (Match<T> m : byLength)
            if (taken.free(m.span())) {
                kept.add(m);
                taken.take(m.span());
            }
        kept.sort(Comparator.comparing(Match::span));
        return kept;
    }

    private static boolean wholeWord(String text, Span s) {
        return (s.start() == 0 || !Character.isLetterOrDigit(text.charAt(s.start() - 1)))
                && (s.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(s.end())));
    }

    private static boolean caseSensitive(String label) {
        return label.chars().anyMatch(Character::isDigit)
                || label.codePoints().filter(Character::isLetter).filter(Character::isUpperCase).count() >= 2
                   && label.codePoints().filter(Character::isLetter).filter(Character::isLowerCase).count() <= 1;
    }

    private synchronized void build() {
        if (exactTrie != null) return;
        Trie.TrieBuilder e = Trie.builder();
        exact.keySet().forEach(e::addKeyword);
        Trie.TrieBuilder f = Trie.builder().ignoreCase();
        folded.keySet().forEach(f::addKeyword);
        foldedTrie = f.build();
        exactTrie = e.build();
    }
}
