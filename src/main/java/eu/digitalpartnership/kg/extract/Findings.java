package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.annotate.Layers;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.BodyEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.RoleEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.TopicEntry;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.text.PartialDate;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the annotators found in one document, before it becomes RDF: the boundary between the annotation pipeline
 * and the graph. Every fact keeps the spans it came from and the id of the rule that read it.
 */
public final class Findings {
    /** Statuses of an instrument: signed at the meeting reported, signed earlier, being prepared, intended. */
    public static final String SIGNED = "signed", REFERENCED = "referenced", IN_PREPARATION = "in_preparation", INTENDED = "intended";
    /** The body whose meetings are councils. */
    public static final String DPC = "Digital Partnership Council";

    /**
     * Evidence: the spans a fact was read from (one or more, in text order, each written as its own target) and the
     * rule that read it.
     */
    public record Ev(List<Span> spans, String rule) {
        public Ev {
            if (spans.isEmpty()) throw new IllegalArgumentException("Evidence needs at least one span");
            spans = spans.stream().sorted().distinct().toList();
        }

        public Ev(Span span, String rule) { this(List.of(span), rule); }

        /** The smallest span covering every span of this evidence. */
        public Span span() { return spans.stream().reduce(Span::union).orElseThrow(); }

        /** This evidence with its covering span widened to cover the other span too. */
        public Ev with(Span other) { return other == null ? this : new Ev(span().union(other), rule); }

        /** This evidence with one more, separate span (a fact read from several places of the text). */
        public Ev and(Span other) {
            if (other == null) return this;
            List<Span> all = new ArrayList<>(spans);
            all.add(other);
            return new Ev(all, rule);
        }

        /** The same spans, credited to another rule. */
        public Ev rule(String other) { return new Ev(spans, other); }
    }

    public record PartnerFact(PartnerEntry entry, Ev ev) implements Spanned {
        @Override public Span span() { return ev.span(); }
    }
    public record PlaceRef(String label, String kind, String country, String wikidata, String geonames, Ev ev) implements Spanned {
        @Override public Span span() { return ev.span(); }

        /** The same place read with other evidence. */
        public PlaceRef withEv(Ev other) { return new PlaceRef(label, kind, country, wikidata, geonames, other); }
    }
    public record OfficialFact(String name, Ev nameEv, String role, RoleEntry kind, Ev roleEv,
                               PartnerEntry side, Ev sideEv, boolean chair) implements Spanned {
        @Override public Span span() { return nameEv.span(); }
    }
    public enum CouncilStatus { CURRENT, PAST, ANNOUNCED }
    public record CouncilFact(Integer ordinal, Ev mentionEv, PartialDate date, Ev dateEv, PlaceRef place, CouncilStatus status,
                              String kind) implements Spanned {
        @Override public Span span() { return mentionEv.span(); }
    }
    public record Party(PartnerEntry partner, String organisation, Ev ev) {}
    public record MemorandumFact(String type, String title, String topicPhrase, List<TopicEntry> topics, String status,
                                 PartialDate date, Ev ev, Ev dateEv, List<Party> parties, boolean topicStated) implements Spanned {
        /** A title or topic wrapped over lines is one line: "MOU on\n> digital credentials" (a quoted e-mail), "MOU on > digital …", a box's "on   digital". */
        public MemorandumFact {
            title = inline(title);
            topicPhrase = inline(topicPhrase);
        }

        private static String inline(String s) {
            return s == null || s.indexOf('\n') < 0 && s.indexOf('>') < 0 && !s.contains("  ") ? s : s.replaceAll("\\s*\\n[\\s>]*|\\s+>+\\s+|\\s{2,}", " ");
        }

        /** This instrument with another status and signing date (and the evidence of that date). */
        public MemorandumFact withFate(String status, PartialDate date, Ev dateEv) {
            return new MemorandumFact(type, title, topicPhrase, topics, status, date, ev, dateEv, parties, topicStated);
        }

        /** This instrument with another signing date (and its evidence). */
        public MemorandumFact withDate(PartialDate date, Ev dateEv) { return withFate(status, date, dateEv); }

        /** This instrument under another title and topic. */
        public MemorandumFact withTitle(String title, String topicPhrase, List<TopicEntry> topics) {
            return new MemorandumFact(type, title, topicPhrase, topics, status, date, ev, dateEv, parties, topicStated);
        }

        /** This instrument with other parties. */
        public MemorandumFact withParties(List<Party> parties) {
            return new MemorandumFact(type, title, topicPhrase, topics, status, date, ev, dateEv, parties, topicStated);
        }

        @Override public Span span() { return ev.span(); }
    }
    /**
     * An initiative. A generic name (a pilot, a study, a working group) does not identify one thing across
     * documents: its scope says how far its IRI reaches.
     */
    public record InitiativeFact(String name, String type, String status, Ev ev, Scope scope) implements Spanned {
        public InitiativeFact(String name, String type, String status, Ev ev) { this(name, type, status, ev, Scope.GLOBAL); }

        @Override public Span span() { return ev.span(); }
    }

    /** How far a name identifies its thing: everywhere, within its partnership, or within its document. */
    public enum Scope { GLOBAL, PARTNERSHIP, DOCUMENT }
    public record OrganisationFact(String label, BodyEntry entry, PartnerEntry side, Ev ev) implements Spanned {
        @Override public Span span() { return ev.span(); }
    }
    public record MeetingFact(String name, PartialDate date, PartialDate end, Ev dateEv, PlaceRef place, Ev ev) implements Spanned {
        @Override public Span span() { return ev.span(); }
    }
    public record TopicFact(TopicEntry topic, Ev ev) implements Spanned {
        @Override public Span span() { return ev.span(); }
    }
    /** The partnership's launch date and where it was read. */
    public record LaunchFact(PartialDate date, Ev ev) implements Spanned {
        @Override public Span span() { return ev.span(); }
    }

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

    /** The facts of an annotated document's final layers. */
    static Findings of(Document doc) {
        Findings f = new Findings();
        f.partners.addAll(doc.single(Layers.PARTIES).facts());
        f.officials.addAll(doc.get(Layers.OFFICIALS));
        f.councils.addAll(doc.get(Layers.COUNCILS));
        f.memoranda.addAll(doc.get(Layers.MEMORANDA));
        f.initiatives.addAll(doc.get(Layers.INITIATIVES));
        f.organisations.addAll(doc.get(Layers.ORGANISATIONS));
        f.meetings.addAll(doc.get(Layers.RELATED_MEETINGS));
        f.meetings.addAll(doc.get(Layers.MEETINGS));
        f.topics.addAll(doc.get(Layers.TOPICS));
        LaunchFact launch = doc.single(Layers.LAUNCH);
        if (launch != null) {
            f.launchedOn = launch.date();
            f.launchedEv = launch.ev();
        }
        return f;
    }

    /** One rule's contribution to a fact: the rule id of one piece of evidence and the slots of the fact it supports. */
    /** A rule supporting a fact: its id, the fact's slots and the spans of text it read. */
    public record Hit(String rule, Map<String, String> slots, List<Span> spans) {}

    /** Every rule that supports a fact, with the fact's slots (what rule cases check). */
    public List<Hit> hits() {
        List<Hit> out = new ArrayList<>();
        for (PartnerFact p : partners) hit(out, slots("partner", p.entry().label()), p.ev());
        for (OfficialFact o : officials)
            hit(out, slots("name", o.name(), "role", o.role(), "side", o.side() == null ? null : o.side().label(),
                    "chair", String.valueOf(o.chair())), o.nameEv(), o.roleEv(), o.sideEv());
        for (CouncilFact c : councils)
            hit(out, slots("body", c.kind(), "status", c.status().name().toLowerCase(java.util.Locale.ROOT),
                    "ordinal", c.ordinal() == null ? null : c.ordinal().toString(), "date", str(c.date()),
                    "place", c.place() == null ? null : c.place().label()), c.mentionEv(), c.dateEv(), c.place() == null ? null : c.place().ev());
        for (MemorandumFact m : memoranda) {
            Map<String, String> slots = slots("title", m.title(), "topic", m.topicPhrase(), "type", m.type(), "status", m.status(),
                    "date", str(m.date()), "parties", String.join("; ", m.parties().stream().map(Findings::label).sorted().toList()));
            hit(out, slots, m.ev(), m.dateEv());
            for (Party p : m.parties()) hit(out, slots, p.ev());
        }
        for (InitiativeFact i : initiatives) hit(out, slots("name", i.name(), "type", i.type(), "status", i.status()), i.ev());
        for (OrganisationFact o : organisations) hit(out, slots("name", o.label()), o.ev());
        for (MeetingFact m : meetings)
            hit(out, slots("name", m.name(), "date", str(m.date()), "end", str(m.end()), "place", m.place() == null ? null : m.place().label()),
                    m.ev(), m.dateEv(), m.place() == null ? null : m.place().ev());
        for (TopicFact t : topics) hit(out, slots("topic", t.topic().label()), t.ev());
        if (launchedOn != null) hit(out, slots("date", launchedOn.lexical()), launchedEv);
        return out;
    }

    private static String label(Party p) {
        return p.partner() != null ? p.partner().label() : p.organisation();
    }

    private static String str(PartialDate d) {
        return d == null ? null : d.lexical();
    }

    private static Map<String, String> slots(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static void hit(List<Hit> out, Map<String, String> slots, Ev... evs) {
        for (Ev ev : evs) if (ev != null) out.add(new Hit(ev.rule(), slots, ev.spans()));
    }

    /** The council the article reports, or null. */
    CouncilFact currentCouncil() {
        return councils.stream().filter(c -> c.status() == CouncilStatus.CURRENT).findFirst().orElse(null);
    }
}
