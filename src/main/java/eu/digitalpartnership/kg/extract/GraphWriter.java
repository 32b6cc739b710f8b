package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.CouncilFact;
import eu.digitalpartnership.kg.extract.Findings.CouncilStatus;
import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.PlaceRef;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.text.PartialDate;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Ordinals;
import eu.digitalpartnership.kg.model.Slugs;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/** Turns findings into one document's graph: every fact triple gets a dp:Evidence pointing at its span. */
final class GraphWriter {
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final String GEONAMES = "https://sws.geonames.org/";
    private static final String COUNTRY_TABLE = "http://publications.europa.eu/resource/authority/country/";

    private final Model m = ModelFactory.createDefaultModel();
    private final IriMinter iris;
    private final SourceDocument doc;
    private final Analysis a;
    private final Resource document;
    private final Resource extraction;
    private final EvidenceWriter evidence;

    GraphWriter(IriMinter iris, SourceDocument doc, Analysis a, String extractorVersion) {
        this.iris = iris;
        this.doc = doc;
        this.a = a;
        m.setNsPrefix("dp", DP.NS).setNsPrefix("oa", OA.NS).setNsPrefix("prov", PROV).setNsPrefix("schema", SchemaDO.NS)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("id", iris.base() + "id/");
        document = m.createResource(iris.mint("document", "doc", doc.id()));
        extraction = m.createResource(iris.mint("extraction", "doc", doc.id()));
        evidence = new EvidenceWriter(m, iris, doc.id(), a, document, extraction);
        describeDocument(extractorVersion);
    }

    static String inputDigest(SourceDocument doc, String extractorVersion) {
        return Slugs.sha256(String.join("\u001f", doc.text(), String.valueOf(doc.title()), String.valueOf(doc.source()),
                String.valueOf(doc.published()), String.valueOf(doc.language()), extractorVersion));
    }

    Graph write(Findings f) {
        Resource partnership = partners(f);
        f.officials.forEach(o -> official(o, partnership));
        Map<CouncilStatus, Resource> councils = new HashMap<>();
        Resource current = null;
        for (CouncilFact c : f.councils) {
            Resource r = council(c, partnership);
            if (c.status() == CouncilStatus.CURRENT) current = r;
            councils.put(c.status(), r);
        }
        Resource held = current;
        if (held != null && councils.containsKey(CouncilStatus.ANNOUNCED)) {
            CouncilFact next = f.councils.stream().filter(c -> c.status() == CouncilStatus.ANNOUNCED).findFirst().orElseThrow();
            fact(councils.get(CouncilStatus.ANNOUNCED), DP.announcedAt, held, next.mentionEv());
        }
        for (var o : f.officials)
            if (o.chair() && held != null) {
                fact(held, DP.chair, person(o.name()), o.nameEv());
                fact(held, DP.participant, person(o.name()), o.nameEv());
            }
        Resource topicHolder = held != null ? held : partnership;
        for (var t : f.topics) {
            Resource topic = topic(t.topic(), t.ev());
            if (topicHolder != null) fact(topicHolder, DP.about, topic, t.ev());
        }
        f.organisations.forEach(o -> organisation(o.label(), o.entry() == null ? null : o.entry().wikidata(), o.ev()));
        f.memoranda.forEach(mo -> memorandum(mo, partnership));
        f.initiatives.forEach(this::initiative);
        f.meetings.forEach(this::meeting);
        return m.getGraph();
    }

    private void describeDocument(String version) {
        m.add(document, RDF.type, DP.SourceDocument);
        if (doc.title() != null) m.add(document, DCTerms.title, m.createLiteral(doc.title(), doc.language()));
        if (doc.source() != null) m.add(document, DCTerms.source, m.createResource(doc.source()));
        if (doc.published() != null)
            m.add(document, DCTerms.issued, m.createTypedLiteral(doc.published().toString(), XSDDatatype.XSDdate));
        m.add(document, DCTerms.language, doc.language());
        m.add(document, DP.sha256, Slugs.sha256(doc.text()));
        m.add(document, DP.text, doc.text());
        Resource agent = m.createResource(iris.mint("extractor", "version", version));
        m.add(agent, RDF.type, m.createResource(PROV + "SoftwareAgent"));
        m.add(extraction, RDF.type, DP.Extraction);
        m.add(extraction, m.createProperty(PROV + "used"), document);
        m.add(extraction, m.createProperty(PROV + "wasAssociatedWith"), agent);
        m.add(extraction, DP.inputDigest, inputDigest(doc, version));
    }

    private Resource partners(Findings f) {
        for (var p : f.partners) partner(p.entry(), p.ev());
        if (a.eu == null || a.other == null || f.partners.size() < 2) return null;
        Ev ev = f.partners.get(1).ev();
        Resource r = m.createResource(iris.mint("partnership", "pair", pair()));
        fact(r, RDF.type, DP.Partnership, ev);
        fact(r, RDFS.label, en(pairLabel() + " Digital Partnership"), ev);
        for (var p : f.partners) fact(r, DP.partner, partnerIri(p.entry()), p.ev());
        if (f.launchedOn != null) fact(r, DP.launchedOn, date(f.launchedOn), f.launchedEv);
        return r;
    }

    private String pairLabel() {
        return a.eu.shortLabel() + "\u2013" + a.other.shortLabel();
    }

    private String pair() {
        return a.eu.key() + "-" + a.other.key();
    }

    private Resource partnerIri(PartnerEntry p) {
        return m.createResource(iris.mint("partner", "partner", p.key()));
    }

    private Resource partner(PartnerEntry p, Ev ev) {
        Resource r = partnerIri(p);
        fact(r, RDF.type, DP.Partner, ev);
        fact(r, RDFS.label, en(p.label()), ev);
        if (p.wikidata() != null) fact(r, SchemaDO.sameAs, m.createResource(WIKIDATA + p.wikidata()), ev.rule("lexicon.wikidata"));
        if (p.country() != null) fact(r, SchemaDO.sameAs, m.createResource(COUNTRY_TABLE + p.country()), ev.rule("lexicon.country-table"));
        return r;
    }

    private Resource person(String name) {
        return m.createResource(iris.mint("person", "name", Slugs.nameSlug(name)));
    }

    private void official(Findings.OfficialFact o, Resource partnership) {
        Resource p = person(o.name());
        fact(p, RDF.type, DP.Official, o.nameEv());
        fact(p, RDFS.label, en(o.name()), o.nameEv());
        String qid = a.lex.personWikidata.get(Slugs.nameSlug(o.name()));
        if (qid != null) fact(p, SchemaDO.sameAs, m.createResource(WIKIDATA + qid), o.nameEv().rule("lexicon.wikidata"));
        String sideKey = o.side() == null ? "unknown" : o.side().key();
        Resource post = m.createResource(iris.mint("post", "side", sideKey, "title", Slugs.titleSlug(o.role())));
        fact(post, RDF.type, DP.Post, o.roleEv());
        fact(post, RDFS.label, en(o.role()), o.roleEv());
        Resource role = m.createResource(iris.mint("role", "role", Slugs.slug(o.kind().kind())));
        fact(role, RDF.type, DP.Role, o.roleEv());
        fact(role, RDFS.label, en(o.kind().kind()), o.roleEv());
        fact(post, DP.role, role, o.roleEv());
        fact(p, DP.holds, post, o.roleEv());
        if (o.side() != null) {
            Resource side = partnerIri(o.side());
            if (!m.contains(side, RDF.type)) partner(o.side(), o.sideEv());
            fact(p, DP.represents, side, o.sideEv());
            fact(post, DP.postIn, side, o.sideEv());
        }
    }

    private Resource council(CouncilFact c, Resource partnership) {
        String number = c.ordinal() != null ? String.valueOf(c.ordinal())
                : c.status() == CouncilStatus.ANNOUNCED ? "next-" + (c.date() == null ? doc.id() : c.date().lexical())
                : c.date() != null ? c.date().lexical() : "in-" + doc.id();
        String pairSlug = a.eu != null && a.other != null ? pair() : "unknown";
        Resource r = m.createResource(c.kind().equals(Findings.DPC)
                ? iris.mint("council", "pair", pairSlug, "number", number)
                : iris.mint("other-council", "pair", pairSlug, "body", Slugs.slug(c.kind()), "number", number));
        fact(r, RDF.type, DP.Council, c.mentionEv());
        String label = (c.ordinal() != null ? Ordinals.english(c.ordinal()) + " " : "")
                + (a.eu != null && a.other != null ? pairLabel() + " " : "") + c.kind();
        fact(r, RDFS.label, en(label), c.mentionEv());
        if (c.status() == CouncilStatus.CURRENT) fact(document, DP.reports, r, c.mentionEv());
        if (partnership != null) fact(r, DP.partnership, partnership, c.mentionEv());
        fact(r, DP.meetingStatus, c.status() == CouncilStatus.ANNOUNCED ? DP.Announced : DP.Held, c.mentionEv());
        if (c.ordinal() != null)
            fact(r, DP.ordinal, m.createTypedLiteral(String.valueOf(c.ordinal()), XSDDatatype.XSDinteger), c.mentionEv());
        if (c.date() != null) fact(r, DP.date, date(c.date()), c.dateEv());
        if (c.place() != null) fact(r, DP.heldIn, place(c.place()), c.place().ev());
        return r;
    }

    private Resource place(PlaceRef p) {
        Resource r = m.createResource(iris.mint("place", "name", Slugs.slug(p.label())));
        fact(r, RDF.type, p.kind().equals("country") ? DP.Country : DP.City, p.ev());
        fact(r, RDFS.label, en(p.label()), p.ev());
        if (p.wikidata() != null) fact(r, SchemaDO.sameAs, m.createResource(WIKIDATA + p.wikidata()), p.ev().rule("lexicon.wikidata"));
        if (p.geonames() != null) fact(r, SchemaDO.sameAs, m.createResource(GEONAMES + p.geonames() + "/"), p.ev().rule("lexicon.geonames"));
        var countryEntry = p.kind().equals("country") ? a.lex.countries.get(p.label()) : null;
        if (countryEntry != null && countryEntry.code() != null)
            fact(r, SchemaDO.sameAs, m.createResource(COUNTRY_TABLE + countryEntry.code()), p.ev().rule("lexicon.country-table"));
        if (p.country() != null && !p.country().equals(p.label())) {
            var entry = a.lex.countries.get(p.country());
            PlaceRef country = new PlaceRef(p.country(), "country", null, entry == null ? null : entry.wikidata(), null, p.ev().rule("lexicon.country"));
            fact(r, DP.inCountry, place(country), country.ev());
        }
        return r;
    }

    private Resource topic(Lexicons.TopicEntry t, Ev ev) {
        Resource r = m.createResource(iris.mint("topic", "topic", t.slug()));
        fact(r, RDF.type, DP.TechnologyTopic, ev);
        fact(r, SKOS.prefLabel, en(t.label()), ev);
        return r;
    }

    private Resource organisation(String label, String wikidata, Ev ev) {
        Resource r = m.createResource(iris.mint("organisation", "name", Slugs.titleSlug(label)));
        fact(r, RDF.type, DP.Organisation, ev);
        fact(r, RDFS.label, en(label), ev);
        if (wikidata != null) fact(r, SchemaDO.sameAs, m.createResource(WIKIDATA + wikidata), ev.rule("lexicon.wikidata"));
        return r;
    }

    private void memorandum(Findings.MemorandumFact mo, Resource partnership) {
        String pairSlug = a.eu != null && a.other != null ? pair() : "unknown";
        Resource r = m.createResource(iris.mint("memorandum", "pair", pairSlug, "title", Slugs.slug(mo.title())));
        fact(r, RDF.type, DP.Memorandum, mo.ev());
        fact(r, RDFS.label, en(mo.title()), mo.ev());
        fact(r, DP.instrumentType, m.createResource(DP.NS + mo.type()), mo.ev());
        fact(r, DP.instrumentStatus, status(mo.status()), mo.ev());
        if (Findings.SIGNED.equals(mo.status())) fact(document, DP.reports, r, mo.ev());
        if (mo.topicPhrase() != null) fact(r, DP.topicPhrase, en(mo.topicPhrase()), mo.ev());
        for (var t : mo.topics()) fact(r, DP.about, topic(t, mo.ev()), mo.ev());
        if (mo.date() != null) fact(r, DP.signedOn, date(mo.date()), mo.dateEv());
        for (var p : mo.parties()) {
            Resource party = p.partner() != null ? partyPartner(p) : organisation(p.organisation(), null, p.ev());
            fact(r, DP.party, party, p.ev());
        }
    }

    private Resource partyPartner(Findings.Party p) {
        Resource r = partnerIri(p.partner());
        if (!m.contains(r, RDF.type)) partner(p.partner(), p.ev());
        return r;
    }

    private Resource status(String s) {
        return switch (s) {
            case Findings.SIGNED -> DP.Signed;
            case Findings.IN_PREPARATION -> DP.InPreparation;
            case Findings.INTENDED -> DP.Intended;
            default -> DP.Referenced;
        };
    }

    private void initiative(Findings.InitiativeFact i) {
        String name = Slugs.slug(i.name());
        String pairSlug = a.eu != null && a.other != null ? pair() : "unknown";
        Resource r = m.createResource(switch (i.scope()) {
            case GLOBAL -> iris.mint("initiative", "name", name);
            case PARTNERSHIP -> iris.mint("partnership-initiative", "pair", pairSlug, "name", name);
            case DOCUMENT -> iris.mint("document-initiative", "pair", pairSlug, "name", name, "doc", doc.id());
        });
        fact(r, RDF.type, DP.Initiative, i.ev());
        fact(r, RDFS.label, en(i.name()), i.ev());
        fact(r, DP.initiativeType, m.createLiteral(i.type()), i.ev());
        if (i.status() != null) fact(r, DP.initiativeStatus, m.createLiteral(i.status()), i.ev());
    }

    private void meeting(Findings.MeetingFact mt) {
        String slug = Slugs.slug(mt.name()) + (mt.date() == null ? "" : "-" + mt.date().lexical());
        Resource r = m.createResource(iris.mint("meeting", "name", slug));
        fact(r, RDF.type, DP.Meeting, mt.ev());
        fact(r, RDFS.label, en(mt.name()), mt.ev());
        if (mt.date() != null) fact(r, DP.date, date(mt.date()), mt.dateEv());
        if (mt.end() != null) fact(r, DP.endDate, date(mt.end()), mt.dateEv());
        if (mt.place() != null) fact(r, DP.heldIn, place(mt.place()), mt.place().ev());
    }

    private Literal en(String s) {
        return m.createLiteral(s, "en");
    }

    private Literal date(PartialDate d) {
        XSDDatatype t = switch (d.xsdType()) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDgYear;
        };
        return m.createTypedLiteral(d.lexical(), t);
    }

    private void fact(Resource s, Property p, RDFNode o, Ev ev) {
        if (p.equals(RDFS.label) && s.hasProperty(RDFS.label) && !s.hasProperty(RDFS.label, o)) p = SKOS.altLabel;
        Statement st = m.createStatement(s, p, o);
        if (m.contains(st)) return;
        m.add(st);
        evidence.write(st, ev);
    }
}
