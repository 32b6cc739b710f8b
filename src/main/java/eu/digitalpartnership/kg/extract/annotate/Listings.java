package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.PlaceRef;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Entries of an events listing, as calendars and timelines set them out: a head line that opens with a date and has
 * cells ("12 May 2025 | Tokyo", "Wed 23 July 2025 | Tokyo | Other partners"), then the entry's title line and its
 * description, up to a blank line. The head dates and places what its entry reports. A table's rows, one line each
 * with cells, are no entries of the row above.
 */
final class Listings {
    /** How many lines above a mention its entry's head may be. */
    private static final int ENTRY_LINES = 12;
    /** The longest head line: a date and a few short cells. */
    private static final int HEAD_LENGTH = 120;

    private Listings() {}

    /** The head line of the listing entry holding the offset (the offset below it), or null. */
    static Span head(View a, int offset) {
        int lineStart = a.lines().start(offset);
        // a row of a table ("2023-06-30 | 1st Council (Seoul)") is its own entry, not one under the row above
        if (hasCells(a, lineStart)) return null;
        for (int n = 0, start = lineStart; n < ENTRY_LINES && start > 0; n++) {
            int previousStart = a.lines().start(start - 2);
            Span line = new Span(previousStart, start - 1);
            if (blank(a.text, line)) return null;
            if (isHead(a, line)) return hasCells(a, start) ? null : line;
            start = previousStart;
        }
        return null;
    }

    /** True if the offset lies on the entry's title line, the one right under its head. */
    static boolean onTitleLine(View a, Span head, int offset) {
        return a.lines().start(offset) == head.end() + 1;
    }

    /** The date the head opens with. */
    static DateMention date(View a, Span head) {
        return a.in(Layers.DATES, head).get(0);
    }

    /** The place of the head's cells, or null. */
    static PlaceRef place(View a, Span head, String rule) {
        int bar = a.text.indexOf('|', head.start());
        return Places.near(a, new Span(bar, head.end()), bar, rule);
    }

    /** What opens a table row before its date cell: the Markdown row's bar. */
    private static final java.util.regex.Pattern ROW_OPEN = java.util.regex.Pattern.compile("[ \\t]*\\|?[ \\t]*");

    /**
     * The date of a table row whose first cell is a date and whose second cell holds the offset ("Jul. 3 (Mon.) | 1st
     * meeting of the … Council (Tokyo) | …"): the day of the event the row names; null when the offset lies in a later cell.
     */
    static DateMention rowDate(View a, int offset) {
        int lineStart = a.lines().start(offset);
        if (!hasCells(a, lineStart)) return null;
        String lead = a.text.substring(lineStart, offset);
        java.util.regex.Matcher open = ROW_OPEN.matcher(lead);
        int from = open.lookingAt() ? open.end() : 0;
        int bar = lead.indexOf('|', from);
        if (bar < 0 || lead.indexOf('|', bar + 1) >= 0) return null;
        Span cell = new Span(lineStart + from, lineStart + bar);
        List<DateMention> dates = a.in(Layers.DATES, cell);
        if (dates.isEmpty() || dates.get(0).span().start() != cell.start()) return null;
        return a.text.substring(dates.get(0).span().end(), cell.end()).matches("\\s*(?:\\([^()|]*\\)\\s*)?") ? dates.get(0) : null;
    }

    private static boolean isHead(View a, Span line) {
        if (line.end() - line.start() > HEAD_LENGTH || !hasCells(a, line.start())) return false;
        List<DateMention> dates = a.in(Layers.DATES, line);
        if (dates.isEmpty() || dates.get(0).span().start() - line.start() > 4) return false;
        return a.text.substring(dates.get(0).span().end(), line.end()).matches("\\s*(?:\\([^()|]*\\)\\s*)?\\|.*");
    }

    /** True if the line holding the offset has cells ("|"). */
    private static boolean hasCells(View a, int offset) {
        int[] bars = a.once(Listings.class, () -> bars(a.text));
        int i = Arrays.binarySearch(bars, a.lines().start(offset));
        int next = i >= 0 ? i : -i - 1;
        return next < bars.length && bars[next] < a.lines().end(offset);
    }

    private static boolean blank(String text, Span line) {
        for (int i = line.start(); i < line.end(); i++)
            if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    /** Where the text's cell bars are, in order. */
    private static int[] bars(String text) {
        return IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '|').toArray();
    }
}
