package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.CouncilFact;
import eu.digitalpartnership.kg.extract.Findings.InitiativeFact;
import eu.digitalpartnership.kg.extract.Findings.LaunchFact;
import eu.digitalpartnership.kg.extract.Findings.MeetingFact;
import eu.digitalpartnership.kg.extract.Findings.MemorandumFact;
import eu.digitalpartnership.kg.extract.Findings.OfficialFact;
import eu.digitalpartnership.kg.extract.Findings.OrganisationFact;
import eu.digitalpartnership.kg.extract.Findings.TopicFact;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.BodyEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.InstrumentEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.NamedInitiative;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PlaceEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.RoleEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.TopicEntry;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Token;

/** Every annotation layer of the extraction pipeline, from tokens to facts, with the type of its annotations. */
public final class Layers {
    private Layers() {}

    // -- Text
    public static final Layer<Sentence> SENTENCES = Layer.of("sentences");
    public static final Layer<Token> TOKENS = Layer.of("tokens");
    /** Sentences telling a claim the next one refutes ("A report said … In fact, …"). */
    public static final Layer<Sentence> REFUTED = Layer.of("refuted");
    /** Lines of page furniture: links to other pages ("Related links", "See also"), not this text's facts. */
    public static final Layer<Span> FURNITURE = Layer.of("furniture");

    // -- Lexicon hits (longest match; topics keep overlapping hits)
    public static final Layer<Match<PartnerEntry>> PARTNER_HITS = Layer.of("partner-hits");
    public static final Layer<Match<PartnerEntry>> DEMONYM_HITS = Layer.of("demonym-hits");
    public static final Layer<Match<BodyEntry>> BODY_HITS = Layer.of("body-hits");
    public static final Layer<Match<RoleEntry>> ROLE_HITS = Layer.of("role-hits");
    public static final Layer<Match<PlaceEntry>> PLACE_HITS = Layer.of("place-hits");
    public static final Layer<Match<TopicEntry>> TOPIC_HITS = Layer.of("topic-hits");
    public static final Layer<Match<String>> HONORIFIC_HITS = Layer.of("honorific-hits");
    public static final Layer<Match<InstrumentEntry>> INSTRUMENT_HITS = Layer.of("instrument-hits");
    public static final Layer<Match<NamedInitiative>> INITIATIVE_HITS = Layer.of("initiative-hits");
    public static final Layer<Match<NamedInitiative>> GENERIC_INITIATIVE_HITS = Layer.of("generic-initiative-hits");

    // -- Dates, places, names and roles
    public static final Layer<DateMention> DATES = Layer.of("dates");
    public static final Layer<Parties> PARTIES = Layer.of("parties");
    public static final Layer<Span> ACRONYMS = Layer.of("acronyms");
    public static final Layer<Place> PLACES = Layer.of("places");
    public static final Layer<Name> NAMES = Layer.of("names");
    public static final Layer<Role> ROLES = Layer.of("roles");

    // -- Mentions
    public static final Layer<CouncilMention> COUNCIL_MENTIONS = Layer.of("council-mentions");

    // -- Facts and events
    public static final Layer<OrganisationFact> ORGANISATIONS = Layer.of("organisations");
    /** Every mention of an organisation found by pattern (not by the bodies lexicon), with its label. */
    public static final Layer<OrganisationFact> ORGANISATION_MENTIONS = Layer.of("organisation-mentions");
    public static final Layer<OfficialFact> OFFICIALS = Layer.of("officials");
    public static final Layer<CouncilFact> COUNCILS = Layer.of("councils");
    public static final Layer<MeetingFact> MEETINGS = Layer.of("meetings");
    public static final Layer<MeetingFact> RELATED_MEETINGS = Layer.of("related-meetings");
    public static final Layer<MemorandumFact> MEMORANDA = Layer.of("memoranda");
    public static final Layer<TopicFact> TOPICS = Layer.of("topics");
    public static final Layer<InitiativeFact> INITIATIVES = Layer.of("initiatives");
    public static final Layer<LaunchFact> LAUNCH = Layer.of("launch");
}
