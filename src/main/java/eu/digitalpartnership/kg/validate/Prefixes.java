package eu.digitalpartnership.kg.validate;

import eu.digitalpartnership.kg.model.DP;
import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes used to print and write reports. */
final class Prefixes {
    private Prefixes() {}

    static final String SHAPES_NS = "https://w3id.org/dpkg/shapes#";

    private static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("dpsh", SHAPES_NS)
            .setNsPrefix(DP.PREFIX, DP.NS)
            .setNsPrefix("topic", "https://w3id.org/dpkg/topic/")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
            .lock();

    /** Data namespace under the default canonical base; a graph's own {@code id:} prefix wins. */
    static final String DEFAULT_ID_NS = "https://w3id.org/dpkg/id/";

    /** The standard prefixes, then those of the given graphs where they do not clash, then {@code id:}. */
    static PrefixMapping of(Graph... graphs) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(STANDARD);
        for (Graph g : graphs) {
            if (g == null)
                continue;
            g.getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
                if (pm.getNsPrefixURI(prefix) == null && pm.getNsURIPrefix(ns) == null)
                    pm.setNsPrefix(prefix, ns);
            });
        }
        if (pm.getNsPrefixURI("id") == null && pm.getNsURIPrefix(DEFAULT_ID_NS) == null)
            pm.setNsPrefix("id", DEFAULT_ID_NS);
        return pm;
    }
}
