package eu.digitalpartnership.kg.publish.web.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.load.LoadedCorpus;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The quality stored at load time is the quality of what is published: the stored report, updated node by node as
 * documents come and go, equals validating the whole published graph now, and the stored figures equal a recount.
 */
class PublishedQualityIT {
    @Test
    void the_report_kept_through_incremental_loads_equals_validating_the_whole_published_graph() {
        DatasetGraph store = Stores.inMemory();
        Loader loader = Loader.create(IriMinter.standard(), Validator.standard());
        var docs = LoadedCorpus.DOCUMENTS;
        loader.sync(docs.subList(0, 5), store);
        loader.sync(docs, store);
        loader.sync(docs.subList(3, docs.size()), store);
        DatasetGraph view = Stores.publishedView(store);
        PublishedQuality quality = new PublishedQuality(view, IriMinter.standard());
        Set<String> stored = new TreeSet<>();
        quality.outcome().report().getEntries().forEach(e -> stored.add(key(e)));
        Set<String> whole = new TreeSet<>();
        Txn.executeRead(view, () -> Validator.standard().validate(view.getDefaultGraph()).getEntries().forEach(e -> whole.add(key(e))));
        assertFalse(whole.isEmpty(), "the corpus has warnings to compare");
        assertEquals(whole, stored);
    }

    @Test
    void figures_counted_at_load_equal_the_published_graph() {
        DatasetGraph store = LoadedCorpus.store();
        DatasetGraph view = Stores.publishedView(store);
        PublishedQuality.Summary s = new PublishedQuality(view, IriMinter.standard()).summary();
        long statements = Txn.calculateRead(view, () -> (long) view.getDefaultGraph()
                .find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.subject.asNode(), org.apache.jena.graph.Node.ANY).toList().size());
        assertEquals(statements, s.facts());
        assertEquals(s.facts(), s.factsWithEvidence(), "every published fact has evidence");
        assertTrue(s.conflicts() > 0, "the corpus has resolved conflicts");
        assertEquals(0, s.violations());
    }

    private static String key(ReportEntry e) {
        return e.focusNode() + " " + e.resultPath() + " " + e.source() + " " + e.severity().level() + " " + e.value() + " " + e.message();
    }
}
