package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.annotate.Contexts;
import eu.digitalpartnership.kg.extract.annotate.Layers;
import eu.digitalpartnership.kg.extract.annotate.Parties;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotations;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;

/** What the graph and evidence writers read of an annotated document: its text, the two parties, the lexicons. */
final class Analysis {
    final String text;
    final Lexicons lex;
    final PartnerEntry eu;
    final PartnerEntry other;
    private final Annotations<Sentence> sentences;

    /** The annotated document, and the text evidence quotes (the document's own, of the same length as the annotated one). */
    Analysis(Document doc, String text, Lexicons lex) {
        this.text = text;
        this.lex = lex;
        Parties p = doc.single(Layers.PARTIES);
        this.eu = p.eu();
        this.other = p.other();
        this.sentences = doc.get(Layers.SENTENCES);
    }

    /** The text around a span that evidence quotes as its sentence: the sentence, or a window of a very long one. */
    Span context(Span span) {
        return Contexts.context(text, sentences, span);
    }
}
