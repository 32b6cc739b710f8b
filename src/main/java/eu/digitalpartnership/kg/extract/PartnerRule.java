package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.PartnerFact;
import eu.digitalpartnership.kg.extract.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The two parties: the EU and the non-EU partner named most often. Mentions in a pair ("EU-Japan",
 * "the EU and Korea") and in the first sentences weigh more than others.
 */
final class PartnerRule {
    private PartnerRule() {}

    static void apply(Analysis a, Findings f) {
        Map<String, Double> score = new HashMap<>();
        Map<String, Match<PartnerEntry>> first = new HashMap<>();
        for (Match<PartnerEntry> m : a.partnerMentions) {
            PartnerEntry p = m.entry();
            double w = 1.0;
            if (inPair(a, m)) w += 2.0;
            if (a.sentence(m.span().start()).index() < 2) w += 1.0;
            score.merge(p.key(), w, Double::sum);
            first.putIfAbsent(p.key(), m);
        }
        a.eu = a.lex.partner(Lexicons.EU);
        String otherKey = score.entrySet().stream()
                .filter(e -> !e.getKey().equals(Lexicons.EU))
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(e -> -first.get(e.getKey()).span().start()))
                .map(Map.Entry::getKey).orElse(null);
        a.other = otherKey == null ? null : a.lex.partner(otherKey);
        if (first.containsKey(Lexicons.EU)) f.partners.add(fact(first.get(Lexicons.EU)));
        if (a.other != null) f.partners.add(fact(first.get(otherKey)));
    }

    private static PartnerFact fact(Match<PartnerEntry> m) {
        return new PartnerFact(m.entry(), new Ev(m.span(), "partner.lexicon"));
    }

    private static boolean inPair(Analysis a, Match<PartnerEntry> m) {
        for (Match<PartnerEntry> n : a.partnerMentions) {
            if (n == m || n.entry().key().equals(m.entry().key())) continue;
            int gapStart = Math.min(m.span().end(), n.span().end());
            int gapEnd = Math.max(m.span().start(), n.span().start());
            if (gapEnd < gapStart || gapEnd - gapStart > 6) continue;
            String gap = a.text.substring(gapStart, gapEnd).strip();
            if (gap.matches("[-–—/]|and|&|,")) return true;
        }
        return false;
    }
}
