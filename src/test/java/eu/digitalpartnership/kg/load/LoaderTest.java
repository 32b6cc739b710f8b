package eu.digitalpartnership.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.ReportPrinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The gate: a document that breaks the shapes is reported with its source sentence and nothing is written. */
class LoaderTest {
    private static final List<SourceDocument> SEEDS = SeedFolder.read(Path.of("seeds"));

    /** A shape the seed cannot meet: every official must represent a partner labelled "Atlantis". */
    private static final String STRICT = """
            @prefix sh:   <http://www.w3.org/ns/shacl#> .
            @prefix dp:   <https://w3id.org/dpkg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <urn:x-test:OfficialFromAtlantis> a sh:NodeShape ; sh:targetClass dp:Official ;
                sh:property [ sh:path ( dp:represents rdfs:label ) ; sh:hasValue "Atlantis"@en ;
                              sh:message "Official does not represent Atlantis" ; sh:severity sh:Violation ] .
            """;

    @Test
    void a_document_that_breaks_the_shapes_is_rejected_with_its_report_and_nothing_is_written() {
        DatasetGraph store = Stores.inMemory();
        Loader.create(IriMinter.standard(), Validator.standard()).load(SEEDS, store);
        Set<Quad> before = quads(store);

        Loader strict = Loader.create(IriMinter.standard(), Validator.of(shapes(STRICT)));
        DocumentRejectedException e = assertThrows(DocumentRejectedException.class, () -> strict.load(SEEDS, store));

        assertEquals(4, e.getOutcome().violations().size(), "one violation per official");
        String report = ReportPrinter.print(e.getReport(), e.data());
        assertTrue(report.contains("Official does not represent Atlantis"), report);
        assertTrue(report.contains("Taro Kono"), "names the focus node by its label: " + report);
        assertTrue(report.contains("the Japanese Minister for Digital Transformation"), "quotes the source sentence: " + report);
        assertEquals(before, quads(store), "the store is exactly as it was");
    }

    @Test
    void loading_the_same_documents_twice_changes_nothing() {
        DatasetGraph store = Stores.inMemory();
        Loader loader = Loader.create(IriMinter.standard(), Validator.standard());
        loader.load(SEEDS, store);
        Set<Quad> first = quads(store);
        loader.load(SEEDS, store);
        assertEquals(first, quads(store));
    }

    @Test
    void a_sync_keeps_unchanged_documents_and_removes_the_graphs_of_those_no_longer_given() {
        SourceDocument other = SeedFolder.document(Path.of("src/test/resources/corpus/eu-canada-dpc1-daily-news/input.txt"),
                Path.of("src/test/resources/corpus/eu-canada-dpc1-daily-news/none.meta.json"), "eu-canada-dpc1");
        List<SourceDocument> both = new java.util.ArrayList<>(SEEDS);
        both.add(other);
        Loader loader = Loader.create(IriMinter.standard(), Validator.standard());
        DatasetGraph store = Stores.inMemory();
        loader.sync(both, store);

        Loader.LoadResult r = loader.sync(SEEDS, store);

        assertEquals(SEEDS.size(), r.unchanged(), "the seeds were stored unchanged: neither extracted nor validated again");
        DatasetGraph fresh = Stores.inMemory();
        loader.load(SEEDS, fresh);
        assertEquals(graphNames(fresh), graphNames(store), "the other document's graph is gone");
        assertEquals(defaultGraph(fresh), defaultGraph(store), "the published graph is what a load of the seeds alone publishes");
    }

    private static Set<org.apache.jena.graph.Node> graphNames(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Set<org.apache.jena.graph.Node> names = new HashSet<>();
            store.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    private static Set<org.apache.jena.graph.Triple> defaultGraph(DatasetGraph store) {
        return Txn.calculateRead(store, () -> new HashSet<>(store.getDefaultGraph().find().toList()));
    }

    private static Graph shapes(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private static Set<Quad> quads(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            Set<Quad> all = new HashSet<>();
            store.find().forEachRemaining(all::add);
            return all;
        });
    }
}
