package eu.digitalpartnership.kg.extract.rules;

import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;

/** What a named part of a pattern matched: its span and, for a layer element, the annotation it matched. */
public record Capture(Span span, Spanned annotation) implements Spanned {
    /** The annotation, cast to the type the caller expects of this capture. */
    @SuppressWarnings("unchecked")
    public <T extends Spanned> T as(Class<T> type) {
        return type.isInstance(annotation) ? (T) annotation : null;
    }
}
