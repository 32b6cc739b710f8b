package eu.digitalpartnership.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The label index follows every write to the published graph and ignores the document graphs. */
class LabelIndexTest {
    private static final Node KONO = NodeFactory.createURI("https://w3id.org/dpkg/id/person/kono-taro");
    private static final Node DOC = NodeFactory.createURI("https://w3id.org/dpkg/graph/doc");

    @Test
    void text_query_finds_a_label_and_an_alias_of_the_published_graph() {
        DatasetGraph store = Stores.inMemory();
        write(store, () -> {
            store.add(Quad.defaultGraphIRI, KONO, RDFS.label.asNode(), NodeFactory.createLiteralString("Taro Kono"));
            store.getDefaultGraph().add(KONO, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("KONO Taro"));
        });
        assertEquals(List.of(KONO.getURI()), hits(store, "rdfs:label 'taro'"));
        assertEquals(List.of(KONO.getURI()), hits(store, "skos:altLabel 'kono'"));
        assertEquals(List.of(KONO.getURI()), hits(store, "'label:kono OR altLabel:kono'"));
    }

    @Test
    void text_query_forgets_a_label_deleted_and_ignores_document_graphs() {
        DatasetGraph store = Stores.inMemory();
        Node label = NodeFactory.createLiteralString("Taro Kono");
        write(store, () -> {
            store.add(Quad.defaultGraphIRI, KONO, RDFS.label.asNode(), label);
            store.add(DOC, KONO, RDFS.label.asNode(), NodeFactory.createLiteralString("Minister Kōno"));
        });
        write(store, () -> store.getDefaultGraph().delete(KONO, RDFS.label.asNode(), label));
        assertEquals(List.of(), hits(store, "rdfs:label 'taro'"));
        assertEquals(List.of(), hits(store, "rdfs:label 'minister'"));
        write(store, () -> store.removeGraph(DOC));
        assertEquals(0L, (long) Txn.calculateRead(store, () -> store.getGraph(DOC).size()), "a document graph is removed whole");
    }

    @Test
    void an_aborted_write_leaves_the_index_as_it_was() {
        DatasetGraph store = Stores.inMemory();
        store.begin(org.apache.jena.query.ReadWrite.WRITE);
        store.add(Quad.defaultGraphIRI, KONO, RDFS.label.asNode(), NodeFactory.createLiteralString("Taro Kono"));
        store.abort();
        store.end();
        assertEquals(List.of(), hits(store, "rdfs:label 'taro'"));
    }

    @Test
    void an_index_over_a_store_already_filled_starts_from_its_labels() {
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(plain, () -> plain.add(Quad.defaultGraphIRI, KONO, RDFS.label.asNode(), NodeFactory.createLiteralString("Taro Kōno")));
        assertEquals(List.of(KONO.getURI()), hits(LabelIndex.over(plain), "rdfs:label 'kono'"));
    }

    private static void write(DatasetGraph store, Runnable change) {
        Txn.executeWrite(store, change);
    }

    private static List<String> hits(DatasetGraph store, String args) {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT DISTINCT ?s { ?s text:query (" + args + ") }";
        return Txn.calculateRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(Stores.publishedView(store)).query(q).build()) {
                return exec.select().stream().map(b -> b.get("s").getURI()).toList();
            }
        });
    }
}
