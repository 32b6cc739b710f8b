package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.model.IriMinter;
import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * Reads one press release and returns its facts as RDF, each fact with the evidence it came from.
 * Rules and lexicons (under {@code lexicon/} and {@code ontology/topics.ttl}) work on the text alone; no file or
 * network is touched.
 * <pre>
 *   Extractor extractor = Extractor.create(IriMinter.standard());
 *   Graph graph = extractor.extract(SourceDocument.of("eu-japan-2024", text));
 * </pre>
 */
public final class Extractor {
    /** Release version of the rules. */
    public static final String VERSION = "0.1.0";

    private final IriMinter iris;
    private final Lexicons lexicons;

    private Extractor(IriMinter iris, Lexicons lexicons) {
        this.iris = iris;
        this.lexicons = lexicons;
    }

    /** An extractor minting IRIs with the given minter and using the shipped lexicons. */
    public static Extractor create(IriMinter iris) {
        return new Extractor(Objects.requireNonNull(iris, "iris"), Lexicons.standard());
    }

    /** The document's graph: the document node, every extracted fact and one dp:Evidence per fact triple. */
    public Graph extract(SourceDocument doc) {
        Objects.requireNonNull(doc, "doc");
        Analysis a = new Analysis(doc.text(), doc.published(), lexicons);
        Findings f = new Findings();
        PartnerRule.apply(a, f);
        OrganisationRule.apply(a, f);
        OfficialRule.apply(a, f);
        CouncilRule.apply(a, f);
        PartnershipRule.apply(a, f);
        MemorandumRule.apply(a, f);
        TopicRule.apply(a, f);
        MeetingRule.apply(a, f);
        InitiativeRule.apply(a, f);
        return new GraphWriter(iris, doc, a, version()).write(f);
    }

    /**
     * The digest of everything an extraction of the document reads: its text, its metadata and this build. A stored
     * document graph whose extraction records the same digest ({@code dp:inputDigest}) came from the same input.
     */
    public static String inputDigest(SourceDocument doc) {
        Objects.requireNonNull(doc, "doc");
        return GraphWriter.inputDigest(doc, version());
    }

    /** The version recorded as the extraction's software agent: the release and a fingerprint of this build. */
    public static String version() {
        return VERSION + "+" + BuildFingerprint.current();
    }
}
