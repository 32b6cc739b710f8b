package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.Served;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The page a browser gets for a named graph ({@code /graph/{doc}}, {@code /statistics}) instead of its raw RDF: how
 * many triples and resources of each class it holds, the source document it was extracted from, and a download
 * link for each RDF format.
 */
final class GraphPage {
    private final Served served;

    GraphPage(Served served) {
        this.served = served;
    }

    /** The model of the page of the graph named by the IRI, served at the path. */
    Map<String, Object> model(String iri, String path, Graph content) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "Named graph " + Terms.localName(iri));
        m.put("iri", iri);
        m.put("triples", String.format(Locale.ROOT, "%,d", content.size()));
        Map<String, Integer> byClass = new TreeMap<>();
        content.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) byClass.merge(Terms.label(t.getObject().getURI()), 1, Integer::sum);
        });
        List<Map<String, Object>> classes = new ArrayList<>();
        byClass.forEach((label, count) -> classes.add(Map.of("label", label, "count", String.format(Locale.ROOT, "%,d", count))));
        m.put("classes", classes);
        List<Map<String, Object>> documents = new ArrayList<>();
        content.find(Node.ANY, RDF.type.asNode(), DP.SourceDocument.asNode()).forEachRemaining(t -> {
            Node doc = t.getSubject();
            Node title = content.find(doc, DCTerms.title.asNode(), Node.ANY).mapWith(x -> x.getObject()).nextOptional().orElse(null);
            documents.add(Map.of("href", served.href(doc.getURI()), "text", title != null && title.isLiteral() ? title.getLiteralLexicalForm() : Terms.localName(doc.getURI()),
                    "textHref", ProvenancePages.TEXT_PREFIX + served.path(doc.getURI())));
        });
        m.put("documents", documents);
        m.put("alternates", Links.alternatesOnPage(path));
        m.put("summary", "Named graph " + iri + ": " + m.get("triples") + " triples");
        return m;
    }
}
