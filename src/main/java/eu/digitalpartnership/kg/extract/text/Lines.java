package eu.digitalpartnership.kg.extract.text;

import java.util.Arrays;

/**
 * The line breaks of a text, found once: where the line around an offset starts and ends, in logarithmic time
 * however long the line (a one-line document of a megabyte is asked thousands of times).
 * <pre>
 *   Lines lines = Lines.of(text);
 *   String line = text.substring(lines.start(offset), lines.end(offset));
 * </pre>
 */
public final class Lines {
    private final int[] breaks;
    private final int length;

    private Lines(int[] breaks, int length) {
        this.breaks = breaks;
        this.length = length;
    }

    /** The lines of a text. */
    public static Lines of(String text) {
        int[] out = new int[16];
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return new Lines(Arrays.copyOf(out, n), text.length());
    }

    /** The start of the line holding the offset: one past the last break at or before it, as {@code lastIndexOf('\n', offset) + 1}. */
    public int start(int offset) {
        int i = breaksUpTo(offset);
        return i == 0 ? 0 : breaks[i - 1] + 1;
    }

    /** The first break at or after the offset, or the text's length, as {@code indexOf('\n', offset)} with no break found. */
    public int end(int offset) {
        int i = breaksUpTo(offset - 1);
        return i < breaks.length ? breaks[i] : length;
    }

    /** How many breaks lie at or before the offset. */
    private int breaksUpTo(int offset) {
        int i = Arrays.binarySearch(breaks, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
