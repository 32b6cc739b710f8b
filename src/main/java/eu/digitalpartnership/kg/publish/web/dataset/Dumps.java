package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.model.DP;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The whole store as bulk downloads at stable names: {@code dataset.trig} (TriG: the published graph as the default
 * graph, one named graph per document, the validation report and the statistics) and {@code dataset.nq.gz} (gzipped
 * N-Quads). Each is written once, on first request, to a temporary file (never held in memory, however big the store)
 * and kept for as long as the load it was made from: graphs in IRI order, quads sorted within each graph, so the same
 * data gives the same bytes.
 */
public final class Dumps {
    /** A download: its file name, media type, compression (null if none), and title. */
    enum Kind {
        TRIG("dataset.trig", "application/trig", null, "TriG: the published graph, and one named graph per source document"),
        NQUADS_GZ("dataset.nq.gz", "application/n-quads", "application/gzip", "N-Quads, gzipped");

        /** The file name under {@code /dumps/}. */
        final String fileName;
        /** The media type of the (uncompressed) content. */
        final String mediaType;
        /** The compression media type, or null. */
        final String compressFormat;
        /** A short description. */
        final String title;

        Kind(String fileName, String mediaType, String compressFormat, String title) {
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.compressFormat = compressFormat;
            this.title = title;
        }

        /** The Content-Type of the file as served. */
        String contentType() {
            return compressFormat != null ? compressFormat : mediaType + ";charset=utf-8";
        }

        /** The kind with this file name, or null. */
        static Kind named(String fileName) {
            for (Kind k : values()) if (k.fileName.equals(fileName)) return k;
            return null;
        }
    }

    /** The folder the dumps are served under. */
    public static final String PATH = "/dumps/";

    private final DatasetGraph store;
    private final Instant loadedAt;
    private final PrefixMapping prefixes;
    private final Map<Kind, Path> files = new ConcurrentHashMap<>();

    /** Dumps of a store whose data was loaded at the given time, with IRIs minted under the base. */
    public Dumps(DatasetGraph store, String base, Instant loadedAt) {
        this.store = store;
        this.loadedAt = loadedAt;
        this.prefixes = PrefixMapping.Factory.create().setNsPrefix("rdf", RDF.uri).setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("xsd", XSD.NS).setNsPrefix("dp", DP.NS).setNsPrefix("topic", base + "topic/")
                .setNsPrefix("id", base + "id/").setNsPrefix("graph", base + "graph/")
                .setNsPrefix("schema", "https://schema.org/").setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("oa", OA.NS).setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("skos", SKOS.uri).setNsPrefix("dcterms", DCTerms.NS).lock();
    }

    /** When the dumped data was loaded: the Last-Modified of every dump. */
    Instant loadedAt() {
        return loadedAt;
    }

    /** The file of a dump, written on first use (deleted when the JVM exits). */
    Path file(Kind kind) {
        return files.computeIfAbsent(kind, this::write);
    }

    /** The entity tag of a dump: the same for as long as the load it is made from. */
    String etag(Kind kind) {
        return "\"" + eu.digitalpartnership.kg.model.Slugs.hash(kind.fileName, loadedAt.toString()) + "\"";
    }

    /** The absolute download URL of a dump on a site. */
    static String url(String origin, Kind kind) {
        return origin + PATH + kind.fileName;
    }

    private Path write(Kind kind) {
        try {
            Path file = Files.createTempFile("dpkg-dump-", "-" + kind.fileName);
            file.toFile().deleteOnExit();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                if (kind == Kind.TRIG) {
                    write(out, RDFFormat.TRIG_BLOCKS);
                } else {
                    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
                        write(gz, RDFFormat.NQUADS);
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(OutputStream out, RDFFormat format) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        if (format != RDFFormat.NQUADS) new TreeMap<>(prefixes.getNsPrefixMap()).forEach(stream::prefix);
        Txn.executeRead(store, () -> {
            List<Node> graphs = Iter.toList(store.listGraphNodes());
            graphs.sort(Comparator.comparing(Node::toString));
            for (Node g : graphs) {
                List<Quad> quads = Iter.toList(store.find(g, Node.ANY, Node.ANY, Node.ANY));
                quads.sort(Comparator.comparing((Quad q) -> q.getSubject().toString())
                        .thenComparing(q -> q.getPredicate().toString()).thenComparing(q -> q.getObject().toString()));
                quads.forEach(stream::quad);
            }
            // As triples: the default graph, which a quad with Jena's internal name urn:x-arq:DefaultGraph is not to other tools.
            store.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stream.triple(q.asTriple()));
        });
        stream.finish();
    }
}
