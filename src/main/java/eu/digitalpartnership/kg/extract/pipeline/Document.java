package eu.digitalpartnership.kg.extract.pipeline;

import eu.digitalpartnership.kg.extract.text.Spanned;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A text with its immutable annotation layers. Each layer is written once, by the annotator that declares it; an
 * annotator sees only the layers it declares it reads.
 * <pre>
 *   Document doc = pipeline.run(Document.of(text, published));
 *   for (Name n : doc.get(Layers.NAMES)) ...
 * </pre>
 */
public final class Document {
    private final String text;
    private final String written;
    private final LocalDate published;
    private final Map<Layer<?>, Annotations<?>> layers;
    private final Set<Layer<?>> visible;
    private final String reader;

    private Document(String text, String written, LocalDate published, Map<Layer<?>, Annotations<?>> layers, Set<Layer<?>> visible, String reader) {
        this.text = text;
        this.written = written;
        this.published = published;
        this.layers = layers;
        this.visible = visible;
        this.reader = reader;
    }

    /** A document with no layers yet; {@code published} may be null. */
    public static Document of(String text, LocalDate published) {
        return new Document(Objects.requireNonNull(text, "text"), text, published, Map.of(), null, null);
    }

    /** A document read from a text as written, with its layout and case already read into {@code text} (same length). */
    public static Document of(String text, String written, LocalDate published) {
        if (written.length() != text.length()) throw new IllegalArgumentException("The text as written and as read differ in length");
        return new Document(Objects.requireNonNull(text, "text"), written, published, Map.of(), null, null);
    }

    /** The exact text all offsets index. */
    public String text() { return text; }

    /** The text as written, offset for offset: its capitals and layout before they were read. */
    public String written() { return written; }

    /** The publication date from the document's metadata, or null. */
    public LocalDate published() { return published; }

    /** The annotations of a layer; throws if the layer is not written yet or not declared by the reading annotator. */
    @SuppressWarnings("unchecked")
    public <T extends Spanned> Annotations<T> get(Layer<T> layer) {
        if (visible != null && !visible.contains(layer))
            throw new IllegalStateException(reader + " reads layer '" + layer + "' without declaring it");
        Annotations<?> a = layers.get(layer);
        if (a == null) throw new IllegalStateException("Layer '" + layer + "' is not written yet");
        return (Annotations<T>) a;
    }

    /** True if the layer has been written. */
    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The single annotation of a document-level layer, or null when it is empty. */
    public <T extends Spanned> T single(Layer<T> layer) {
        Annotations<T> a = get(layer);
        return a.isEmpty() ? null : a.get(0);
    }

    /** This document as one annotator sees it: only the layers it reads. */
    Document readBy(String annotator, Set<Layer<?>> reads) {
        return new Document(text, written, published, layers, Set.copyOf(reads), annotator);
    }

    /** A new document with the layers added; a layer already present may not be written again. */
    Document with(Map<Layer<?>, Annotations<?>> added) {
        Map<Layer<?>, Annotations<?>> all = new HashMap<>(layers);
        for (var e : added.entrySet())
            if (all.putIfAbsent(e.getKey(), e.getValue()) != null)
                throw new IllegalStateException("Layer '" + e.getKey() + "' is written twice");
        return new Document(text, written, published, Collections.unmodifiableMap(all), null, null);
    }
}
