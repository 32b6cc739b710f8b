package eu.digitalpartnership.kg.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The ontology ({@code ontology/dp.ttl}) and the technology topic scheme ({@code ontology/topics.ttl}),
 * loaded once from the classpath, and the set of terms they declare.
 *
 * <pre>{@code
 * Model topics = Ontology.topics();
 * boolean ok = Ontology.declaredTerms().contains(DP.Council.getURI());
 * Set<String> unknown = Ontology.undeclaredTerms(extractedModel);   // empty when the data is on-model
 * }</pre>
 */
public final class Ontology {
    private Ontology() {}

    public static final String ONTOLOGY_RESOURCE = "ontology/dp.ttl";
    public static final String TOPICS_RESOURCE = "ontology/topics.ttl";
    public static final String TOPIC_NS = "https://w3id.org/dpkg/topic/";
    public static final String TOPIC_SCHEME = TOPIC_NS + "scheme";

    private static final Set<Resource> DECLARING_TYPES = Set.of(
            OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
            RDF.Property, SKOS.Concept, SKOS.ConceptScheme, OWL.NamedIndividual);

    private static volatile Model ontology;
    private static volatile Model topics;
    private static volatile Set<String> declared;

    /** The ontology {@code ontology/dp.ttl}, read-only. */
    public static Model ontology() {
        if (ontology == null) {
            ontology = readOnly(load(ONTOLOGY_RESOURCE));
        }
        return ontology;
    }

    /** The topic scheme {@code ontology/topics.ttl}, read-only. */
    public static Model topics() {
        if (topics == null) {
            topics = readOnly(load(TOPICS_RESOURCE));
        }
        return topics;
    }

    /** IRIs declared (typed as a class, property, concept, scheme or named individual) in either file. */
    public static Set<String> declaredTerms() {
        if (declared == null) {
            Set<String> terms = new TreeSet<>();
            collectDeclared(ontology(), terms);
            collectDeclared(topics(), terms);
            declared = Collections.unmodifiableSet(terms);
        }
        return declared;
    }

    /**
     * Used terms of {@code data} that neither file declares: predicates (other than rdf:type), objects of rdf:type
     * and rdf:predicate, and any object IRI in the dp: or topic: namespace; xsd: datatypes are ignored.
     */
    public static Set<String> undeclaredTerms(Model data) {
        Set<String> known = declaredTerms();
        Set<String> used = new TreeSet<>();
        data.listStatements().forEachRemaining(st -> collectUsed(st, used));
        used.removeIf(iri -> known.contains(iri) || iri.equals(RDF.type.getURI()) || iri.startsWith(XSD.NS));
        return Collections.unmodifiableSet(used);
    }

    private static void collectUsed(Statement st, Set<String> used) {
        used.add(st.getPredicate().getURI());
        RDFNode o = st.getObject();
        if (!o.isURIResource()) {
            return;
        }
        String iri = o.asResource().getURI();
        if (st.getPredicate().equals(RDF.type) || st.getPredicate().equals(RDF.predicate)
                || iri.startsWith(DP.NS) || iri.startsWith(TOPIC_NS)) {
            used.add(iri);
        }
    }

    private static void collectDeclared(Model m, Set<String> terms) {
        m.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && DECLARING_TYPES.contains(st.getObject())) {
                terms.add(st.getSubject().getURI());
            }
        });
    }

    private static Model load(String resource) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource not on the classpath: " + resource);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(DP.ONTOLOGY).parse(m);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model readOnly(Model m) {
        return ModelFactory.createModelForGraph(new GraphReadOnly(m.getGraph()));
    }
}
