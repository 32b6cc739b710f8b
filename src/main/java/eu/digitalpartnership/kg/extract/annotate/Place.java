package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PlaceEntry;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;

/**
 * A place named where a place is expected: a gazetteer entry after "in", "at", "hosted by" …, before "hosts", or in
 * parentheses; or an unlisted capitalised name after "in"/"at" ({@code entry} null).
 * {@code cue}: 2 where a meeting's place is named ("in", "at", "hosted by", before "hosts", a dateline, before ", Country"),
 * 1 after "to" or "from", 0 uncued; {@code parenOpen} is the offset of the opening parenthesis around it, or -1.
 */
public record Place(Span span, String label, PlaceEntry entry, int cue, int parenOpen) implements Spanned {
    /** True if the place is named where a place is expected. */
    public boolean cued() {
        return cue > 0;
    }

    /** True for a gazetteer place, false for an unlisted name. */
    public boolean listed() {
        return entry != null;
    }

    /** True for a city (unlisted names count as cities). */
    public boolean isCity() {
        return entry == null || entry.kind().equals("city");
    }
}
