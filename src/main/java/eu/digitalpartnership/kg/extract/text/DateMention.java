package eu.digitalpartnership.kg.extract.text;

/**
 * A date expression found in the text; {@code end} is set for ranges ("May 2-3, 2024"); {@code weekday} is the day
 * of the week the text states with it (1 = Monday … 7 = Sunday), or 0.
 */
public record DateMention(Span span, PartialDate date, PartialDate end, boolean yearStated, int weekday) implements Spanned {
    /** A mention without a stated weekday. */
    public DateMention(Span span, PartialDate date, PartialDate end, boolean yearStated) {
        this(span, date, end, yearStated, 0);
    }

    /** The same mention with its year taken from elsewhere. */
    public DateMention inYear(int year) {
        return new DateMention(span, date.withYear(year), end == null ? null : end.withYear(year), false, weekday);
    }

    /** True if the stated weekday, if any, is the weekday of the (full) date. */
    public boolean weekdayAgrees() {
        return weekday == 0 || !date.isFull() || date.toLocalDate().getDayOfWeek().getValue() == weekday;
    }
}
