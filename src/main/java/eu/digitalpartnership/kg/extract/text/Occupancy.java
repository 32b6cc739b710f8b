package eu.digitalpartnership.kg.extract.text;

import java.util.BitSet;

/** Which characters of a text are already taken by kept spans: overlap tests in time proportional to the span. */
public final class Occupancy {
    private final BitSet taken = new BitSet();

    /** True if no kept span shares a character with the span. */
    public boolean free(Span s) {
        int next = taken.nextSetBit(s.start());
        return next < 0 || next >= s.end();
    }

    /** Keeps the span. */
    public void take(Span s) {
        if (s.end() > s.start()) taken.set(s.start(), s.end());
    }
}
