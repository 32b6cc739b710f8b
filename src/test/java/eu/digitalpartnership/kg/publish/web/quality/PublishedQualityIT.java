package eu.digitalpartnership.kg.publish.web.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.digitalpartnership.kg.load.LoadedCorpus;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** A resource's validation results are the same whether taken from the whole report or from validating it alone. */
class PublishedQualityIT {
    @Test
    void validating_one_resource_gives_its_results_in_the_whole_report() {
        DatasetGraph store = LoadedCorpus.store();
        DatasetGraph view = Stores.publishedView(store);
        String graphs = IriMinter.standard().namespace("graph");
        List<String> subjects = Txn.calculateRead(view, () -> view.getDefaultGraph().find().mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI).mapWith(Node::getURI).toSet().stream().sorted().toList());

        PublishedQuality alone = new PublishedQuality(view, graphs);
        Set<String> one = new TreeSet<>();
        subjects.forEach(iri -> alone.about(iri).forEach(e -> one.add(key(e))));

        PublishedQuality whole = new PublishedQuality(view, graphs);
        whole.outcome();
        Set<String> all = new TreeSet<>();
        subjects.forEach(iri -> whole.about(iri).forEach(e -> all.add(key(e))));

        assertFalse(all.isEmpty(), "the corpus has warnings to compare");
        assertEquals(all, one);
    }

    private static String key(ReportEntry e) {
        return e.focusNode() + " " + e.resultPath() + " " + e.source() + " " + e.severity().level() + " " + e.value() + " " + e.message();
    }
}
