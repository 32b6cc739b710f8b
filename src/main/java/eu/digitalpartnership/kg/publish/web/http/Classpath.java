package eu.digitalpartnership.kg.publish.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files on the classpath: templates, queries, shapes, static files, the webjar. */
public final class Classpath {
    private Classpath() {}

    /** The bytes of the file at an absolute classpath path ({@code /web/...}), or null when there is none. */
    public static byte[] bytes(String path) {
        try (InputStream in = Classpath.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UTF-8 text of the file at an absolute classpath path; an {@link IllegalStateException} when there is none. */
    public static String text(String path) {
        byte[] bytes = bytes(path);
        if (bytes == null) throw new IllegalStateException("Missing resource " + path);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
