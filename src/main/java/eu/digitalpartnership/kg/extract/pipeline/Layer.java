package eu.digitalpartnership.kg.extract.pipeline;

import eu.digitalpartnership.kg.extract.text.Spanned;

/** A named layer of annotations of one type. Annotators declare the layers they read and write by these keys. */
public record Layer<T extends Spanned>(String name) {
    public Layer {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("Bad layer name: " + name);
    }

    /** A layer key. */
    public static <T extends Spanned> Layer<T> of(String name) {
        return new Layer<>(name);
    }

    @Override public String toString() { return name; }
}
