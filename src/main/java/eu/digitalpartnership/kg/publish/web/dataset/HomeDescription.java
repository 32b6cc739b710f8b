package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.RdfBytes;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;

/** The schema.org description of the dataset that the home page embeds as JSON-LD, with absolute links. */
final class HomeDescription {
    private static final String SCHEMA = "https://schema.org/";

    private HomeDescription() {}

    /** The JSON-LD of the dataset as served from the given origin, e.g. {@code http://127.0.0.1:3030}. */
    static String jsonld(String origin) {
        Model m = ModelFactory.createDefaultModel().setNsPrefix("schema", SCHEMA);
        Resource dataset = m.createResource(origin + "/").addProperty(RDF.type, m.createResource(SCHEMA + "Dataset"))
                .addProperty(p(m, "name"), "EU Digital Partnership knowledge graph", "en")
                .addProperty(p(m, "description"), "Facts about the EU's bilateral Digital Partnerships and their Digital Partnership "
                        + "Councils (partners, officials, council meetings, memoranda, topics), extracted from press releases; "
                        + "every fact links to the sentence it came from.", "en")
                .addProperty(p(m, "license"), m.createResource(Links.LICENSE))
                .addProperty(p(m, "isAccessibleForFree"), m.createTypedLiteral(true))
                .addProperty(p(m, "subjectOf"), m.createResource(origin + HomeServlet.VOID));
        dataset.addProperty(p(m, "distribution"), download(m, origin + "/dumps/dataset.trig", "application/trig"));
        dataset.addProperty(p(m, "distribution"), download(m, origin + "/dumps/dataset.nq.gz", "application/n-quads+gzip"));
        return RdfBytes.text(m.getGraph(), RDFFormat.JSONLD11);
    }

    private static Resource download(Model m, String url, String format) {
        return m.createResource(url).addProperty(RDF.type, m.createResource(SCHEMA + "DataDownload"))
                .addProperty(p(m, "contentUrl"), m.createResource(url)).addProperty(p(m, "encodingFormat"), format);
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SCHEMA, local);
    }
}
