package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Lexicons.BodyEntry;
import eu.digitalpartnership.kg.extract.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.Lexicons.RoleEntry;
import eu.digitalpartnership.kg.extract.Lexicons.TopicEntry;
import eu.digitalpartnership.kg.extract.text.PartialDate;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.List;

/** What the rules found in one document, before it becomes RDF. Every fact keeps the span it came from. */
final class Findings {
    /**
     * Evidence: the spans a fact was read from (one or more, in text order, each written as its own target) and the
     * rule that read it.
     */
    record Ev(List<Span> spans, String rule) {
        Ev {
            if (spans.isEmpty()) throw new IllegalArgumentException("Evidence needs at least one span");
            spans = spans.stream().sorted().distinct().toList();
        }

        Ev(Span span, String rule) { this(List.of(span), rule); }

        /** The smallest span covering every span of this evidence. */
        Span span() { return spans.stream().reduce(Span::union).orElseThrow(); }

        /** This evidence with its covering span widened to cover the other span too. */
        Ev with(Span other) { return other == null ? this : new Ev(span().union(other), rule); }

        /** This evidence with one more, separate span (a fact read from several places of the text). */
        Ev and(Span other) {
            if (other == null) return this;
            List<Span> all = new ArrayList<>(spans);
            all.add(other);
            return new Ev(all, rule);
        }

        Ev rule(String other) { return new Ev(spans, other); }
    }

    record PartnerFact(PartnerEntry entry, Ev ev) {}
    record PlaceRef(String label, String kind, String country, String wikidata, Ev ev) {}
    record OfficialFact(String name, Ev nameEv, String role, RoleEntry kind, Ev roleEv,
                        PartnerEntry side, Ev sideEv, boolean chair) {}
    enum CouncilStatus { CURRENT, PAST, ANNOUNCED }
    record CouncilFact(Integer ordinal, Ev mentionEv, PartialDate date, Ev dateEv, PlaceRef place, CouncilStatus status, String kind) {}
    record Party(PartnerEntry partner, String organisation, Ev ev) {}
    record MemorandumFact(String type, String title, String topicPhrase, List<TopicEntry> topics, String status,
                          PartialDate date, Ev ev, Ev dateEv, List<Party> parties, boolean topicStated) {}
    /**
     * An initiative. A generic name (a pilot, a study, a working group) does not identify one thing across
     * documents: its scope says how far its IRI reaches.
     */
    record InitiativeFact(String name, String type, String status, Ev ev, Scope scope) {
        InitiativeFact(String name, String type, String status, Ev ev) { this(name, type, status, ev, Scope.GLOBAL); }
    }

    /** How far a name identifies its thing: everywhere, within its partnership, or within its document. */
    enum Scope { GLOBAL, PARTNERSHIP, DOCUMENT }
    record OrganisationFact(String label, BodyEntry entry, PartnerEntry side, Ev ev) {}
    record MeetingFact(String name, PartialDate date, PartialDate end, Ev dateEv, PlaceRef place, Ev ev) {}
    record TopicFact(TopicEntry topic, Ev ev) {}

    final List<PartnerFact> partners = new ArrayList<>();
    final List<OfficialFact> officials = new ArrayList<>();
    final List<CouncilFact> councils = new ArrayList<>();
    final List<MemorandumFact> memoranda = new ArrayList<>();
    final List<InitiativeFact> initiatives = new ArrayList<>();
    final List<OrganisationFact> organisations = new ArrayList<>();
    final List<MeetingFact> meetings = new ArrayList<>();
    final List<TopicFact> topics = new ArrayList<>();
    PartialDate launchedOn;
    Ev launchedEv;

    /** The council the article reports, or null. */
    CouncilFact currentCouncil() {
        return councils.stream().filter(c -> c.status() == CouncilStatus.CURRENT).findFirst().orElse(null);
    }
}
