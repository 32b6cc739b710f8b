package eu.digitalpartnership.kg.extract.pipeline;

import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable layer's content: annotations sorted by span (start, then longest first), with look-ups by offset and
 * span in logarithmic time (plus the size of the answer), so that no rule needs to scan a whole layer.
 */
public final class Annotations<T extends Spanned> extends AbstractList<T> implements RandomAccess {
    private static final Annotations<?> EMPTY = new Annotations<>(List.of());

    private final List<T> items;
    private final int[] starts;
    private final int[] maxEnd;

    private Annotations(List<T> sorted) {
        this.items = sorted;
        this.starts = new int[sorted.size()];
        this.maxEnd = new int[sorted.size()];
        int max = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Span s = sorted.get(i).span();
            starts[i] = s.start();
            max = Math.max(max, s.end());
            maxEnd[i] = max;
        }
    }

    /** The annotations, sorted. */
    public static <T extends Spanned> Annotations<T> of(Collection<? extends T> items) {
        if (items.isEmpty()) return empty();
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Spanned::span));
        return new Annotations<>(List.copyOf(sorted));
    }

    /** No annotations. */
    @SuppressWarnings("unchecked")
    public static <T extends Spanned> Annotations<T> empty() {
        return (Annotations<T>) EMPTY;
    }

    @Override public T get(int index) { return items.get(index); }

    @Override public int size() { return items.size(); }

    /** Index of the first annotation starting at or after the offset (size() if none). */
    public int firstStartingFrom(int offset) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Annotations lying entirely inside the span, in order. */
    public List<T> in(Span s) {
        List<T> out = new ArrayList<>();
        for (int i = firstStartingFrom(s.start()); i < starts.length && starts[i] < s.end(); i++)
            if (items.get(i).span().end() <= s.end()) out.add(items.get(i));
        return out;
    }

    /** Annotations sharing at least one character with the span, in order. */
    public List<T> overlapping(Span s) {
        List<T> out = new ArrayList<>();
        int last = firstStartingFrom(Math.max(s.end(), s.start() + 1)) - 1;
        for (int i = last; i >= 0 && maxEnd[i] > s.start(); i--)
            if (items.get(i).span().overlaps(s) || s.length() == 0 && items.get(i).span().start() == s.start()) out.add(items.get(i));
        java.util.Collections.reverse(out);
        return out;
    }

    /** True if some annotation shares a character with the span. */
    public boolean overlaps(Span s) {
        int last = firstStartingFrom(s.end()) - 1;
        for (int i = last; i >= 0 && maxEnd[i] > s.start(); i--)
            if (items.get(i).span().overlaps(s)) return true;
        return false;
    }

    /** The first annotation sharing a character with the span, or null. */
    public T firstOverlapping(Span s) {
        List<T> all = overlapping(s);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Annotations starting exactly at the offset, longest first. */
    public List<T> startingAt(int offset) {
        List<T> out = new ArrayList<>();
        for (int i = firstStartingFrom(offset); i < starts.length && starts[i] == offset; i++) out.add(items.get(i));
        return out;
    }

    /** Annotations starting inside the span (they may end after it), in order. */
    public List<T> startingWithin(Span s) {
        List<T> out = new ArrayList<>();
        for (int i = firstStartingFrom(s.start()); i < starts.length && starts[i] < s.end(); i++) out.add(items.get(i));
        return out;
    }

    /** The annotation starting last among those that end at or before the offset, or null. */
    public T lastEndingBy(int offset) {
        for (int i = firstStartingFrom(offset) - 1; i >= 0; i--)
            if (items.get(i).span().end() <= offset) return items.get(i);
        return null;
    }

    /** The first annotation starting at or after the offset, or null. */
    public T firstFrom(int offset) {
        int i = firstStartingFrom(offset);
        return i < items.size() ? items.get(i) : null;
    }
}
