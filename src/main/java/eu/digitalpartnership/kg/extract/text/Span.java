package eu.digitalpartnership.kg.extract.text;

/** A half-open range [start, end) of UTF-16 offsets into a document's text. */
public record Span(int start, int end) implements Comparable<Span>, Spanned {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("Bad span [" + start + "," + end + ")");
    }

    /** The covered text. */
    public String of(String text) { return text.substring(start, end); }

    /** Number of UTF-16 units covered. */
    public int length() { return end - start; }

    /** True if this span covers the other one entirely. */
    public boolean contains(Span o) { return start <= o.start && o.end <= end; }

    /** True if this span shares at least one character with the other. */
    public boolean overlaps(Span o) { return start < o.end && o.start < end; }

    /** The smallest span covering both. */
    public Span union(Span o) { return new Span(Math.min(start, o.start), Math.max(end, o.end)); }

    /** This span without the whitespace at its ends in the text. */
    public Span trimmed(String text) {
        int s = start, e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return s == start && e == end ? this : new Span(s, e);
    }

    /** This span itself (a span annotates its own text). */
    @Override public Span span() { return this; }

    @Override public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
