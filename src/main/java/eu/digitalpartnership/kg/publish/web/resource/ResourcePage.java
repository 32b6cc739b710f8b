package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.Reused;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.ExpandedJsonLd;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.TemplateEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The model of a resource page: labels instead of IRIs, dates as written (partial ones marked), facts with the
 * sentence each comes from and the quoted span highlighted, incoming links, alternates and embedded JSON-LD.
 */
public final class ResourcePage {
    private static final int LONG_TEXT = 300;
    /** The language of the pages; literals in it are shown without a tag. */
    private static final String PAGE_LANGUAGE = "en";

    private final Served served;

    ResourcePage(Served served) {
        this.served = served;
    }


    /** Where a page of one group of incoming links is: the group's property and the page (from 0). */
    record GroupPage(Node group, int page) {}

    /**
     * The model of the page of the IRI: header, key facts, other facts, incoming links at the given group page; the
     * description is read as given (a topic's scheme terms already added, {@link TopicDescriptions#addTo}).
     */
    Map<String, Object> model(String iri, Describer.Description data, Graph context, List<Describer.Incoming> incoming, GroupPage at, String docPath) {
        Node self = NodeFactory.createURI(iri);
        Graph description = data.graph();
        Graph withContext = new Union(description, context);
        Map<String, Object> m = new HashMap<>();
        m.put("title", label(description, self));
        m.put("iri", iri);
        List<String> classes = description.find(self, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject().isURI() ? t.getObject().getURI() : "").toList();
        m.put("types", description.find(self, RDF.type.asNode(), Node.ANY).toList().stream().map(t -> link(description, t.getObject())).toList());
        m.put("aliases", description.find(self, SKOS.altLabel.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList()
                .stream().sorted().toList());
        m.put("oneLine", OneLine.of(withContext, self, n -> label(withContext, n)));
        m.put("lead", lead(description, self));
        m.put("summary", m.get("oneLine") != null ? m.get("oneLine") : m.get("lead"));
        m.put("subtitle", subtitle(description, self));
        List<String> keys = KeyFacts.STANDARD.of(classes);
        List<Map<String, Object>> all = facts(withContext, self, new Evidence(evidenceByFact(description, self), data, description));
        m.put("keyFacts", all.stream().filter(f -> keys.contains((String) f.get("iri")))
                .sorted(Comparator.comparingInt(f -> keys.indexOf((String) f.get("iri")))).toList());
        m.put("facts", all.stream().filter(f -> !keys.contains((String) f.get("iri"))).toList());
        List<Map<String, Object>> groups = incoming(incoming, at, docPath);
        m.put("keyIncoming", groups.stream().filter(g -> keys.contains("^" + g.get("iri")))
                .sorted(Comparator.comparingInt(g -> keys.indexOf("^" + g.get("iri")))).toList());
        m.put("incoming", groups.stream().filter(g -> !keys.contains("^" + g.get("iri"))).toList());
        m.put("hasIncoming", groups.stream().anyMatch(g -> !keys.contains("^" + g.get("iri"))));
        m.put("hasKey", !((List<?>) m.get("keyFacts")).isEmpty() || !((List<?>) m.get("keyIncoming")).isEmpty());
        m.put("external", sameAs(description, self));
        m.put("sparql", Links.sparqlPageRunning("SELECT ?property ?value WHERE {\n  <" + iri + "> ?property ?value\n}"));
        m.put("alternates", Links.alternatesOnPage(docPath));
        m.put("jsonld", TemplateEngine.scriptSafe(jsonld(Describer.withIncoming(embedded(description, self), iri, incoming))));
        return m;
    }

    /** The same thing elsewhere (schema:sameAs, owl:sameAs, skos:exactMatch): Wikidata, GeoNames, EU authority tables. */
    private static List<Map<String, Object>> sameAs(Graph g, Node self) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node p : SAME_AS)
            g.find(self, p, Node.ANY).filterKeep(t -> t.getObject().isURI()).forEachRemaining(t ->
                    out.add(Map.of("href", t.getObject().getURI(), "text", external(t.getObject().getURI()))));
        out.sort(Comparator.comparing(e -> (String) e.get("text")));
        return out;
    }

    private static final List<Node> SAME_AS = List.of(NodeFactory.createURI("https://schema.org/sameAs"), OWL.sameAs.asNode(), SKOS.exactMatch.asNode());

    private static String lead(Graph g, Node self) {
        for (Node p : List.of(SKOS.definition.asNode(), RDFS.comment.asNode(), DCTerms.description.asNode())) {
            String text = literal(g, self, p);
            if (text != null) return text;
        }
        return null;
    }

    /** What tells a meeting apart from others of the same name: "2nd · 30 April 2024 · Brussels"; null for others. */
    private static String subtitle(Graph g, Node self) {
        List<String> parts = new ArrayList<>();
        Node ordinal = first(g, self, DP.ordinal.asNode());
        if (ordinal != null && ordinal.isLiteral() && ordinal.getLiteralValue() instanceof Number n) parts.add(DateText.ordinal(n.longValue()));
        DateText.Shown date = DateText.of(first(g, self, DP.date.asNode()));
        if (date != null) parts.add(date.text() + (date.note().isEmpty() ? "" : " (" + date.note() + ")"));
        Node place = first(g, self, DP.heldIn.asNode());
        if (place != null && place.isURI()) parts.add(label(g, place));
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    /** The evidence records shown for each fact of the page, and how many there are in all. */
    private record Evidence(Map<Triple, List<Node>> shown, Describer.Description counts, Graph records) {}

    /** Per published fact, the evidence records of its statement and of the statements it was derived from. */
    private static Map<Triple, List<Node>> evidenceByFact(Graph g, Node self) {
        Map<Triple, List<Node>> out = new HashMap<>();
        for (Triple s : g.find(Node.ANY, RDF.subject.asNode(), self).toList()) {
            Node st = s.getSubject();
            Node p = first(g, st, RDF.predicate.asNode()), o = first(g, st, RDF.object.asNode());
            if (p == null || o == null) continue;
            List<Node> sources = new ArrayList<>(List.of(st));
            g.find(st, Reused.WAS_DERIVED_FROM, Node.ANY).forEachRemaining(d -> sources.add(d.getObject()));
            List<Node> records = out.computeIfAbsent(Triple.create(self, p, o), f -> new ArrayList<>());
            for (Node source : sources)
                g.find(Node.ANY, OA.hasBody.asNode(), source).forEachRemaining(e -> {
                    if (!records.contains(e.getSubject())) records.add(e.getSubject());
                });
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(Node::getURI)));
        return out;
    }

    /** Per property, the conflict record of the resource about it: its explanation and IRI. */
    private Map<Node, Map<String, Object>> conflicts(Graph g, Node self) {
        Map<Node, Map<String, Object>> out = new HashMap<>();
        for (Triple a : g.find(self, Reused.HAS_QUALITY_ANNOTATION, Node.ANY).toList()) {
            Node c = a.getObject();
            Node property = first(g, c, DP.conflictProperty.asNode());
            String text = literal(g, c, OA.bodyValue.asNode());
            if (property != null && text != null && c.isURI()) out.put(property, Map.of("text", text, "href", served.href(c.getURI())));
        }
        return out;
    }

    private List<Map<String, Object>> facts(Graph g, Node self, Evidence evidence) {
        Map<Node, List<Triple>> byProperty = new LinkedHashMap<>();
        Map<Node, Map<String, Object>> conflicts = conflicts(g, self);
        g.find(self, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !t.getPredicate().equals(RDF.type.asNode()) && !t.getPredicate().equals(Reused.HAS_QUALITY_ANNOTATION))
                .sorted(Comparator.comparing((Triple t) -> Terms.label(t.getPredicate().getURI())).thenComparing(t -> t.getObject().toString()))
                .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t));
        List<Map<String, Object>> out = new ArrayList<>();
        byProperty.forEach((p, triples) -> {
            Map<String, Object> fact = new HashMap<>();
            fact.put("property", property(p));
            fact.put("iri", p.getURI());
            fact.put("values", triples.stream().map(t -> value(g, t, evidence)).toList());
            if (conflicts.containsKey(p)) fact.put("conflict", conflicts.get(p));
            out.add(fact);
        });
        return out;
    }

    private Map<String, Object> value(Graph g, Triple t, Evidence evidence) {
        Map<String, Object> v = new HashMap<>();
        Node o = t.getObject();
        DateText.Shown date = DateText.of(o);
        if (date != null) {
            v.put("text", date.text());
            v.put("datetime", date.iso());
            if (!date.note().isEmpty()) v.put("note", date.note());
        } else if (o.isLiteral()) {
            v.put("text", o.getLiteralLexicalForm());
            v.put("long", o.getLiteralLexicalForm().length() > LONG_TEXT);
            String lang = o.getLiteralLanguage();
            if (!lang.isEmpty() && !lang.equalsIgnoreCase(PAGE_LANGUAGE)) v.put("lang", lang);
        } else {
            v.putAll(link(g, o));
            if (o.isURI() && (g.contains(o, RDF.type.asNode(), DP.Official.asNode()) || g.contains(o, RDF.type.asNode(), DP.Partnership.asNode())))
                v.put("detail", OneLine.of(g, o, n -> label(g, n)));
        }
        List<Node> shown = evidence.shown().getOrDefault(t, List.of());
        v.put("evidence", evidence(evidence.records(), shown));
        long total = Math.max(shown.size(), evidence.counts().evidenceCount(t));
        if (total > 0) v.put("sources", count(total, "source"));
        long more = evidence.counts().evidenceCount(t) - shown.size();
        if (more > 0) {
            v.put("moreEvidence", count(more, "more source"));
            v.put("allEvidence", Describer.evidenceQueryPage(t));
        }
        return v;
    }

    /** A positive count with its noun: "1 source", "1,234 sources" (digits grouped by threes, as {@code %,d} in the root locale). */
    static String count(long n, String noun) {
        String digits = Long.toString(n);
        StringBuilder out = new StringBuilder(digits.length() + noun.length() + 6);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) out.append(',');
            out.append(digits.charAt(i));
        }
        return out.append(' ').append(noun).append(n == 1 ? "" : "s").toString();
    }

    private List<Map<String, Object>> evidence(Graph g, List<Node> records) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node ev : records) {
            String sentence = null, rule = null;
            Node target = null;
            for (var it = g.find(ev, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                Node p = t.getPredicate(), o = t.getObject();
                if (sentence == null && p.equals(DP.sentence.asNode()) && o.isLiteral()) sentence = o.getLiteralLexicalForm();
                else if (target == null && p.equals(OA.hasTarget.asNode())) target = o;
                else if (rule == null && p.equals(DP.rule.asNode()) && o.isLiteral()) rule = o.getLiteralLexicalForm();
            }
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
            item.put("quote", exact == null ? (sentence == null ? "" : sentence) : exact);
            item.put("after", at < 0 ? "" : sentence.substring(at + exact.length()));
            item.put("rule", rule);
            item.put("href", served.href(ev.getURI()));
            if (doc != null && doc.isURI()) item.put("document", served.href(doc.getURI()) + "#" + anchor(ev));
            out.add(item);
        }
        return out;
    }

    /** The id of an evidence record's span on its document's page: "ev-" and the record's local name. */
    static String anchor(Node evidence) {
        return "ev-" + Terms.localName(evidence.getURI());
    }

    private List<Map<String, Object>> incoming(List<Describer.Incoming> incoming, GroupPage at, String docPath) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Describer.Incoming in : incoming) {
            Map<String, Object> group = new HashMap<>();
            String iri = in.property().getURI();
            group.put("property", property(in.property()));
            group.put("inverse", Terms.inverseLabel(iri));
            group.put("iri", iri);
            group.put("count", in.count());
            group.put("items", in.page().stream().map(l -> Map.of("label", l.label() != null ? l.label() : shortName(l.subject()),
                    "href", served.href(l.subject().getURI()))).toList());
            int page = in.property().equals(at.group()) || at.group() == null ? at.page() : 0;
            long pages = Paging.pages(in.count(), Describer.PAGE_SIZE);
            String here = docPath + "?group=" + Links.encode(Terms.curie(iri)) + "&page=";
            if (page > 0) group.put("previous", here + (page - 1));
            if (page + 1 < pages) group.put("next", here + (page + 1));
            group.put("pageInfo", pages > 1 ? "page " + (page + 1) + " of " + pages : null);
            group.put("id", "in-" + Terms.curie(iri).replaceAll("[^A-Za-z0-9-]", "-"));
            out.add(group);
        }
        return out;
    }

    private Map<String, Object> property(Node p) {
        return Map.of("label", Terms.label(p.getURI()), "href", served.href(p.getURI()), "iri", p.getURI(), "curie", Terms.curie(p.getURI()));
    }

    private Map<String, Object> link(Graph g, Node o) {
        if (!o.isURI()) return Map.of("text", o.toString());
        String local = served.path(o.getURI());
        return Map.of("text", local == null ? external(o.getURI()) : label(g, o), "href", served.href(o.getURI()),
                "external", local == null, "iri", o.getURI());
    }

    private static String external(String iri) {
        if (iri.startsWith("http://www.wikidata.org/entity/")) return "Wikidata " + Terms.localName(iri);
        if (iri.startsWith("http://publications.europa.eu/resource/authority/")) return "EU authority table: " + Terms.localName(iri);
        String label = Terms.label(iri);
        return label.equals(Terms.localName(iri)) ? iri : label;
    }

    private static String label(Graph g, Node n) {
        for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode())) {
            String l = literal(g, n, p);
            if (l != null) return l;
        }
        Resource r = Terms.VOCABULARY.getResource(n.getURI());
        if (r.hasProperty(RDFS.label) || r.hasProperty(SKOS.prefLabel)) return Terms.label(n.getURI());
        return shortName(n);
    }

    private static String shortName(Node n) {
        if (!n.isURI()) return n.toString();
        String s = Terms.curie(n.getURI());
        return s.equals(n.getURI()) ? Terms.localName(n.getURI()) : s;
    }

    /** The lexical form of the first literal object of s and p in the graph, or null. */
    static String literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    /** The first object of s and p in the graph, or null. */
    static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** The statements about the given resources whose objects are IRIs or literals (no blank nodes), as JSON-LD for a page. */
    public static String jsonldAbout(Graph g, List<Node> subjects) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Terms.PREFIXES);
        for (Node s : subjects) g.find(s, Node.ANY, Node.ANY).filterKeep(t -> !t.getObject().isBlank()).forEachRemaining(out::add);
        return TemplateEngine.scriptSafe(jsonld(out));
    }

    /**
     * What a page embeds as JSON-LD: the resource's facts and those of its own hash resources ({@code <iri#...>}), the
     * labels of what they point to, and the incoming links. The statements and evidence records behind the facts stay
     * in the full description (the Turtle and JSON-LD documents), so that a page of a much-reported council stays small.
     */
    public static Graph embedded(Graph description, Node self) {
        Graph out = GraphFactory.createDefaultGraph();
        String hash = self.getURI() + "#";
        description.find().forEachRemaining(t -> {
            Node s = t.getSubject(), p = t.getPredicate();
            boolean own = s.equals(self) || s.isURI() && s.getURI().startsWith(hash);
            boolean label = p.equals(RDFS.label.asNode()) || p.equals(SKOS.prefLabel.asNode());
            boolean incoming = t.getObject().equals(self) && !NOT_LINKS.contains(p);
            if (own || label || incoming) out.add(t);
        });
        return out;
    }

    /** Properties pointing at a resource that are not links between things: a statement's subject, an annotation's target. */
    private static final List<Node> NOT_LINKS = List.of(RDF.subject.asNode(), OA.hasTarget.asNode());

    /**
     * The graph as JSON-LD, for a {@code <script type="application/ld+json">} (not yet made script-safe): expanded
     * and flattened (full IRIs, no context, no whitespace), the same graph as the compacted download.
     */
    static String jsonld(Graph g) {
        return ExpandedJsonLd.write(g);
    }
}
