package eu.digitalpartnership.kg.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads a validation profile from the classpath: a text file listing shapes files (relative to its own folder),
 * one per line, with blank lines and {@code #} comments ignored. Works the same from a folder or a jar.
 */
final class ShapesProfile {
    private ShapesProfile() {}

    /** The shapes files named by the profile resource, in order. */
    static List<String> files(String profileResource) {
        try (InputStream in = open(profileResource);
              BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> files = reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            if (files.isEmpty())
                throw new IllegalStateException("Shapes profile " + profileResource + " lists no files");
            return files;
        } catch (IOException ex) {
            throw new UncheckedIOException("Reading shapes profile " + profileResource, ex);
        }
    }

    /** One graph holding every shapes file of the profile, with their prefixes. */
    static Graph load(String profileResource) {
        String folder = profileResource.contains("/")
                ? profileResource.substring(0, profileResource.lastIndexOf('/') + 1) : "";
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : files(profileResource)) {
            String resource = folder + file;
            try (InputStream in = open(resource)) {
                RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/dpkg/" + resource).parse(graph);
            } catch (IOException ex) {
                throw new UncheckedIOException("Reading shapes file " + resource, ex);
            }
        }
        return graph;
    }

    private static InputStream open(String resource) {
        InputStream in = ShapesProfile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("Not on the classpath: " + resource);
        return in;
    }
}
