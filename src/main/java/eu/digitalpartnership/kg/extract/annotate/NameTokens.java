package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.text.Token;
import java.util.Locale;
import java.util.Set;

/** Which tokens can be part of a personal name: capitalised words outside lexicon hits, acronyms and dates. */
final class NameTokens {
    /** The layers this test reads. */
    static final Set<Layer<?>> READS = Set.of(Layers.PARTNER_HITS, Layers.BODY_HITS, Layers.PLACE_HITS, Layers.ACRONYMS,
            Layers.ROLE_HITS, Layers.DEMONYM_HITS, Layers.DATES, Layers.HONORIFIC_HITS);

    private final Document doc;
    private final Lexicons lex;

    NameTokens(Document doc, Lexicons lex) {
        this.doc = doc;
        this.lex = lex;
    }

    /** True if the token is a capitalised word that can be part of a personal name. */
    boolean nameToken(Token t) {
        if (!t.isWord() || !t.isCapitalised()) return false;
        if (Character.isDigit(t.text().charAt(0))) return false;
        if (lex.notNames.contains(t.text().toLowerCase(Locale.ROOT))) return false;
        if (locked(t)) return false;
        if (doc.get(Layers.ROLE_HITS).overlaps(t.span()) || doc.get(Layers.DEMONYM_HITS).overlaps(t.span())) return false;
        return !doc.get(Layers.DATES).overlaps(t.span());
    }

    /** True if the token is (part of) a nationality adjective ("Canadian", "Japanese"). */
    boolean demonym(Token t) {
        return doc.get(Layers.DEMONYM_HITS).overlaps(t.span());
    }

    /** True if the token is (part of) an honorific. */
    boolean honorific(Token t) {
        return doc.get(Layers.HONORIFIC_HITS).overlaps(t.span());
    }

    private boolean locked(Token t) {
        return doc.get(Layers.PARTNER_HITS).overlaps(t.span()) || doc.get(Layers.BODY_HITS).overlaps(t.span())
                || doc.get(Layers.PLACE_HITS).overlapping(t.span()).stream().anyMatch(m -> m.entries().stream().anyMatch(e -> e.listed()))
                || doc.get(Layers.ACRONYMS).overlaps(t.span());
    }
}
