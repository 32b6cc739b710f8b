package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.publish.web.http.Links;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/): SPARQL 1.1
 * Query only, the result formats, the union default graph, and a default dataset that is the VoID dataset, with the
 * size of its default graph and of each named graph. Nothing about update: the endpoint has none.
 */
final class ServiceDescription {
    /** The Service Description namespace. */
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final Property endpoint = p("endpoint");
    private static final Property supportedLanguage = p("supportedLanguage");
    private static final Property resultFormat = p("resultFormat");
    private static final Property feature = p("feature");
    private static final Property defaultEntailmentRegime = p("defaultEntailmentRegime");
    private static final Property defaultDataset = p("defaultDataset");
    private static final Property defaultGraph = p("defaultGraph");
    private static final Property namedGraph = p("namedGraph");
    private static final Property name = p("name");
    private static final Property graph = p("graph");

    private ServiceDescription() {}

    /** The description of the endpoint at {@code origin + "/sparql"} serving the described dataset. */
    static Model model(String origin, DatasetDescription dataset) {
        DatasetDescription.Statistics s = dataset.statistics();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(DatasetDescription.prefixes());
        Resource data = m.createResource(dataset.iri()).addProperty(RDF.type, r("Dataset")).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, m.createLiteral(DatasetDescription.TITLE, "en"))
                .addProperty(RDFS.seeAlso, m.createResource(origin + DatasetDescription.VOID_PATH))
                .addProperty(defaultGraph, m.createResource().addProperty(RDF.type, r("Graph"))
                        .addProperty(RDFS.comment, m.createLiteral("The published graph: one consolidated description per entity.", "en"))
                        .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(s.figures().triples()), XSDDatatype.XSDinteger)));

        Resource service = m.createResource(DatasetDescription.serviceIri(origin)).addProperty(RDF.type, r("Service"))
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral(DatasetDescription.TITLE + " SPARQL endpoint", "en"))
                .addProperty(endpoint, m.createResource(origin + "/sparql"))
                .addProperty(DCAT.endpointURL, m.createResource(origin + "/sparql"))
                .addProperty(supportedLanguage, r("SPARQL11Query"))
                .addProperty(feature, r("UnionDefaultGraph"))
                .addProperty(defaultEntailmentRegime, m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(defaultDataset, data)
                .addProperty(DCAT.servesDataset, data)
                .addProperty(DCTerms.license, m.createResource(Links.LICENSE));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples"})
            service.addProperty(resultFormat, m.createResource(FORMATS + format));
        DatasetDescription.keepPrefixesInUse(m);
        addNamedGraphs(m, data, s.graphs());
        return m;
    }

    /**
     * Names every named graph of a dataset with its size (one graph per document, the validation report, the
     * statistics): in the Service Description and in VoID alike, where the dataset is also an {@code sd:Dataset}.
     */
    static void addNamedGraphs(Model m, Resource dataset, java.util.List<DatasetDescription.NamedGraph> graphs) {
        m.setNsPrefix("sd", SD).setNsPrefix("void", VOID.NS).setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS);
        dataset.addProperty(RDF.type, r("Dataset"));
        for (DatasetDescription.NamedGraph g : graphs)
            dataset.addProperty(namedGraph, m.createResource().addProperty(RDF.type, r("NamedGraph"))
                    .addProperty(name, m.createResource(g.iri()))
                    .addProperty(graph, m.createResource().addProperty(RDF.type, r("Graph"))
                            .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(g.triples()), XSDDatatype.XSDinteger))));
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(SD, local);
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(SD + local);
    }
}
