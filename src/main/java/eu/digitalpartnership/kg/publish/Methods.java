package eu.digitalpartnership.kg.publish;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.pathmap.MatchedResource;
import org.eclipse.jetty.http.pathmap.PathMappings;
import org.eclipse.jetty.http.pathmap.ServletPathSpec;

/**
 * The HTTP methods served at each path, matched by servlet path specs as Jetty maps servlets: GET, HEAD and OPTIONS
 * everywhere unless a path says otherwise. One list feeds {@code Allow} (405 and OPTIONS) and CORS preflights alike.
 */
final class Methods {
    /** What a read-only path serves. */
    static final Set<String> READ = ordered("GET", "HEAD", "OPTIONS");
    /** What a path that also takes a body serves (queries, validation). */
    static final Set<String> READ_AND_POST = ordered("GET", "HEAD", "POST", "OPTIONS");
    /** What an admin operation serves. */
    static final Set<String> POST_ONLY = ordered("POST", "OPTIONS");

    private final PathMappings<Set<String>> byPath = new PathMappings<>();

    /** Serves the methods at a path spec such as {@code /sparql} or {@code /admin/*}. */
    Methods put(String pathSpec, Set<String> methods) {
        byPath.put(new ServletPathSpec(pathSpec), methods);
        return this;
    }

    /** The methods served at a request path, in a fixed order. */
    Set<String> at(String path) {
        MatchedResource<Set<String>> m = path == null ? null : byPath.getMatched(path);
        return m == null ? READ : m.getResource();
    }

    /** The {@code Allow} header value of a request path, e.g. {@code GET, HEAD, OPTIONS}. */
    String allow(String path) {
        return String.join(", ", at(path));
    }

    private static Set<String> ordered(String... methods) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(methods)));
    }
}
