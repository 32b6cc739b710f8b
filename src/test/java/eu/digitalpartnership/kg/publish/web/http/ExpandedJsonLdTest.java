package eu.digitalpartnership.kg.publish.web.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ExpandedJsonLdTest {
    private static final String TURTLE = """
            @prefix ex: <https://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            ex:a a ex:Council, ex:Event ; ex:label "2nd EU–Japan \\"Council\\"\\n\\ttab \\\\ </script>" ;
                ex:lang "Conseil"@fr, "Rat"@de-AT ; ex:date "2024-04-30"^^xsd:date ; ex:ordinal 2 ;
                ex:start "0"^^xsd:nonNegativeInteger ; ex:ratio 1.5e0 ; ex:flag true ; ex:next ex:b ;
                rdf:type "a literal type" ; ex:control "bell\\u0007" ;
                ex:blank [ ex:inner "x" ; a ex:Thing ] .
            _:x ex:links _:y . _:y ex:links _:x .
            """;

    @Test
    void expanded_form_reads_back_as_the_same_graph() {
        Graph in = graph(TURTLE, Lang.TURTLE);
        String json = ExpandedJsonLd.write(in);
        Graph back = graph(json, Lang.JSONLD);
        assertTrue(in.isIsomorphicWith(back), () -> "differs:\n" + json);
    }

    @Test
    void empty_graph_is_an_empty_array() {
        Graph back = graph(ExpandedJsonLd.write(GraphFactory.createDefaultGraph()), Lang.JSONLD);
        assertTrue(back.isEmpty());
    }

    @Test
    void output_has_no_whitespace_between_tokens() {
        String json = ExpandedJsonLd.write(graph("<https://example.org/a> <https://example.org/p> <https://example.org/b> .", Lang.TURTLE));
        assertFalse(json.contains("\n") || json.contains(": ") || json.contains(", "), json);
    }

    private static Graph graph(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(text)).lang(lang).parse(g);
        return g;
    }
}
