package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.digitalpartnership.kg.publish.web.http.Links;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class EvidenceQueryPageTest {
    @Test
    void the_link_runs_the_evidence_query_of_the_fact() {
        Triple fact = Triple.create(NodeFactory.createURI("https://w3id.org/dpkg/id/council/eu-japan-2"),
                NodeFactory.createURI("https://w3id.org/dpkg/ontology#heldIn"), NodeFactory.createLiteralLang("Tōkyō “x” & <y>", "ja"));
        assertEquals(Links.sparqlPageRunning(Describer.evidenceQuery(fact)), Describer.evidenceQueryPage(fact));
    }

    @Test
    void nodes_are_written_as_jena_writes_n_triples() {
        for (var n : new org.apache.jena.graph.Node[] {NodeFactory.createURI("https://w3id.org/dpkg/id/x#y?a=b&c=%20"),
                NodeFactory.createURI("https://example.org/ä"), NodeFactory.createURI("https://example.org/a b"),
                NodeFactory.createURI("https://example.org/a\\b{c}|d^e`f\"g"), NodeFactory.createLiteralString("x\ny"),
                NodeFactory.createBlankNode("b0")})
            assertEquals(org.apache.jena.riot.out.NodeFmtLib.strNT(n), Describer.nt(n), n.toString());
    }
}
