package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.List;
import java.util.Set;

/**
 * Lexicon hits over the raw text (Aho-Corasick, whole words, longest match): partners and demonyms, bodies, titles,
 * places, honorifics, instruments, named and generic initiatives, and every topic label (overlaps kept).
 */
final class LexiconAnnotator implements Annotator {
    private final Lexicons lex;

    LexiconAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() { return Set.of(); }

    @Override public Set<Layer<?>> writes() {
        return Set.of(Layers.PARTNER_HITS, Layers.DEMONYM_HITS, Layers.BODY_HITS, Layers.ROLE_HITS, Layers.PLACE_HITS,
                Layers.TOPIC_HITS, Layers.HONORIFIC_HITS, Layers.INSTRUMENT_HITS, Layers.INITIATIVE_HITS,
                Layers.GENERIC_INITIATIVE_HITS);
    }

    @Override public void annotate(Document doc, Output out) {
        String text = doc.text();
        out.put(Layers.PARTNER_HITS, outsideHandles(text, lex.partners.find(text)));
        out.put(Layers.DEMONYM_HITS, lex.demonyms.find(text));
        out.put(Layers.BODY_HITS, outsideHandles(text, lex.bodies.find(text)).stream().filter(m -> !timeZone(text, m.span())).toList());
        out.put(Layers.ROLE_HITS, lex.roles.findLeftmost(text));
        out.put(Layers.PLACE_HITS, lex.places.find(text));
        out.put(Layers.TOPIC_HITS, lex.topics.all(text));
        out.put(Layers.HONORIFIC_HITS, lex.honorifics.find(text));
        out.put(Layers.INSTRUMENT_HITS, lex.instruments.find(text));
        out.put(Layers.INITIATIVE_HITS, lex.namedInitiatives.find(text));
        out.put(Layers.GENERIC_INITIATIVE_HITS, lex.genericInitiatives.find(text));
    }

    private static final java.util.regex.Pattern CLOCK_BEFORE = java.util.regex.Pattern.compile("(?:\\d{1,2}[:.]\\d{2}|\\btimes)\\s*\\(?\\s*$");

    /** An abbreviation right after a time of day ("17:00 JST", "14:00-17:30 (JST)", "all times JST") names a time zone, no body. */
    private static boolean timeZone(String text, Span s) {
        String surface = s.of(text);
        return surface.equals(surface.toUpperCase(java.util.Locale.ROOT)) && surface.length() <= 5
                && CLOCK_BEFORE.matcher(text.substring(Math.max(0, s.start() - 16), s.start())).find();
    }

    /** Matches that are not part of a social-media handle or hashtag ("@MSIT_Minister", "#EUKorea"). */
    private static <T> List<Match<T>> outsideHandles(String text, List<Match<T>> matches) {
        return matches.stream().filter(m -> !inHandle(text, m.span())).toList();
    }

    private static boolean inHandle(String text, Span s) {
        int i = s.start();
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) i--;
        boolean marked = i > 0 && (text.charAt(i - 1) == '@' || text.charAt(i - 1) == '#');
        boolean underscored = s.end() < text.length() && text.charAt(s.end()) == '_' || s.start() > 0 && text.charAt(s.start() - 1) == '_';
        return marked && i < s.start() || text.charAt(Math.max(0, s.start() - 1)) == '@' || underscored;
    }
}
