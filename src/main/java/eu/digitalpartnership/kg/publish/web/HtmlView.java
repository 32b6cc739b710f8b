package eu.digitalpartnership.kg.publish.web;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.Ontology;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The model of a resource page: labels instead of IRIs, facts with their evidence, incoming links, alternates. */
final class HtmlView {
    private static final Model VOCABULARY = ModelFactory.createDefaultModel().add(Ontology.ontology()).add(Ontology.topics());
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("dp", DP.NS).setNsPrefix("schema", "https://schema.org/").setNsPrefix("oa", OA.NS)
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("org", "http://www.w3.org/ns/org#").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");

    private final Served served;

    HtmlView(Served served) {
        this.served = served;
    }

    Map<String, Object> model(String iri, Graph description, List<Describer.Incoming> incoming, int page, String docPath) {
        Node self = NodeFactory.createURI(iri);
        Map<String, Object> m = new HashMap<>();
        m.put("title", label(description, self));
        m.put("iri", iri);
        m.put("types", description.find(self, RDF.type.asNode(), Node.ANY).toList().stream().map(t -> link(description, t.getObject())).toList());
        m.put("facts", facts(description, self));
        m.put("incoming", incoming(description, incoming, page, docPath));
        m.put("hasIncoming", !incoming.isEmpty());
        m.put("external", description.find(self, NodeFactory.createURI("https://schema.org/sameAs"), Node.ANY).toList().stream()
                .map(t -> Map.of("href", t.getObject().getURI())).toList());
        m.put("sparql", "/sparql?query=" + URLEncoder.encode("SELECT ?property ?value WHERE {\n  <" + iri + "> ?property ?value\n}",
                StandardCharsets.UTF_8));
        m.put("alternates", alternates(docPath));
        m.put("jsonld", Pages.scriptSafe(jsonld(description)));
        return m;
    }

    static List<Map<String, String>> alternates(String docPath) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Formats f : Formats.values())
            if (f.isRdf()) out.add(Map.of("label", f.name().equals("RDFXML") ? "RDF/XML" : f.name().equals("JSONLD") ? "JSON-LD"
                    : f.name().equals("NTRIPLES") ? "N-Triples" : "Turtle", "href", docPath + "?format=" + f.extension, "type", f.mediaType));
        return out;
    }

    private List<Map<String, Object>> facts(Graph g, Node self) {
        Map<Node, List<Triple>> byProperty = new LinkedHashMap<>();
        g.find(self, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !t.getPredicate().equals(RDF.type.asNode()))
                .sorted(Comparator.comparing((Triple t) -> propertyLabel(t.getPredicate())).thenComparing(t -> t.getObject().toString()))
                .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t));
        List<Map<String, Object>> out = new ArrayList<>();
        byProperty.forEach((p, triples) -> {
            Map<String, Object> fact = new HashMap<>();
            fact.put("property", property(p));
            fact.put("values", triples.stream().map(t -> value(g, t)).toList());
            out.add(fact);
        });
        return out;
    }

    private Map<String, Object> value(Graph g, Triple t) {
        Map<String, Object> v = new HashMap<>();
        Node o = t.getObject();
        if (o.isLiteral()) {
            v.put("text", o.getLiteralLexicalForm());
            v.put("long", o.getLiteralLexicalForm().length() > 300);
            String dt = o.getLiteralDatatypeURI();
            if (XSDDatatype.XSDgYear.getURI().equals(dt)) v.put("note", "year only");
            else if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) v.put("note", "month only");
            else if (!o.getLiteralLanguage().isEmpty()) v.put("lang", o.getLiteralLanguage());
        } else {
            v.putAll(link(g, o));
        }
        v.put("evidence", evidence(g, t));
        return v;
    }

    private List<Map<String, Object>> evidence(Graph g, Triple fact) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Triple e : g.find(Node.ANY, RDF.subject.asNode(), fact.getSubject()).toList()) {
            Node ev = e.getSubject();
            if (!g.contains(ev, RDF.predicate.asNode(), fact.getPredicate()) || !g.contains(ev, RDF.object.asNode(), fact.getObject())) continue;
            String sentence = literal(g, ev, NodeFactory.createURI(DP.sentence.getURI()));
            Node target = first(g, ev, OA.hasTarget.asNode());
            String exact = null;
            Node doc = null;
            if (target != null) {
                doc = first(g, target, OA.hasSource.asNode());
                for (Triple sel : g.find(target, OA.hasSelector.asNode(), Node.ANY).toList()) {
                    String x = literal(g, sel.getObject(), OA.exact.asNode());
                    if (x != null) exact = x;
                }
            }
            Map<String, Object> item = new HashMap<>();
            int at = sentence == null || exact == null ? -1 : sentence.indexOf(exact);
            item.put("before", at < 0 ? "" : sentence.substring(0, at));
            item.put("quote", exact == null ? "" : exact);
            item.put("after", at < 0 ? (sentence == null ? "" : "") : sentence.substring(at + exact.length()));
            item.put("rule", literal(g, ev, NodeFactory.createURI(DP.rule.getURI())));
            item.put("href", href(ev.getURI()));
            if (doc != null) item.put("document", href(doc.getURI()));
            out.add(item);
        }
        return out;
    }

    private List<Map<String, Object>> incoming(Graph g, List<Describer.Incoming> incoming, int page, String docPath) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Describer.Incoming in : incoming) {
            Map<String, Object> group = new HashMap<>();
            group.put("property", property(in.property()));
            group.put("count", in.count());
            group.put("items", in.page().stream().map(l -> Map.of("label", l.label() != null ? l.label() : shortName(l.subject()),
                    "href", href(l.subject().getURI()))).toList());
            long pages = (in.count() + Describer.PAGE_SIZE - 1) / Describer.PAGE_SIZE;
            if (page > 0) group.put("previous", docPath + "?page=" + (page - 1));
            if (page + 1 < pages) group.put("next", docPath + "?page=" + (page + 1));
            group.put("pageInfo", pages > 1 ? "page " + (page + 1) + " of " + pages : "");
            out.add(group);
        }
        return out;
    }

    private Map<String, Object> property(Node p) {
        return Map.of("label", propertyLabel(p), "href", href(p.getURI()), "iri", p.getURI(), "curie", PREFIXES.shortForm(p.getURI()));
    }

    private Map<String, Object> link(Graph g, Node o) {
        if (!o.isURI()) return Map.of("text", o.toString());
        String local = served.path(o.getURI());
        return Map.of("text", label(g, o), "href", href(o.getURI()), "external", local == null, "iri", o.getURI());
    }

    /** The link target of an IRI: its local page when served here, else the IRI itself. */
    String href(String iri) {
        String local = served.path(iri);
        if (local == null) return iri;
        if (Served.isOntology(iri)) return local;
        int hash = local.indexOf('#');
        return hash >= 0 ? Served.documentOf(local.substring(0, hash)) + local.substring(hash) : Served.documentOf(local);
    }

    private static String label(Graph g, Node n) {
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode())) {
            String l = literal(g, n, p);
            if (l != null) return l;
        }
        Resource r = VOCABULARY.getResource(n.getURI());
        if (r.hasProperty(RDFS.label)) return r.getProperty(RDFS.label).getString();
        if (r.hasProperty(SKOS.prefLabel)) return r.getProperty(SKOS.prefLabel).getString();
        return shortName(n);
    }

    private static String propertyLabel(Node p) {
        Resource r = VOCABULARY.getResource(p.getURI());
        return r.hasProperty(RDFS.label) ? r.getProperty(RDFS.label).getString() : PREFIXES.shortForm(p.getURI());
    }

    private static String shortName(Node n) {
        if (!n.isURI()) return n.toString();
        String s = PREFIXES.shortForm(n.getURI());
        if (!s.equals(n.getURI())) return s;
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static String literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String jsonld(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.JSONLD11);
        return out.toString(StandardCharsets.UTF_8);
    }
}
