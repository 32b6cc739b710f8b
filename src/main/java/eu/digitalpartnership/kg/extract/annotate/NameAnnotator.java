package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Personal names: runs of up to five capitalised name tokens (particles like "von der" inside, initials with a
 * dot), or a single one after an honorific; not a run of capitals only, not after "the".
 */
final class NameAnnotator implements Annotator {
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "du", "da", "bin", "binti", "al", "la", "le");

    private final Lexicons lex;

    NameAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        Set<Layer<?>> r = new HashSet<>(NameTokens.READS);
        r.add(Layers.SENTENCES);
        return r;
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.NAMES); }

    @Override public void annotate(Document doc, Output out) {
        NameTokens nt = new NameTokens(doc, lex);
        List<Name> names = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) names(nt, s, names);
        out.put(Layers.NAMES, names);
    }

    private static void names(NameTokens nt, Sentence s, List<Name> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            int start = i;
            boolean hon = false;
            while (start < t.size() && (nt.honorific(t.get(start)) || hon && t.get(start).text().equals("."))) {
                hon = hon || nt.honorific(t.get(start));
                start++;
            }
            if (start >= t.size() || !nt.nameToken(t.get(start))) continue;
            if (!hon && i > 0 && t.get(i - 1).text().equals("the")) continue;
            // "of Canadian Heritage Priya Ramanathan": the word a nationality adjective qualifies opens no name
            if (!hon && start > 0 && nt.demonym(t.get(start - 1)) && start + 2 < t.size() && nt.nameToken(t.get(start + 1))
                    && nt.nameToken(t.get(start + 2))) continue;
            int end = start;
            while (end + 1 < t.size() && end - start < 4) {
                Token next = t.get(end + 1);
                if (nt.nameToken(next)) end++;
                else if (PARTICLES.contains(next.text())) {
                    int p = end + 1;
                    while (p < t.size() && PARTICLES.contains(t.get(p).text())) p++;
                    if (p < t.size() && nt.nameToken(t.get(p))) end = p;
                    else break;
                } else if (next.text().equals(".") && t.get(end).text().length() == 1 && end + 2 < t.size() && nt.nameToken(t.get(end + 2))) end += 2;
                else break;
            }
            if (end == start && !hon) continue;
            if (end > start && t.subList(start, end + 1).stream().allMatch(Token::isAllCaps)) continue;
            // "Ambassador Geneviève Tuts's week": the possessive is no part of the name
            String last = t.get(end).text();
            int nameEnd = t.get(end).end() - (last.length() > 3 && (last.endsWith("'s") || last.endsWith("’s")) ? 2 : 0);
            Span name = new Span(t.get(start).start(), nameEnd);
            out.add(new Name(new Span(t.get(i).start(), name.end()), name));
            i = end;
        }
    }
}
