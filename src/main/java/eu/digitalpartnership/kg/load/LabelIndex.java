package eu.digitalpartnership.kg.load;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Jena's text index (jena-text, Lucene) over the labels of the published graph: field {@code label} holds each
 * entity's {@code rdfs:label}, field {@code altLabel} its {@code skos:altLabel}s, field {@code prefLabel} the
 * {@code skos:prefLabel} of topics, lower-cased and accent-folded. The
 * index lives in memory: it is filled from the store's default graph when the store is opened, then every write
 * through the returned dataset adds or removes the label quads it changes, committed with the write transaction.
 * Document graphs are not indexed. {@code text:query} in SPARQL and {@code /search} read it.
 */
public final class LabelIndex {
    /** The Lucene field of an entity's IRI. */
    public static final String ENTITY_FIELD = "uri";
    /** The Lucene field of preferred labels (the default field of {@code text:query}). */
    public static final String LABEL_FIELD = "label";
    /** The Lucene field of aliases. */
    public static final String ALIAS_FIELD = "altLabel";
    /** The Lucene field of the preferred labels of concepts (topics). */
    public static final String CONCEPT_FIELD = "prefLabel";
    private static final Node[] INDEXED = {RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.prefLabel.asNode()};

    private LabelIndex() {}

    /** The store wrapped so that every write keeps the index of its published labels in step; the index starts from what the store holds. */
    public static DatasetGraph over(DatasetGraph store) {
        EntityDefinition entities = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, RDFS.label.asNode());
        entities.set(ALIAS_FIELD, SKOS.altLabel.asNode());
        entities.set(CONCEPT_FIELD, SKOS.prefLabel.asNode());
        entities.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new Folding());
        config.setQueryAnalyzer(new Folding());
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        fill(store, index);
        DatasetGraph text = new Indexed(store, index);
        text.getContext().set(TextQuery.textIndex, index);
        return text;
    }

    /** The store under a dataset that {@link #over} made, or the dataset itself. */
    public static DatasetGraph unwrap(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (d instanceof DatasetGraphText || d instanceof org.apache.jena.query.text.changes.DatasetGraphTextMonitor)
            d = ((DatasetGraphWrapper) d).getWrapped();
        return d;
    }

    private static void fill(DatasetGraph store, TextIndex index) {
        EntityDefinition entities = index.getDocDef();
        Txn.executeRead(store, () -> {
            for (Node p : INDEXED) {
                Iterator<Quad> quads = store.find(Quad.defaultGraphIRI, Node.ANY, p, Node.ANY);
                quads.forEachRemaining(q -> {
                    Entity e = TextQueryFuncs.entityFromQuad(entities, q);
                    if (e != null) index.addEntity(e);
                });
            }
        });
        index.commit();
    }

    /**
     * jena-text's dataset, with the writes to named graphs sent straight to the store: only the default graph is
     * indexed, so they need not be watched (jena-text looks each quad up before writing it, and would remove a graph
     * quad by quad). Writes to the default graph, or to every graph at once, go through the index as usual.
     */
    private static final class Indexed extends DatasetGraphText {
        Indexed(DatasetGraph store, TextIndex index) {
            super(store, index, new PublishedOnly(new TextDocProducerTriples(index)), true);
        }

        private static boolean named(Node g) {
            return g != null && g.isConcrete() && !Quad.isDefaultGraph(g);
        }

        @Override public void add(Node g, Node s, Node p, Node o) {
            if (named(g)) getWrapped().add(g, s, p, o);
            else super.add(g, s, p, o);
        }

        @Override public void add(Quad q) {
            if (named(q.getGraph())) getWrapped().add(q);
            else super.add(q);
        }

        @Override public void delete(Node g, Node s, Node p, Node o) {
            if (named(g)) getWrapped().delete(g, s, p, o);
            else super.delete(g, s, p, o);
        }

        @Override public void delete(Quad q) {
            if (named(q.getGraph())) getWrapped().delete(q);
            else super.delete(q);
        }

        @Override public void deleteAny(Node g, Node s, Node p, Node o) {
            if (named(g)) getWrapped().deleteAny(g, s, p, o);
            else super.deleteAny(g, s, p, o);
        }

        @Override public void removeGraph(Node g) {
            if (named(g)) getWrapped().removeGraph(g);
            else super.removeGraph(g);
        }

        @Override public void addGraph(Node g, org.apache.jena.graph.Graph graph) {
            if (named(g)) getWrapped().addGraph(g, graph);
            else super.addGraph(g, graph);
        }
    }

    /** Passes on the changes of the default graph only: document graphs hold claims, not what is published. */
    private record PublishedOnly(TextDocProducer triples) implements TextDocProducer {
        @Override public void start() { triples.start(); }
        @Override public void finish() { triples.finish(); }
        @Override public void reset() { triples.reset(); }

        @Override public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (g == null || Quad.isDefaultGraph(g)) triples.change(action, Quad.defaultGraphIRI, s, p, o);
        }
    }

    /** Words as the standard tokenizer splits them, lower-cased and folded to ASCII ("Montréal" finds "montreal"). */
    private static final class Folding extends Analyzer {
        @Override protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, normalize(field, words));
        }

        @Override protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
