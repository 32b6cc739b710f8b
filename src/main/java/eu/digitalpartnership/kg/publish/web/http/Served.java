package eu.digitalpartnership.kg.publish.web.http;

import eu.digitalpartnership.kg.model.DP;
import java.util.Objects;

/**
 * Where the canonical IRIs live on the serving host. Data IRIs under the configured base ({@code {base}id/...},
 * {@code {base}graph/...}, {@code {base}topic/...}, {@code {base}extractor/...}) and the vocabulary IRIs under
 * {@code https://w3id.org/dpkg/} (ontology, shapes, the topic scheme) map to paths of this server, whatever its host: {@code {base}id/person/x} is served at
 * {@code /id/person/x}, and its description document at {@code /doc/id/person/x}.
 */
public final class Served {
    /** The fixed namespace of the vocabulary: ontology, shapes, the topic scheme (and the canonical topics). */
    public static final String VOCABULARY = "https://w3id.org/dpkg/";
    /** The IRI of the shapes graph; its shapes are {@code SHAPES + "#Name"}. */
    public static final String SHAPES = VOCABULARY + "shapes";

    private final String base;

    /** A mapping for data minted under the given canonical base. */
    public Served(String base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The canonical base of the data. */
    public String base() { return base; }

    /** The local path of a canonical IRI (fragment kept), or null when the IRI is not served here. */
    public String path(String iri) {
        if (iri == null) return null;
        if (iri.startsWith(base)) return "/" + iri.substring(base.length());
        if (iri.startsWith(VOCABULARY)) return "/" + iri.substring(VOCABULARY.length());
        return null;
    }

    /** The canonical IRI served at a local path (no fragment), or null. Data paths win over vocabulary paths. */
    public String iri(String path) {
        if (path == null || !path.startsWith("/") || path.length() < 2) return null;
        String rest = path.substring(1);
        if (isVocabulary(rest)) return VOCABULARY + rest;
        return base + rest;
    }

    /**
     * The link target of an IRI on a page: its local page when served here (the description document of a thing, the
     * ontology or shapes page itself), else the IRI itself.
     */
    public String href(String iri) {
        String local = path(iri);
        if (local == null) return iri;
        if (isOntology(iri) || iri.startsWith(SHAPES)) return local;
        int hash = local.indexOf('#');
        return hash >= 0 ? documentOf(local.substring(0, hash)) + local.substring(hash) : documentOf(local);
    }

    /** The path of the description document of a thing served at a path: {@code /doc} + path. */
    public static String documentOf(String thingPath) {
        return "/doc" + thingPath;
    }

    /** True for the ontology document, whose terms are hash IRIs, and its version IRIs ({@code .../ontology/0.1.0}). */
    public static boolean isOntology(String iri) {
        return iri.equals(DP.ONTOLOGY) || iri.startsWith(DP.NS) || iri.startsWith(DP.ONTOLOGY + "/");
    }

    private static boolean isVocabulary(String rest) {
        return rest.equals("ontology") || rest.equals("shapes") || rest.equals("topic/scheme");
    }
}
