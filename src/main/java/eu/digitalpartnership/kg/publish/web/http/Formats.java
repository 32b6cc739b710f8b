package eu.digitalpartnership.kg.publish.web.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * Content negotiation among HTML and every RDF format Jena writes, with a {@code ?format=} override. The first five
 * are listed as alternates of every document; the others are served to clients that ask for them, including the
 * generic types some clients send: {@code text/plain} (N-Triples), {@code application/json} (JSON-LD, which is JSON)
 * and {@code text/n3} (Turtle, which is N3). TriX is left out: Jena 5.6.0's TriX writer indents the continuation
 * lines of a literal that holds a line break, so the literal read back differs from the one written.
 */
public enum Formats {
    HTML("text/html", "html", "HTML", null, null, true),
    TURTLE("text/turtle", "ttl", "Turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, true),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD11, true),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, true),
    NTRIPLES("application/n-triples", "nt", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, true),
    NQUADS("application/n-quads", "nq", "N-Quads", Lang.NQUADS, RDFFormat.NQUADS, false),
    TRIG("application/trig", "trig", "TriG", Lang.TRIG, RDFFormat.TRIG_PRETTY, false),
    RDFJSON("application/rdf+json", "rj", "RDF/JSON", Lang.RDFJSON, RDFFormat.RDFJSON, false),
    THRIFT("application/rdf+thrift", "trdf", "RDF Thrift", Lang.RDFTHRIFT, RDFFormat.RDF_THRIFT, false),
    PROTOBUF("application/rdf+protobuf", "rpb", "RDF Protobuf", Lang.RDFPROTO, RDFFormat.RDF_PROTO, false),
    N3("text/n3", "n3", "N3", Lang.N3, RDFFormat.TURTLE_PRETTY, false),
    PLAIN("text/plain", "txt", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES, false),
    JSON("application/json", "json", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD11, false);

    private static final Map<String, Formats> ALIASES = Map.of("turtle", TURTLE, "json-ld", JSONLD,
            "xml", RDFXML, "rdfxml", RDFXML, "ntriples", NTRIPLES, "n-triples", NTRIPLES, "nquads", NQUADS, "n-quads", NQUADS);
    private static final AcceptList OFFER = AcceptList.create(
            Arrays.stream(values()).map(f -> f.mediaType).toArray(String[]::new));
    /** The same offer with RDF first: HTML only for clients that rank it first. */
    private static final AcceptList RDF_FIRST = AcceptList.create(Stream.concat(Arrays.stream(values()).filter(Formats::isRdf), Stream.of(HTML))
            .map(f -> f.mediaType).toArray(String[]::new));

    /** The media type. */
    public final String mediaType;
    /** The short name used by {@code ?format=} and in file names. */
    public final String extension;
    /** The RDF language, null for HTML. */
    public final Lang lang;
    /** The writer format, null for HTML. */
    public final RDFFormat rdfFormat;
    private final String label;
    private final boolean listed;

    Formats(String mediaType, String extension, String label, Lang lang, RDFFormat rdfFormat, boolean listed) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.listed = listed;
    }

    /** The format asked for by a {@code ?format=} value, else by the Accept header (HTML when absent); null if none fits. */
    public static Formats choose(String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank()) {
            String f = formatParam.strip().toLowerCase(Locale.ROOT);
            for (Formats x : values()) if (x.extension.equals(f) || x.mediaType.equals(f)) return x;
            return ALIASES.get(f);
        }
        if (accept == null || accept.isBlank()) return HTML;
        return match(accept, OFFER);
    }

    /**
     * The format asked for by {@code ?format=}, else by Accept with RDF preferred: HTML only for clients that rank it
     * first (browsers), Turtle for no Accept or {@code *}{@code /*}; null if nothing fits.
     */
    public static Formats chooseRdfFirst(String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank()) return choose(formatParam, accept);
        if (accept == null || accept.isBlank()) return TURTLE;
        return match(accept, RDF_FIRST);
    }

    private static Formats match(String accept, AcceptList offer) {
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), offer);
        } catch (RuntimeException malformed) {
            return null;
        }
        if (chosen == null) return null;
        for (Formats x : values()) if (x.mediaType.equals(chosen.getContentTypeStr())) return x;
        return null;
    }

    /** The media types offered, for a 406 message: "text/html, text/turtle, …". */
    public static String offered() {
        return Arrays.stream(values()).map(f -> f.mediaType).collect(Collectors.joining(", "));
    }

    /** The media types of the RDF formats, for a 406 message of an RDF-only resource. */
    public static String offeredRdf() {
        return Arrays.stream(values()).filter(Formats::isRdf).map(f -> f.mediaType).collect(Collectors.joining(", "));
    }

    /** True for the RDF formats. */
    public boolean isRdf() { return lang != null; }

    /** True for the formats every document lists as alternates (HTML, Turtle, JSON-LD, RDF/XML, N-Triples). */
    public boolean isListed() { return listed; }

    /** The Content-Type of a document in this format: UTF-8 declared for text, none for binary or always-UTF-8 formats. */
    public String contentType() {
        return switch (this) {
            case NTRIPLES, NQUADS, THRIFT, PROTOBUF -> mediaType;
            default -> mediaType + ";charset=utf-8";
        };
    }

    /** The name people know the format by: "Turtle", "JSON-LD", "RDF/XML", "N-Triples". */
    public String label() {
        return label;
    }
}
