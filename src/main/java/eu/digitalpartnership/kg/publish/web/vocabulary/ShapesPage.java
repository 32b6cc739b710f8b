package eu.digitalpartnership.kg.publish.web.vocabulary;

import eu.digitalpartnership.kg.publish.web.http.Classpath;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.resource.ResourcePage;
import eu.digitalpartnership.kg.publish.web.resource.Terms;
import eu.digitalpartnership.kg.validate.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The model of the shapes page at {@code /shapes}: the validation profile ({@code shapes/profile.txt}) file by file,
 * and in each file every node shape (id = its local name, so {@code /shapes#CouncilShape} lands on it) with its
 * targets, severity, messages, property shapes and their constraints, and SPARQL constraints with their queries.
 */
final class ShapesPage {
    static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String FOLDER = "shapes/";
    private static final Set<String> NOT_CONSTRAINTS = Set.of("path", "name", "description", "message", "severity", "property",
            "sparql", "target", "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "deactivated", "order", "group",
            "prefixes", "declare");
    private static final Map<String, String> NAMES = Map.of("in", "one of", "minCount", "at least", "maxCount", "at most",
            "languageIn", "language", "uniqueLang", "one value per language", "lessThanOrEquals", "at most the value of",
            "lessThan", "less than the value of", "equals", "equal to the values of");
    private static final List<String> ORDER = List.of("minCount", "maxCount", "nodeKind", "datatype", "class", "in", "or", "hasValue",
            "languageIn", "uniqueLang", "pattern", "minLength", "maxLength", "minInclusive", "maxInclusive");
    private static final Map<String, String> NAMES_OF_TARGETS = Map.of("targetClass", "every instance of",
            "targetNode", "the node", "targetSubjectsOf", "every subject of", "targetObjectsOf", "every object of");

    private ShapesPage() {}

    /** The shapes files of the profile, in order, as listed by {@code shapes/profile.txt}. */
    static List<String> profileFiles() {
        return text(Validator.PROFILE).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The text of a shapes file of the profile (or of the profile itself), or null when it is neither. */
    static String file(String name) {
        if (name.equals("profile.txt")) return text(Validator.PROFILE);
        if (name.equals("core-profile.txt")) return text(Validator.CORE_PROFILE);
        return profileFiles().contains(name) ? text(FOLDER + name) : null;
    }

    /** The page model for {@code shapes.mustache}. */
    static Map<String, Object> model() {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "Shapes: the validation profile");
        m.put("navShapes", true);
        m.put("iri", Served.SHAPES);
        m.put("alternates", Links.alternatesOnPage("/shapes"));
        List<Map<String, Object>> files = new ArrayList<>();
        int shapes = 0;
        for (String name : profileFiles()) {
            Map<String, Object> f = fileEntry(name);
            shapes += ((List<?>) f.get("shapes")).size();
            files.add(f);
        }
        m.put("files", files);
        Graph shapesGraph = Validator.standard().shapesGraph();
        m.put("jsonld", ResourcePage.jsonldAbout(shapesGraph, shapesGraph.find(Node.ANY, RDF.type.asNode(), OWL.Ontology.asNode())
                .mapWith(Triple::getSubject).toList()));
        m.put("shapeCount", shapes);
        return m;
    }

    private static Map<String, Object> fileEntry(String name) {
        String raw = text(FOLDER + name);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(raw, Lang.TURTLE).base(Served.VOCABULARY + FOLDER + name).parse(model);
        Map<String, Object> f = new HashMap<>();
        f.put("file", name);
        f.put("id", "file-" + name.replaceAll("[^A-Za-z0-9-]", "-"));
        f.put("href", "/shapes/" + name);
        f.put("core", Validator.coreProfileFiles().contains(name));
        model.listSubjectsWithProperty(RDF.type, OWL.Ontology).nextOptional().ifPresent(h -> {
            f.put("label", string(h, RDFS.label));
            f.put("comment", string(h, RDFS.comment));
            f.put("version", string(h, OWL.versionInfo));
            Resource licence = h.getPropertyResourceValue(DCTerms.license);
            if (licence != null) f.put("licence", Map.of("href", licence.getURI(), "text", Terms.licence(licence.getURI())));
        });
        List<Resource> nodeShapes = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, sh(model, "NodeShape"))
                .filterKeep(Resource::isURIResource).toList());
        nodeShapes.sort(Comparator.comparingInt((Resource r) -> position(raw, model, r)).thenComparing(Resource::getURI));
        ShapeText text = new ShapeText(model);
        f.put("shapes", nodeShapes.stream().map(s -> nodeShape(s, text)).toList());
        Set<String> severities = new LinkedHashSet<>();
        nodeShapes.forEach(s -> severities.add(severity(s).get("text")));
        f.put("severity", String.join(" and ", severities));
        f.put("shapeCount", nodeShapes.size());
        return f;
    }

    private static Map<String, Object> nodeShape(Resource s, ShapeText text) {
        Map<String, Object> e = shape(s, text);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (String kind : List.of("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf")) {
            List<Map<String, Object>> values = s.listProperties(sh(s.getModel(), kind)).mapWith(st -> text.item(st.getObject())).toList();
            if (!values.isEmpty()) targets.add(Map.of("kind", NAMES_OF_TARGETS.get(kind), "values", values));
        }
        e.put("targets", targets);
        e.put("sparqlTargets", s.listProperties(sh(s.getModel(), "target")).mapWith(st -> text.query(st.getObject().asResource())).toList());
        List<Resource> properties = new ArrayList<>(s.listProperties(sh(s.getModel(), "property")).mapWith(st -> st.getObject().asResource()).toList());
        properties.sort(Comparator.comparing(p -> p.isURIResource() ? p.getURI() : ""));
        e.put("hasProperties", !properties.isEmpty());
        e.put("properties", properties.stream().map(p -> {
            Map<String, Object> pe = shape(p, text);
            Statement path = p.getProperty(sh(p.getModel(), "path"));
            pe.put("path", path == null ? null : text.item(path.getObject()));
            return pe;
        }).toList());
        return e;
    }

    /** What node and property shapes share: name, texts, severity, constraints and SPARQL constraints. */
    private static Map<String, Object> shape(Resource s, ShapeText text) {
        Model m = s.getModel();
        Map<String, Object> e = new HashMap<>();
        e.put("id", s.isURIResource() ? Terms.localName(s.getURI()) : null);
        e.put("iri", s.isURIResource() ? s.getURI() : null);
        e.put("name", string(s, sh(m, "name")));
        e.put("description", string(s, sh(m, "description")));
        e.put("message", string(s, sh(m, "message")));
        e.put("severity", severity(s));
        List<Map<String, Object>> constraints = new ArrayList<>();
        s.listProperties().toList().stream()
                .filter(st -> st.getPredicate().getURI().startsWith(SH) && !NOT_CONSTRAINTS.contains(st.getPredicate().getLocalName()))
                .sorted(Comparator.comparingInt((Statement st) -> order(st.getPredicate().getLocalName()))
                        .thenComparing(st -> st.getPredicate().getLocalName()))
                .forEach(st -> constraints.add(constraint(st, text)));
        e.put("constraints", constraints);
        e.put("sparql", s.listProperties(sh(m, "sparql")).mapWith(st -> text.query(st.getObject().asResource())).toList());
        return e;
    }

    private static Map<String, Object> constraint(Statement st, ShapeText text) {
        String local = st.getPredicate().getLocalName();
        RDFNode o = st.getObject();
        if (local.equals("or") && text.sameConstraintAlternatives(o) != null) {
            String inner = text.sameConstraintAlternatives(o);
            return Map.of("name", NAMES.getOrDefault(inner, Terms.words(inner)), "items", text.alternatives(o, inner), "alternatives", true);
        }
        if (o.isAnon() && o.asResource().hasProperty(RDF.first))
            return Map.of("name", NAMES.getOrDefault(local, Terms.words(local)), "items", text.items(o), "alternatives", local.equals("in"));
        return Map.of("name", NAMES.getOrDefault(local, Terms.words(local)), "items", List.of(text.item(o)), "alternatives", false);
    }

    /** Cardinalities first, then value types, then the rest alphabetically. */
    private static int order(String constraint) {
        int at = ORDER.indexOf(constraint);
        return at < 0 ? ORDER.size() : at;
    }

    private static Map<String, String> severity(Resource s) {
        Resource sev = s.getPropertyResourceValue(sh(s.getModel(), "severity"));
        String name = sev == null || !sev.isURIResource() ? "Violation" : Terms.localName(sev.getURI());
        return Map.of("text", name, "class", name.toLowerCase(Locale.ROOT));
    }

    private static int position(String raw, Model m, Resource r) {
        int at = raw.indexOf("\n" + m.shortForm(r.getURI()) + "\n");
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static Property sh(Model m, String local) {
        return m.createProperty(SH, local);
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }

    private static String text(String resource) {
        return Classpath.text("/" + resource);
    }
}
