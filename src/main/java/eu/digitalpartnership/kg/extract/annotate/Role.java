package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.RoleEntry;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;

/**
 * A title phrase: {@code title} is the contiguous title ("Minister for Digital Transformation"), {@code span} adds a
 * partner prefix before it ("Japanese", "Japan's", "the Commission's"), which gives {@code prefixSide}.
 */
public record Role(Span span, Span title, Span prefix, PartnerEntry prefixSide, RoleEntry kind) implements Spanned {}
