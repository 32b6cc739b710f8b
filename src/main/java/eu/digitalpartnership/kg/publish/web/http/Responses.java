package eu.digitalpartnership.kg.publish.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.DateParser;

/** Writing responses: conditional requests (ETag, Last-Modified, 304), Vary, redirects and error pages; HTTP dates per RFC 9110. */
public final class Responses {
    private Responses() {}

    /** Sends a 200 body, or 304 when the client's copy is current; HEAD gets the headers only. */
    public static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, byte[] body, Instant lastModified)
            throws IOException {
        send(req, resp, contentType, body, etag(contentType, body), lastModified);
    }

    /** The entity tag of a body of a media type: its length and CRC-32C (cheap on every page, and enough for one URL). */
    public static String etag(String contentType, byte[] body) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(contentType.getBytes(StandardCharsets.UTF_8));
        crc.update(body);
        return "\"" + Long.toHexString(body.length) + "-" + Long.toHexString(crc.getValue()) + "\"";
    }

    /** As {@link #send(HttpServletRequest, HttpServletResponse, String, byte[], Instant)}, with the body's entity tag known. */
    public static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, byte[] body, String etag, Instant lastModified)
            throws IOException {
        if (notModified(req, resp, etag, lastModified)) return;
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    /** Sends a file as a 200 body, or 304 when the client's copy is current; HEAD gets the headers only. */
    public static void sendFile(HttpServletRequest req, HttpServletResponse resp, String contentType, java.nio.file.Path file,
                                String etag, Instant lastModified) throws IOException {
        if (notModified(req, resp, etag, lastModified)) return;
        resp.setContentType(contentType);
        resp.setContentLengthLong(java.nio.file.Files.size(file));
        if (!"HEAD".equals(req.getMethod())) java.nio.file.Files.copy(file, resp.getOutputStream());
    }

    /** Sets the caching headers of a representation; answers 304 and returns true when the client's copy is current. */
    private static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, Instant lastModified) {
        resp.setHeader("ETag", etag);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Cache-Control", "public, max-age=60");
        Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        resp.setHeader("Last-Modified", DateGenerator.formatDate(modified));
        if (!notModified(req, etag, modified)) return false;
        resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return true;
    }

    /** 303 See Other to the description document. */
    public static void seeOther(HttpServletResponse resp, String location) {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", location);
        resp.setHeader("Vary", "Accept");
    }

    /** An error page (HTML, or plain text for clients that do not take HTML) with the given status. */
    public static void error(HttpServletRequest req, HttpServletResponse resp, int status, String title, String message) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Vary", "Accept");
        String accept = req.getHeader("Accept");
        if (status != HttpServletResponse.SC_NOT_ACCEPTABLE && (accept == null || accept.contains("text/html") || accept.contains("*/*"))) {
            resp.setContentType("text/html;charset=utf-8");
            resp.getWriter().write(TemplateEngine.render("error", Map.of("status", String.valueOf(status), "title", title, "message", message,
                    "path", req.getRequestURI())));
        } else {
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().write(status + " " + title + ": " + message + "\n");
        }
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant modified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) return inm.equals("*") || java.util.Arrays.stream(inm.split(",")).map(String::strip).anyMatch(etag::equals);
        String ims = req.getHeader("If-Modified-Since");
        if (ims == null) return false;
        long since = DateParser.parseDate(ims);
        return since >= 0 && !modified.isAfter(Instant.ofEpochMilli(since));
    }
}
