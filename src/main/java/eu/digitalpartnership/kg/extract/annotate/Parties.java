package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.PartnerFact;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;
import java.util.List;

/**
 * The two parties of the partnership an article is about (a document-level annotation): the EU and the other
 * partner (null when none is named), with the first mention of each that is named.
 */
public record Parties(PartnerEntry eu, PartnerEntry other, List<PartnerFact> facts) implements Spanned {
    @Override public Span span() {
        return facts.isEmpty() ? new Span(0, 0) : facts.get(0).span();
    }

    /** True if the partner is one of the two. */
    public boolean isParty(PartnerEntry p) {
        return p == eu || p == other;
    }

    /**
     * The first partner of the hits outside the partnership when the hits name no partner of this one but the EU
     * ("the first EU–Japan Council" in an article on Korea), else null.
     */
    public PartnerEntry onlyOther(List<Match<PartnerEntry>> hits) {
        if (hits.stream().anyMatch(h -> h.entry().equals(other))) return null;
        return hits.stream().map(Match::entry).filter(e -> !isParty(e)).findFirst().orElse(null);
    }
}
