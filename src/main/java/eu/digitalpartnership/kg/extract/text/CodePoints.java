package eu.digitalpartnership.kg.extract.text;

import java.util.Arrays;

/**
 * Offsets in Unicode code points, as SPARQL's SUBSTR and Web Annotation selectors count, from UTF-16 offsets: the text's
 * surrogate pairs are found once, so each conversion takes logarithmic time instead of a scan from the start.
 * <pre>
 *   CodePoints cp = CodePoints.of(text);
 *   int start = cp.offset(span.start());   // == text.codePointCount(0, span.start())
 * </pre>
 */
public final class CodePoints {
    private final int[] lowSurrogates;

    private CodePoints(int[] lowSurrogates) {
        this.lowSurrogates = lowSurrogates;
    }

    /** The code points of a text. */
    public static CodePoints of(String text) {
        int[] out = new int[0];
        int n = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == out.length) out = Arrays.copyOf(out, Math.max(16, n * 2));
                out[n++] = i;
            }
        }
        return new CodePoints(Arrays.copyOf(out, n));
    }

    /** The number of code points before a UTF-16 offset, as {@code text.codePointCount(0, utf16)}. */
    public int offset(int utf16) {
        int i = Arrays.binarySearch(lowSurrogates, utf16);
        int pairsBefore = i >= 0 ? i : -i - 1;
        return utf16 - pairsBefore;
    }
}
