package eu.digitalpartnership.kg.extract.text;

/** A date expression found in the text; {@code end} is set for ranges ("May 2-3, 2024"). */
public record DateMention(Span span, PartialDate date, PartialDate end, boolean yearStated) implements Spanned {
    /** The same mention with its year taken from elsewhere. */
    public DateMention inYear(int year) {
        return new DateMention(span, date.withYear(year), end == null ? null : end.withYear(year), false);
    }
}
