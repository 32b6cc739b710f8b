package eu.digitalpartnership.kg.model;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * Terms of the Digital Partnership ontology ({@code ontology/dp.ttl}), prefix {@code dp:}.
 * Every constant here is declared in the ontology; {@code VocabularyDeclaredTest} checks it.
 *
 * @see <a href="https://w3id.org/dpkg/ontology">Digital Partnership ontology</a>
 */
public final class DP {
    private DP() {}

    public static final String PREFIX = "dp";
    /** The ontology IRI (no trailing separator). */
    public static final String ONTOLOGY = "https://w3id.org/dpkg/ontology";
    public static final String NS = ONTOLOGY + "#";

    private static final Model m = ModelFactory.createDefaultModel();
    private static Resource r(String local) { return m.createResource(NS + local); }
    private static Property p(String local) { return m.createProperty(NS + local); }

    // Classes
    public static final Resource Partner = r("Partner");
    public static final Resource Partnership = r("Partnership");
    public static final Resource Official = r("Official");
    public static final Resource Post = r("Post");
    public static final Resource Role = r("Role");
    public static final Resource Meeting = r("Meeting");
    public static final Resource Council = r("Council");
    public static final Resource Memorandum = r("Memorandum");
    public static final Resource Initiative = r("Initiative");
    public static final Resource TechnologyTopic = r("TechnologyTopic");
    public static final Resource Organisation = r("Organisation");
    public static final Resource Place = r("Place");
    public static final Resource City = r("City");
    public static final Resource Country = r("Country");
    public static final Resource SourceDocument = r("SourceDocument");
    public static final Resource Evidence = r("Evidence");
    public static final Resource Extraction = r("Extraction");
    public static final Resource ValueConflict = r("ValueConflict");

    /** The classes of the things extracted from documents and published: every other subject is provenance. */
    public static final java.util.Set<Resource> ENTITY_CLASSES = java.util.Set.of(Partner, Partnership, Official, Post, Role,
            Meeting, Council, Memorandum, Initiative, TechnologyTopic, Organisation, Place, City, Country);

    // Concept schemes and their members (declared in the ontology)
    public static final Resource InstrumentTypeScheme = r("InstrumentTypeScheme");
    public static final Resource MemorandumOfCooperation = r("MemorandumOfCooperation");
    public static final Resource MemorandumOfUnderstanding = r("MemorandumOfUnderstanding");
    public static final Resource AdministrativeArrangement = r("AdministrativeArrangement");
    public static final Resource LetterOfIntent = r("LetterOfIntent");
    public static final Resource InstrumentStatusScheme = r("InstrumentStatusScheme");
    public static final Resource Signed = r("Signed");
    public static final Resource Referenced = r("Referenced");
    public static final Resource InPreparation = r("InPreparation");
    public static final Resource Intended = r("Intended");
    public static final Resource MeetingStatusScheme = r("MeetingStatusScheme");
    public static final Resource Held = r("Held");
    public static final Resource Announced = r("Announced");
    public static final Resource ResolutionRuleScheme = r("ResolutionRuleScheme");
    public static final Resource ReportingDocumentRule = r("ReportingDocumentRule");
    public static final Resource MajorityRule = r("MajorityRule");
    public static final Resource RecencyRule = r("RecencyRule");

    // Data quality metrics (instances of dqv:Metric)
    public static final Resource ViolationCount = r("ViolationCount");
    public static final Resource WarningCount = r("WarningCount");
    public static final Resource ConflictCount = r("ConflictCount");
    public static final Resource EvidenceCoverage = r("EvidenceCoverage");
    public static final Resource WikidataLinkCoverage = r("WikidataLinkCoverage");
    public static final Resource QualityDimension = r("QualityDimension");

    // Properties: partnership and partners
    public static final Property partner = p("partner");
    public static final Property partnership = p("partnership");
    public static final Property launchedOn = p("launchedOn");

    // Properties: people and posts
    public static final Property represents = p("represents");
    public static final Property holds = p("holds");
    public static final Property postIn = p("postIn");
    public static final Property role = p("role");

    // Properties: meetings and councils
    public static final Property ordinal = p("ordinal");
    public static final Property date = p("date");
    public static final Property endDate = p("endDate");
    public static final Property heldIn = p("heldIn");
    public static final Property chair = p("chair");
    public static final Property participant = p("participant");
    public static final Property meetingStatus = p("meetingStatus");
    public static final Property announcedAt = p("announcedAt");
    public static final Property follows = p("follows");
    public static final Property precedes = p("precedes");
    public static final Property about = p("about");

    // Properties: memoranda and initiatives
    public static final Property instrumentType = p("instrumentType");
    public static final Property instrumentStatus = p("instrumentStatus");
    public static final Property topicPhrase = p("topicPhrase");
    public static final Property party = p("party");
    public static final Property signedOn = p("signedOn");
    public static final Property initiativeType = p("initiativeType");
    public static final Property initiativeStatus = p("initiativeStatus");

    // Properties: places
    public static final Property inCountry = p("inCountry");

    // Properties: source documents and evidence
    public static final Property text = p("text");
    public static final Property sha256 = p("sha256");
    public static final Property inputDigest = p("inputDigest");
    public static final Property unfinishedLoad = p("unfinishedLoad");
    public static final Property sentence = p("sentence");
    public static final Property rule = p("rule");
    public static final Property confidence = p("confidence");

    // Properties: claims and the published graph
    public static final Property reports = p("reports");
    public static final Property evidenceCount = p("evidenceCount");
    public static final Property conflictProperty = p("conflictProperty");
    public static final Property chosenValue = p("chosenValue");
    public static final Property candidate = p("candidate");
    public static final Property statedIn = p("statedIn");
    public static final Property resolvedBy = p("resolvedBy");
}
