package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.text.PartialDate;
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
            int previous = start >= 2 ? a.lines().start(start - 2) : 0;
            Span line = new Span(previous, start - 1);
            Matcher m = HEADING.matcher(a.text).region(line.start(), line.end());
            if (m.matches()) {
                int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
                Integer year = m.group(2) != null ? Integer.valueOf(m.group(2))
                        : published == null ? null : month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
                return year == null ? null : new Heading(line, new PartialDate(year, month, 0));
            }
            start = previous;
        }
        return null;
    }
}
