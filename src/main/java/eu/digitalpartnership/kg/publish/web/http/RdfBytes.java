package eu.digitalpartnership.kg.publish.web.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** A graph written in an RDF format, as the bytes of a response or as text for a page. */
public final class RdfBytes {
    private RdfBytes() {}

    /** The graph in the format, as bytes. */
    public static byte[] write(Graph graph, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, format);
        return out.toByteArray();
    }

    /** The graph in the format, as text. */
    public static String text(Graph graph, RDFFormat format) {
        return new String(write(graph, format), StandardCharsets.UTF_8);
    }
}
