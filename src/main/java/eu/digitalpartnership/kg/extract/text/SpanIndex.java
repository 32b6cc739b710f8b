package eu.digitalpartnership.kg.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Spans merged into sorted, disjoint intervals, for overlap and start look-ups in logarithmic time. */
public final class SpanIndex {
    private final int[] starts;
    private final int[] ends;
    private final Set<Integer> startOffsets = new HashSet<>();

    /** An index of the spans (they may overlap each other). */
    public SpanIndex(Collection<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<int[]> merged = new ArrayList<>();
        for (Span s : sorted) {
            startOffsets.add(s.start());
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] > s.start())
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], s.end());
            else merged.add(new int[] {s.start(), s.end()});
        }
        starts = merged.stream().mapToInt(x -> x[0]).toArray();
        ends = merged.stream().mapToInt(x -> x[1]).toArray();
    }

    /** True if some indexed span shares a character with the span. */
    public boolean overlaps(Span s) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < s.end()) lo = mid + 1;
            else hi = mid;
        }
        int i = lo - 1;
        return i >= 0 && ends[i] > s.start() && starts[i] < s.end();
    }

    /** True if some indexed span starts at the offset. */
    public boolean startsAt(int offset) {
        return startOffsets.contains(offset);
    }
}
