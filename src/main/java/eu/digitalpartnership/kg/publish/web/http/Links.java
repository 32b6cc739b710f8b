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
        return "/sparql?query=" + encode(query);
    }

    /**
     * The text as {@code application/x-www-form-urlencoded} UTF-8, exactly as {@link URLEncoder#encode(String,
     * java.nio.charset.Charset)} writes it, in one pass: pages link many queries.
     */
    public static String encode(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 0x80 && SAFE[c]) {
                if (out != null) out.append(c);
                i++;
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 32).append(s, 0, i);
            if (c == ' ') {
                out.append('+');
                i++;
                continue;
            }
            int end = i + 1;
            if (c >= 0x80) while (end < s.length() && s.charAt(end) >= 0x80) end++;
            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8))
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            i = end;
        }
        return out == null ? s : out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] SAFE = new boolean[0x80];

    static {
        for (char c = 'a'; c <= 'z'; c++) SAFE[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) SAFE[c] = true;
        for (char c = '0'; c <= '9'; c++) SAFE[c] = true;
        for (char c : ".-*_".toCharArray()) SAFE[c] = true;
    }

    /** The address of the SPARQL page that runs the query as it opens ({@code run=1}, which {@code query.js} honours). */
    public static String sparqlPageRunning(String query) {
        return sparqlPage(query) + "&" + RUN + "=1";
    }

    /**
     * The same for a query made of a fixed part, given already {@link #encode encoded}, and a variable rest: the
     * fixed part is encoded once, not for every link.
     */
    public static String sparqlPageRunning(String encodedStart, String rest) {
        return "/sparql?query=" + encodedStart + encode(rest) + "&" + RUN + "=1";
    }

    /** The address of the query's results as CSV, straight from the endpoint ({@code format=csv}). */
    public static String sparqlCsv(String query) {
        return sparqlPage(query) + "&format=csv";
    }

    /** The parameter of a SPARQL page address that runs its query on opening. */
    public static final String RUN = "run";
}
