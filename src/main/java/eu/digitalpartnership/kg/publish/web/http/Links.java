package eu.digitalpartnership.kg.publish.web.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Links every kind of page gives: the licence, the document in the other RDF formats, the SPARQL page running a query. */
public final class Links {
    /** The licence of the data and of the documents describing it. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** The licence as a {@code Link} header value. */
    public static final String LICENSE_LINK = "<" + LICENSE + ">; rel=\"license\"";

    private Links() {}

    /** A {@code Link} header of several links. */
    public static String header(String... links) {
        return String.join(", ", links);
    }

    /** The document at a path in each RDF format ({@code ?format=}), as {@code Link} header values. */
    public static String alternates(String docPath) {
        List<String> links = new ArrayList<>();
        for (Formats f : Formats.values())
            if (f.isRdf() && f.isListed()) links.add("<" + docPath + "?format=" + f.extension + ">; rel=\"alternate\"; type=\"" + f.mediaType + "\"");
        return header(links.toArray(String[]::new));
    }

    /** The same for a page's {@code <link rel="alternate">} and download links: label, href and type of each. */
    public static List<Map<String, String>> alternatesOnPage(String docPath) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Formats f : Formats.values())
            if (f.isRdf() && f.isListed()) out.add(Map.of("label", f.label(), "href", docPath + "?format=" + f.extension, "type", f.mediaType));
        return out;
    }

    /** The address of the SPARQL page with the query in its editor. */
    public static String sparqlPage(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The address of the SPARQL page that runs the query as it opens ({@code run=1}, which {@code query.js} honours). */
    public static String sparqlPageRunning(String query) {
        return sparqlPage(query) + "&" + RUN + "=1";
    }

    /** The address of the query's results as CSV, straight from the endpoint ({@code format=csv}). */
    public static String sparqlCsv(String query) {
        return sparqlPage(query) + "&format=csv";
    }

    /** The parameter of a SPARQL page address that runs its query on opening. */
    public static final String RUN = "run";
}
