package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;

/** A personal name: {@code span} covers a leading honorific too ("Mr. Roberto Viola"), {@code name} only the name. */
public record Name(Span span, Span name) implements Spanned {}
