package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.annotate.Annotators;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Pipeline;
import eu.digitalpartnership.kg.extract.text.Boxes;
import eu.digitalpartnership.kg.extract.text.Captions;
import eu.digitalpartnership.kg.extract.text.Shouting;
import eu.digitalpartnership.kg.model.IriMinter;
import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * Reads one press release and returns its facts as RDF, each fact with the evidence it came from. A pipeline of
 * annotators (ordered by the layers they read and write) turns the text into layers, from tokens to facts; rules
 * ({@code rules/}) and lexicons ({@code lexicon/}, {@code ontology/topics.ttl}) work on the text alone, and no file or
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
    private final Pipeline pipeline;

    private Extractor(IriMinter iris, Lexicons lexicons) {
        this.iris = iris;
        this.lexicons = lexicons;
        this.pipeline = Annotators.pipeline(lexicons);
    }

    /** An extractor minting IRIs with the given minter and using the shipped lexicons. */
    public static Extractor create(IriMinter iris) {
        return new Extractor(Objects.requireNonNull(iris, "iris"), Lexicons.standard());
    }

    /** The document's graph: the document node, every extracted fact and one dp:Evidence per fact triple. */
    public Graph extract(SourceDocument doc) {
        Objects.requireNonNull(doc, "doc");
        Document annotated = pipeline.run(Document.of(plain(doc.text()), doc.text(), doc.published()));
        return new GraphWriter(iris, doc, new Analysis(annotated, doc.text(), lexicons), version()).write(Findings.of(annotated));
    }

    /** The facts of the document before they become RDF (for rule cases and diagnostics). */
    public Findings findings(SourceDocument doc) {
        Objects.requireNonNull(doc, "doc");
        return Findings.of(pipeline.run(Document.of(plain(doc.text()), doc.text(), doc.published())));
    }

    /** The text as running prose, offset for offset: subtitle timings and box bars blanked, wrapped lines joined, capitals softened. */
    private String plain(String text) {
        return Shouting.soften(Boxes.flatten(Captions.flatten(text)), lexicons.acronyms);
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
