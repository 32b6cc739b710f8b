package eu.digitalpartnership.kg.publish.web.vocabulary;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.Ontology;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.resource.DateText;
import eu.digitalpartnership.kg.publish.web.resource.ResourcePage;
import eu.digitalpartnership.kg.publish.web.resource.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The model of the ontology documentation at {@code /ontology}: the header of {@code ontology/dp.ttl}, then every
 * class, property and concept scheme with an HTML id equal to its local name (so {@code /ontology#Council} lands on
 * it), its alignments to other vocabularies, and how the data uses it (counts and examples).
 */
final class OntologyPage {
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final int EXAMPLE_LENGTH = 120;
    private static final List<Map.Entry<Resource, String>> KINDS = List.of(Map.entry(OWL.Class, "Class"),
            Map.entry(OWL.ObjectProperty, "Object property"), Map.entry(OWL.DatatypeProperty, "Datatype property"),
            Map.entry(OWL.AnnotationProperty, "Annotation property"), Map.entry(RDF.Property, "Property"));

    private final DatasetGraph view;
    private final Served served;
    private final Model onto = Ontology.ontology();

    OntologyPage(DatasetGraph view, Served served) {
        this.view = view;
        this.served = served;
    }

    /** The page model for {@code ontology.mustache}. */
    Map<String, Object> model() {
        Map<String, Long> types = counts("vocabulary-type-counts", "type", Map.of());
        Map<String, Long> properties = counts("vocabulary-property-counts", "property", Map.of());
        Map<String, Long> concepts = counts("vocabulary-object-counts", "object", Map.of("ns", NodeFactory.createLiteralString(DP.NS)));
        Map<String, Object> m = new HashMap<>(header());
        m.put("navOntology", true);
        m.put("classes", own(OWL.Class).stream().map(c -> classEntry(c, types)).toList());
        List<Resource> props = own(OWL.ObjectProperty);
        props.addAll(own(OWL.DatatypeProperty));
        props.sort(Comparator.comparing(OntologyPage::label, String.CASE_INSENSITIVE_ORDER));
        m.put("properties", props.stream().map(p -> propertyEntry(p, properties)).toList());
        m.put("schemes", own(SKOS.ConceptScheme).stream().map(s -> schemeEntry(s, concepts)).toList());
        m.put("topicScheme", topicScheme());
        m.put("reused", reused());
        m.put("alternates", Links.alternatesOnPage("/ontology"));
        m.put("jsonld", ResourcePage.jsonldAbout(onto.getGraph(), List.of(NodeFactory.createURI(DP.ONTOLOGY))));
        return m;
    }

    private Map<String, Object> header() {
        Resource h = onto.getResource(DP.ONTOLOGY);
        Map<String, Object> m = new HashMap<>();
        m.put("title", text(h, DCTerms.title) != null ? text(h, DCTerms.title) : label(h));
        m.put("iri", DP.ONTOLOGY);
        m.put("summary", text(h, RDFS.comment));
        m.put("description", flatten(text(h, DCTerms.description)));
        m.put("version", text(h, OWL.versionInfo));
        Resource versionIri = h.getPropertyResourceValue(OWL.versionIRI);
        if (versionIri != null) m.put("versionIri", Map.of("text", versionIri.getURI(), "href", served.href(versionIri.getURI())));
        m.put("created", date(h, DCTerms.created));
        m.put("modified", date(h, DCTerms.modified));
        m.put("creator", text(h, DCTerms.creator));
        Resource licence = h.getPropertyResourceValue(DCTerms.license);
        if (licence != null) m.put("licence", Map.of("href", licence.getURI(), "text", Terms.licence(licence.getURI())));
        m.put("prefix", text(h, onto.createProperty(VANN, "preferredNamespacePrefix")));
        m.put("namespace", text(h, onto.createProperty(VANN, "preferredNamespaceUri")));
        m.put("seeAlso", links(h, RDFS.seeAlso));
        return m;
    }

    private Map<String, Object> classEntry(Resource c, Map<String, Long> typeCounts) {
        Map<String, Object> e = term(c);
        e.put("superClasses", links(c, RDFS.subClassOf));
        e.put("subClasses", subjects(RDFS.subClassOf, c));
        e.put("domainOf", subjects(RDFS.domain, c));
        e.put("rangeOf", subjects(RDFS.range, c));
        long count = typeCounts.getOrDefault(c.getURI(), 0L);
        e.put("count", count);
        e.put("countText", count == 1 ? "1 resource" : count + " resources");
        List<Map<String, Object>> instances = new ArrayList<>();
        if (count > 0)
            for (Binding row : QueryFiles.select(view, "vocabulary-instances", Map.of("type", c.asNode())))
                instances.add(Map.of("href", served.href(QueryFiles.text(row, "thing")), "label",
                        QueryFiles.text(row, "label") != null ? QueryFiles.text(row, "label") : Terms.localName(QueryFiles.text(row, "thing"))));
        e.put("instances", instances);
        e.put("sparql", Links.sparqlPageRunning("PREFIX dp: <" + DP.NS + ">\nPREFIX rdfs: <" + RDFS.getURI() + ">\n\nSELECT ?thing ?label WHERE {\n  ?thing a "
                + Terms.curie(c.getURI()) + " .\n  OPTIONAL { ?thing rdfs:label ?label }\n}\nORDER BY ?label"));
        return e;
    }

    private Map<String, Object> propertyEntry(Resource p, Map<String, Long> propertyCounts) {
        Map<String, Object> e = term(p);
        e.put("kind", p.hasProperty(RDF.type, OWL.DatatypeProperty) ? "Datatype property" : "Object property");
        e.put("domain", links(p, RDFS.domain));
        e.put("range", links(p, RDFS.range));
        e.put("superProperties", links(p, RDFS.subPropertyOf));
        e.put("subProperties", subjects(RDFS.subPropertyOf, p));
        e.put("inverse", links(p, OWL.inverseOf));
        long count = propertyCounts.getOrDefault(p.getURI(), 0L);
        e.put("count", count);
        e.put("countText", count == 1 ? "1 statement" : count + " statements");
        e.put("dataExample", null);
        if (count > 0) {
            Binding row = QueryFiles.select(view, "vocabulary-property-example", Map.of("property", p.asNode())).get(0);
            e.put("dataExample", Map.of("subject", end(row, "subject", "subjectLabel"), "object", end(row, "object", "objectLabel")));
        }
        e.put("sparql", Links.sparqlPageRunning("PREFIX dp: <" + DP.NS + ">\n\nSELECT ?subject ?value WHERE {\n  ?subject "
                + Terms.curie(p.getURI()) + " ?value\n}\nLIMIT 100"));
        return e;
    }

    private Map<String, Object> schemeEntry(Resource s, Map<String, Long> conceptCounts) {
        Map<String, Object> e = term(s);
        List<Resource> concepts = new ArrayList<>(onto.listSubjectsWithProperty(SKOS.inScheme, s).toList());
        concepts.sort(Comparator.comparing(OntologyPage::label, String.CASE_INSENSITIVE_ORDER));
        e.put("concepts", concepts.stream().map(c -> {
            Map<String, Object> ce = term(c);
            ce.put("altLabels", joined(c.listProperties(SKOS.altLabel).mapWith(Statement::getString).toList()));
            long count = conceptCounts.getOrDefault(c.getURI(), 0L);
            ce.put("countText", count == 1 ? "used by 1 resource" : "used by " + count + " resources");
            return ce;
        }).toList());
        return e;
    }

    private Map<String, Object> topicScheme() {
        Resource s = Ontology.topics().getResource(Ontology.TOPIC_SCHEME);
        return Map.of("href", served.href(Ontology.TOPIC_SCHEME), "label", Terms.label(Ontology.TOPIC_SCHEME), "iri", Ontology.TOPIC_SCHEME,
                "description", Objects.toString(flatten(text(s, DCTerms.description)), ""),
                "count", Ontology.topics().listSubjectsWithProperty(SKOS.inScheme, s).toList().size());
    }

    private List<Map<String, Object>> reused() {
        List<Map<String, Object>> out = new ArrayList<>();
        onto.listSubjectsWithProperty(RDFS.isDefinedBy).toList().stream()
                .filter(r -> r.isURIResource() && !r.getURI().startsWith(DP.NS))
                .sorted(Comparator.comparing((Resource r) -> Terms.curie(r.getURI())))
                .forEach(r -> out.add(Map.of("term", Terms.link(r.getURI()), "kind", kind(r),
                        "definedBy", Terms.link(r.getPropertyResourceValue(RDFS.isDefinedBy).getURI()))));
        return out;
    }

    private Map<String, Object> term(Resource r) {
        Map<String, Object> e = new HashMap<>();
        e.put("id", Terms.localName(r.getURI()));
        e.put("iri", r.getURI());
        e.put("curie", Terms.curie(r.getURI()));
        e.put("label", label(r));
        e.put("comment", text(r, RDFS.comment));
        e.put("scopeNote", text(r, SKOS.scopeNote));
        e.put("example", text(r, SKOS.example));
        e.put("seeAlso", links(r, RDFS.seeAlso));
        return e;
    }

    private Map<String, Object> end(Binding row, String var, String labelVar) {
        Node n = row.get(var);
        if (n.isURI()) {
            String label = QueryFiles.text(row, labelVar);
            return Map.of("href", served.href(n.getURI()), "text", label != null ? label : Terms.label(n.getURI()), "literal", false);
        }
        DateText.Shown date = DateText.of(n);
        String text = date != null ? date.text() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        return Map.of("text", text.length() > EXAMPLE_LENGTH ? text.substring(0, EXAMPLE_LENGTH) + "…" : text, "literal", true, "href", "");
    }

    /** Our own terms of a type, sorted by label. */
    private List<Resource> own(Resource type) {
        List<Resource> out = new ArrayList<>(onto.listSubjectsWithProperty(RDF.type, type).filterKeep(
                r -> r.isURIResource() && r.getURI().startsWith(DP.NS)).toList());
        out.sort(Comparator.comparing(OntologyPage::label, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** The objects of a property as links, by text; a datatype union (owl:unionOf) gives its members in their order. */
    private static List<Map<String, Object>> links(Resource r, Property p) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RDFNode o : r.listProperties(p).mapWith(Statement::getObject).toList())
            if (o.isURIResource()) out.add(Terms.link(o.asResource().getURI()));
        out.sort(Comparator.comparing(l -> String.valueOf(l.get("text"))));
        for (RDFNode o : r.listProperties(p).mapWith(Statement::getObject).toList())
            if (o.isAnon() && o.asResource().hasProperty(OWL.unionOf))
                for (RDFNode member : o.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class).asJavaList())
                    if (member.isURIResource()) out.add(Terms.link(member.asResource().getURI()));
        return out;
    }

    /** Our own terms that have the property with the given value, as links. */
    private List<Map<String, Object>> subjects(Property p, Resource value) {
        return onto.listSubjectsWithProperty(p, value).toList().stream()
                .filter(s -> s.isURIResource() && s.getURI().startsWith(DP.NS))
                .sorted(Comparator.comparing(OntologyPage::label, String.CASE_INSENSITIVE_ORDER))
                .map(s -> Terms.link(s.getURI())).toList();
    }

    private Map<String, Long> counts(String query, String var, Map<String, Node> bindings) {
        Map<String, Long> out = new HashMap<>();
        for (Binding row : QueryFiles.select(view, query, bindings))
            if (row.get(var) != null && row.get(var).isURI()) out.put(row.get(var).getURI(), QueryFiles.number(row, "count"));
        return out;
    }

    private static String kind(Resource r) {
        for (Map.Entry<Resource, String> k : KINDS) if (r.hasProperty(RDF.type, k.getKey())) return k.getValue();
        return "";
    }

    private static String label(Resource r) {
        return Terms.label(r.getURI());
    }

    private static String text(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }

    private static Map<String, String> date(Resource r, Property p) {
        Statement s = r.getProperty(p);
        DateText.Shown shown = s == null ? null : DateText.of(s.getObject().asNode());
        return shown == null ? null : Map.of("text", shown.text(), "iso", shown.iso());
    }

    /** The texts joined by commas; null when there are none (an empty string would open a template section). */
    static String joined(List<String> texts) {
        return texts.isEmpty() ? null : String.join(", ", texts.stream().sorted().toList());
    }

    private static String flatten(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }
}
