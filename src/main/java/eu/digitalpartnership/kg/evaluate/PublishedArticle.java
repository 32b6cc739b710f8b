package eu.digitalpartnership.kg.evaluate;

import eu.digitalpartnership.kg.consolidate.Consolidator;
import eu.digitalpartnership.kg.extract.Extractor;
import eu.digitalpartnership.kg.extract.SourceDocument;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * One article as the loader would publish it alone: extracted into its document graph and consolidated into the
 * published graph, without the shapes gate (evaluation scores what the extractor found, valid or not).
 * <pre>
 *   DatasetGraph view = PublishedArticle.of(Extractor.create(IriMinter.standard()), document);
 *   ArticleScore s = Evaluation.score("seed", view, gold);
 * </pre>
 */
public final class PublishedArticle {
    private static final Consolidator CONSOLIDATOR = Consolidator.create(IriMinter.standard(), Validator.standard().shapesGraph());

    private PublishedArticle() {}

    /** The read-only published view of a store holding only this article. */
    public static DatasetGraph of(Extractor extractor, SourceDocument doc) {
        DatasetGraph store = Stores.inMemory();
        Graph claims = extractor.extract(doc);
        Txn.executeWrite(store, () -> {
            store.addGraph(NodeFactory.createURI(IriMinter.standard().mint("graph", "doc", doc.id())), claims);
            CONSOLIDATOR.update(store, Consolidator.entities(claims));
        });
        return Stores.publishedView(store);
    }
}
