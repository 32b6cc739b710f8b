package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.publish.web.http.Served;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;

/**
 * What the pages of provenance add to a resource page: a source document's text with every quoted span marked
 * ({@code #ev-…} anchors) and what was extracted from it by class; an evidence record's quote, offsets, sentence,
 * rule and the facts it supports, titled by its quote.
 */
final class ProvenancePages {
    /** Where the plain text of a source document is served: this prefix and the document's thing path. */
    static final String TEXT_PREFIX = "/text";

    private final DatasetGraph view;
    private final Served served;

    ProvenancePages(DatasetGraph view, Served served) {
        this.view = view;
        this.served = served;
    }

    /** Adds the document or evidence parts to a page model when the resource is one; leaves others unchanged. */
    void addTo(Map<String, Object> m, String iri, Graph description) {
        Node self = NodeFactory.createURI(iri);
        if (description.contains(self, RDF.type.asNode(), DP.SourceDocument.asNode())) document(m, self, description);
        else if (description.contains(self, RDF.type.asNode(), DP.Evidence.asNode())) evidence(m, self, description);
    }

    /** The text of a source document, or null when the IRI is not one. */
    String text(String iri) {
        Node self = NodeFactory.createURI(iri);
        return Txn.calculateRead(view, () -> {
            var it = view.getUnionGraph().find(self, DP.text.asNode(), Node.ANY);
            try {
                Node n = it.hasNext() ? it.next().getObject() : null;
                return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
            } finally {
                it.close();
            }
        });
    }

    private void document(Map<String, Object> m, Node self, Graph description) {
        String title = literal(description, self, DCTerms.title.asNode());
        if (title != null) m.put("title", title);
        String text = literal(description, self, DP.text.asNode());
        Map<String, Object> doc = new HashMap<>();
        List<SpanMarkup.Span> spans = new ArrayList<>();
        Set<String> anchored = new HashSet<>();
        for (Binding b : QueryFiles.select(view, "document-evidence", Map.of("this", self))) {
            String id = ResourcePage.anchor(b.get("e"));
            spans.add(new SpanMarkup.Span(anchored.add(id) ? id : null, Terms.localName(b.get("e").getURI()),
                    (int) QueryFiles.number(b, "start"), (int) QueryFiles.number(b, "end")));
        }
        doc.put("textHtml", text == null ? "" : SpanMarkup.html(text, spans));
        doc.put("characters", String.format(Locale.ROOT, "%,d", text == null ? 0 : text.codePointCount(0, text.length())));
        doc.put("textHref", TEXT_PREFIX + served.path(self.getURI()));
        doc.put("extracted", extracted(self));
        m.put("sourceDocument", doc);
        dropFact(m, DP.text.getURI());
    }

    private List<Map<String, Object>> extracted(Node self) {
        Map<String, List<Map<String, String>>> byClass = new LinkedHashMap<>();
        for (Binding b : QueryFiles.select(view, "document-extracted", Map.of("this", self))) {
            String label = QueryFiles.text(b, "label");
            String entity = b.get("entity").getURI();
            byClass.computeIfAbsent(Terms.label(b.get("class").getURI()), k -> new ArrayList<>())
                    .add(Map.of("label", label == null ? Terms.label(entity) : label, "href", served.href(entity)));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byClass.forEach((c, items) -> out.add(Map.of("classLabel", c, "count", items.size(), "items", items)));
        return out;
    }

    private void evidence(Map<String, Object> m, Node self, Graph g) {
        Map<String, Object> record = new HashMap<>();
        String sentence = literal(g, self, DP.sentence.asNode());
        List<Map<String, Object>> targets = new ArrayList<>();
        String exact = null;
        for (Node target : g.find(self, OA.hasTarget.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
            Node doc = first(g, target, OA.hasSource.asNode());
            Integer start = null, end = null;
            for (Node sel : g.find(target, OA.hasSelector.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
                if (exact == null) exact = literal(g, sel, OA.exact.asNode());
                Node s = first(g, sel, OA.start.asNode()), e = first(g, sel, OA.end.asNode());
                if (s != null && e != null) {
                    start = ((Number) s.getLiteralValue()).intValue();
                    end = ((Number) e.getLiteralValue()).intValue();
                }
            }
            if (doc == null || !doc.isURI() || start == null) continue;
            String text = text(doc.getURI());
            int cs = text == null ? start : text.codePointCount(0, Math.min(start, text.length()));
            int ce = text == null ? end : text.codePointCount(0, Math.min(end, text.length()));
            String docLabel = label(doc);
            targets.add(Map.of("start", start, "end", end, "charStart", cs, "charEnd", ce,
                    "documentHref", served.href(doc.getURI()) + "#" + ResourcePage.anchor(self),
                    "documentLabel", docLabel == null ? Terms.localName(doc.getURI()) : docLabel,
                    "textHref", TEXT_PREFIX + served.path(doc.getURI()) + "#char=" + cs + "," + ce));
        }
        int at = sentence == null || exact == null ? -1 : sentence.indexOf(exact);
        record.put("before", at < 0 ? "" : sentence.substring(0, at));
        record.put("quote", exact != null ? exact : sentence == null ? "" : sentence);
        record.put("after", at < 0 ? (exact != null && sentence != null ? " — " + sentence : "") : sentence.substring(at + exact.length()));
        record.put("targets", targets);
        record.put("rule", literal(g, self, DP.rule.asNode()));
        record.put("confidence", literal(g, self, DP.confidence.asNode()));
        record.put("supports", supports(self));
        if (exact != null) {
            m.put("title", "“" + exact + "”");
            m.put("summary", "Evidence: “" + exact + "”" + (sentence == null ? "" : " in “" + sentence + "”"));
        }
        m.put("evidenceRecord", record);
        dropFact(m, OA.hasTarget.getURI());
    }

    private List<Map<String, Object>> supports(Node self) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Binding b : QueryFiles.select(view, "evidence-facts", Map.of("this", self))) {
            Map<String, Object> fact = new HashMap<>();
            Node s = b.get("s"), p = b.get("p"), o = b.get("o");
            fact.put("subject", QueryFiles.text(b, "sLabel") != null ? QueryFiles.text(b, "sLabel") : Terms.localName(s.getURI()));
            fact.put("subjectHref", served.href(s.getURI()));
            fact.put("property", Terms.label(p.getURI()));
            fact.put("propertyHref", served.href(p.getURI()));
            DateText.Shown date = DateText.of(o);
            if (o.isURI()) {
                fact.put("object", QueryFiles.text(b, "oLabel") != null ? QueryFiles.text(b, "oLabel") : Terms.label(o.getURI()));
                fact.put("objectHref", served.href(o.getURI()));
            } else {
                fact.put("object", date != null ? date.text() : o.isLiteral() ? o.getLiteralLexicalForm() : o.toString());
            }
            fact.put("statementHref", served.href(b.get("statement").getURI()));
            out.add(fact);
        }
        return out;
    }

    private String label(Node doc) {
        return Txn.calculateRead(view, () -> {
            var it = view.getUnionGraph().find(doc, DCTerms.title.asNode(), Node.ANY);
            try {
                return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
            } finally {
                it.close();
            }
        });
    }

    @SuppressWarnings("unchecked")
    /** Leaves a property out of the page's facts: one the page shows in a form of its own. */
    private static void dropFact(Map<String, Object> m, String property) {
        for (String key : List.of("facts", "keyFacts"))
            m.put(key, ((List<Map<String, Object>>) m.get(key)).stream().filter(f -> !property.equals(f.get("iri"))).toList());
    }

    private static String literal(Graph g, Node s, Node p) {
        return ResourcePage.literal(g, s, p);
    }

    private static Node first(Graph g, Node s, Node p) {
        return ResourcePage.first(g, s, p);
    }
}
