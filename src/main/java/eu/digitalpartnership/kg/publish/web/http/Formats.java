package eu.digitalpartnership.kg.publish.web.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** Content negotiation among HTML and the RDF formats, with a {@code ?format=} override. */
public enum Formats {
    HTML("text/html", "html", null, null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES);

    private static final Map<String, Formats> ALIASES = Map.of("turtle", TURTLE, "json-ld", JSONLD, "json", JSONLD,
            "xml", RDFXML, "rdfxml", RDFXML, "ntriples", NTRIPLES, "n-triples", NTRIPLES);
    private static final AcceptList OFFER = AcceptList.create(
            List.of(HTML, TURTLE, JSONLD, RDFXML, NTRIPLES).stream().map(f -> f.mediaType).toArray(String[]::new));
    /** The same offer with RDF first: HTML only for clients that rank it first. */
    private static final AcceptList RDF_FIRST = AcceptList.create(
            List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, HTML).stream().map(f -> f.mediaType).toArray(String[]::new));

    /** The media type. */
    public final String mediaType;
    /** The short name used by {@code ?format=} and in file names. */
    public final String extension;
    /** The RDF language, null for HTML. */
    public final Lang lang;
    /** The writer format, null for HTML. */
    public final RDFFormat rdfFormat;

    Formats(String mediaType, String extension, Lang lang, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
        this.rdfFormat = rdfFormat;
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

    /** True for the RDF formats. */
    public boolean isRdf() { return lang != null; }

    /** The Content-Type of a document in this format: UTF-8 declared, except for N-Triples (always UTF-8). */
    public String contentType() {
        return mediaType + (this == NTRIPLES ? "" : ";charset=utf-8");
    }

    /** The name people know the format by: "Turtle", "JSON-LD", "RDF/XML", "N-Triples". */
    public String label() {
        return switch (this) {
            case HTML -> "HTML";
            case TURTLE -> "Turtle";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
            case NTRIPLES -> "N-Triples";
        };
    }
}
