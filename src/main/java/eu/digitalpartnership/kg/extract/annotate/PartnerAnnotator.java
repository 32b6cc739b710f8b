package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.PartnerFact;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotations;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two parties: the EU and the non-EU partner named most often. Mentions in a pair ("EU-Japan",
 * "the EU and Korea") and in the first sentences weigh more than others.
 */
final class PartnerAnnotator implements Annotator {
    static final String RULE = "partner.lexicon";
    private final Lexicons lex;

    PartnerAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() { return Set.of(Layers.PARTNER_HITS, Layers.SENTENCES); }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.PARTIES); }

    @Override public void annotate(Document doc, Output out) {
        View v = new View(doc);
        Annotations<Match<PartnerEntry>> hits = doc.get(Layers.PARTNER_HITS);
        Map<String, Double> score = new HashMap<>();
        Map<String, Match<PartnerEntry>> first = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            Match<PartnerEntry> m = hits.get(i);
            double w = 1.0;
            if (inPair(doc.text(), hits, i)) w += 2.0;
            if (v.sentence(m.span().start()).index() < 2) w += 1.0;
            score.merge(m.entry().key(), w, Double::sum);
            first.putIfAbsent(m.entry().key(), m);
        }
        PartnerEntry eu = lex.partner(Lexicons.EU);
        String otherKey = score.entrySet().stream()
                .filter(e -> !e.getKey().equals(Lexicons.EU))
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(e -> -first.get(e.getKey()).span().start()))
                .map(Map.Entry::getKey).orElse(null);
        PartnerEntry other = otherKey == null ? null : lex.partner(otherKey);
        List<PartnerFact> facts = new ArrayList<>();
        if (first.containsKey(Lexicons.EU)) facts.add(fact(first.get(Lexicons.EU)));
        if (other != null) facts.add(fact(first.get(otherKey)));
        out.put(Layers.PARTIES, List.of(new Parties(eu, other, List.copyOf(facts))));
    }

    private static PartnerFact fact(Match<PartnerEntry> m) {
        return new PartnerFact(m.entry(), new Ev(m.span(), RULE));
    }

    /** True if the mention and a neighbouring mention of another partner form a pair ("EU-Japan", "the EU and Korea"). */
    private static boolean inPair(String text, Annotations<Match<PartnerEntry>> hits, int i) {
        Match<PartnerEntry> m = hits.get(i);
        for (int j = Math.max(0, i - 2); j <= Math.min(hits.size() - 1, i + 2); j++) {
            Match<PartnerEntry> n = hits.get(j);
            if (j == i || n.entry().key().equals(m.entry().key())) continue;
            int gapStart = Math.min(m.span().end(), n.span().end());
            int gapEnd = Math.max(m.span().start(), n.span().start());
            if (gapEnd < gapStart || gapEnd - gapStart > 6) continue;
            String gap = text.substring(gapStart, gapEnd).strip();
            if (gap.matches("[-–—/]|and|&|,")) return true;
        }
        return false;
    }
}
