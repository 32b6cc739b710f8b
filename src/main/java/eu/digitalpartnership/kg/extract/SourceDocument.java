package eu.digitalpartnership.kg.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text to extract from, with what is known about it. {@code id} names the document in IRIs (a slug);
 * title, source, published date and language are optional.
 */
public record SourceDocument(String id, String text, String title, String source, LocalDate published, String language) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (!SLUG.matcher(id).matches()) throw new IllegalArgumentException("Document id must be a slug: " + id);
        if (language == null || language.isBlank()) language = "en";
    }

    /** A document with only an id and a text. */
    public static SourceDocument of(String id, String text) {
        return new SourceDocument(id, text, null, null, null, "en");
    }
}
