package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.text.DateFinder;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.PartialDate;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a section of a review or timeline is headed by: a line that is a month alone ("November", "March 2024")
 * dates what the lines below it tell, up to the next such heading. A heading without a year lies in the year of the
 * publication, or the year before when its month would lie ahead of it.
 */
final class Sections {
    /** How far above an offset its heading may be, in characters. */
    private static final int REACH = 3000;
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Pattern HEADING = Pattern.compile("\\s*(January|February|March|April|May|June|July|August|September|October|November|December)"
            + "(?:\\s+((?:19|20)\\d{2}))?\\s*");

    private Sections() {}

    /** A section's month heading: its line and the month it names. */
    record Heading(Span line, PartialDate month) {}

    /** The month heading of the section holding the offset, or null. */
    static Heading of(View a, int offset) {
        LocalDate published = a.doc.published();
        int start = a.lines().start(offset);
        while (start > 0 && offset - start < REACH) {
            Span line = a.lineAbove(start);
            Matcher m = HEADING.matcher(a.text).region(line.start(), line.end());
            if (m.matches()) {
                int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
                Integer year = m.group(2) != null ? Integer.valueOf(m.group(2))
                        : published == null ? null : month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
                return year == null ? null : new Heading(line, new PartialDate(year, month, 0));
            }
            start = line.start();
        }
        return null;
    }

    /**
     * The date heading the entry whose line a sentence opens: a line above it in the same paragraph that is a full date alone,
     * or with a place ("Monday, May 12, 2025", "Monday, December 8 – Montréal" over "Midday: attended …"); or null.
     */
    static DateMention dateAbove(View a, Sentence sentence) {
        int start = sentence.span().start(), line = a.lines().start(start);
        if (!a.text.substring(line, start).isBlank()) return null;
        for (int i = 0; i < ENTRY_LINES && line > 0; i++) {
            Span above = a.lineAbove(line);
            if (above.of(a.text).isBlank()) return ruledDateAbove(a, line);
            DateMention heading = a.in(Layers.DATES, above).stream().filter(d -> d.date().isFull() && DateFinder.standsAlone(a.text, d.span()))
                    .findFirst().orElse(null);
            if (heading != null) return heading;
            line = above.start();
        }
        return null;
    }

    private static final Pattern RULE_LINE = Pattern.compile("[ \\t]*[-=_*─━]{5,}[ \\t]*");

    /**
     * The date of the section a line lies in, when sections are headed by a date set off by rule lines ("-----" /
     * "TUESDAY, MARCH 26" / "-----", as a news daybook heads its days): the nearest such heading above, or null.
     */
    private static DateMention ruledDateAbove(View a, int line) {
        int floor = Math.max(0, line - REACH);
        while (line > floor) {
            Span above = a.lineAbove(line);
            if (RULE_LINE.matcher(above.of(a.text)).matches() && above.start() > 0) {
                Span heading = a.lineAbove(above.start());
                DateMention d = a.in(Layers.DATES, heading).stream().filter(x -> x.date().isFull() && DateFinder.standsAlone(a.text, x.span())).findFirst().orElse(null);
                if (d != null) return d;
            }
            line = above.start();
        }
        return null;
    }

    /** How many lines of an entry may stand between its date heading and a sentence it dates. */
    private static final int ENTRY_LINES = 6;

    /** A line that dates or signs the page, not the meeting: "Published Fri, Mar 13, 2026", "By Jane Doe". */
    private static final Pattern PAGE_STAMP = Pattern.compile("(?i)\\s*(?:published|posted|updated|last\\s+updated|first\\s+published|by|from)\\b");
    /** How many lines under a title may tell its date and venue. */
    private static final int BLOCK_LINES = 3;
    /** The longest line of a title block. */
    private static final int BLOCK_LINE_LENGTH = 100;

    /**
     * The lines right under a sentence that is a title line of its own, with no full stop ("Second meeting of the … Council"
     * over "Tuesday, 26 March 2024, 15:00-17:30" and "Berlaymont building, Brussels"), up to a blank line; or null.
     */
    static Span blockBelow(View a, Sentence sentence) {
        Span s = sentence.span();
        int lineStart = a.lines().start(s.start()), lineEnd = a.lines().end(s.start());
        if (lineEnd >= a.text.length() || !a.text.substring(lineStart, s.start()).isBlank()
                || !a.text.substring(s.end(), lineEnd).isBlank() || s.of(a.text).strip().endsWith(".")) return null;
        int from = lineEnd + 1, to = from;
        for (int i = 0; i < BLOCK_LINES && to < a.text.length(); i++) {
            int end = a.lines().end(to);
            if (a.text.substring(to, end).isBlank() || end - to > BLOCK_LINE_LENGTH || PAGE_STAMP.matcher(a.text).region(to, end).lookingAt()) break;
            to = end + 1;
        }
        return to > from ? new Span(from, to - 1) : null;
    }
}
