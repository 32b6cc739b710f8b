package eu.digitalpartnership.kg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ClaimChangeTest {
    private static final String PREFIXES = """
            @prefix dp: <https://w3id.org/dpkg/ontology#> .
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix : <https://example.org/> .
            """;
    private static final String DOCUMENT = """
            :doc a dp:SourceDocument ; dct:issued "2024-05-02"^^xsd:date ; dp:reports :council .
            :council a dp:Council ; dp:date "2024-04-30"^^xsd:date ; dp:hasPartner :japan .
            :japan a dp:Partner .
            :st1 rdf:subject :council ; rdf:predicate dp:date ; rdf:object "2024-04-30"^^xsd:date .
            :st2 rdf:subject :council ; rdf:predicate dp:hasPartner ; rdf:object :japan .
            """;

    @Test
    void evidence_moved_in_the_text_touches_nothing() {
        Graph before = graph(DOCUMENT + ":ev1 oa:hasBody :st1, :st2 ; oa:hasTarget :ev1-t . :ev1-t oa:start 10 .");
        Graph after = graph(DOCUMENT + ":ev9 oa:hasBody :st1, :st2 ; oa:hasTarget :ev9-t . :ev9-t oa:start 75 .");
        assertEquals(Set.of(), ClaimChange.touched(before, after));
    }

    @Test
    void one_more_evidence_record_touches_the_subject_of_its_statement_only() {
        Graph before = graph(DOCUMENT + ":ev1 oa:hasBody :st1, :st2 .");
        Graph after = graph(DOCUMENT + ":ev1 oa:hasBody :st1, :st2 . :ev2 oa:hasBody :st2 .");
        assertEquals(Set.of(iri("council")), ClaimChange.touched(before, after));
    }

    @Test
    void a_new_fact_touches_its_subject_and_a_new_entity_only() {
        Graph before = graph(DOCUMENT + ":korea a dp:Partner .");
        Graph after = graph(DOCUMENT + ":korea a dp:Partner . :brussels a dp:City . :other a dp:Council ; dp:place :brussels .");
        assertEquals(Set.of(iri("other"), iri("brussels")), ClaimChange.touched(before, after));
    }

    @Test
    void a_new_link_to_an_entity_touches_the_entity_that_links_not_the_one_linked() {
        Graph before = graph(DOCUMENT);
        Graph after = graph(DOCUMENT + ":council dp:about :japan .");
        assertEquals(Set.of(iri("council")), ClaimChange.touched(before, after));
    }

    @Test
    void a_changed_document_date_touches_every_entity() {
        Graph before = graph(DOCUMENT);
        Graph after = graph(DOCUMENT.replace("2024-05-02", "2024-05-03"));
        assertEquals(Set.of(iri("council"), iri("japan")), ClaimChange.touched(before, after));
    }

    @Test
    void a_new_document_touches_every_entity() {
        assertEquals(Set.of(iri("council"), iri("japan")), ClaimChange.touched(GraphFactory.createDefaultGraph(), graph(DOCUMENT)));
    }

    @Test
    void a_removed_entity_is_touched() {
        Graph before = graph(DOCUMENT + ":korea a dp:Partner .");
        assertEquals(Set.of(iri("korea")), ClaimChange.touched(before, graph(DOCUMENT)));
    }

    private static Node iri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(PREFIXES + turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
