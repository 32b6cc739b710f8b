package eu.digitalpartnership.kg.extract.text;

/** Anything that covers a span of a document's text: a token, a sentence, a lexicon hit, a mention, a fact. */
public interface Spanned {
    /** The span covered. */
    Span span();
}
