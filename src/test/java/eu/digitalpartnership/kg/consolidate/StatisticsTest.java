package eu.digitalpartnership.kg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.digitalpartnership.kg.model.DP;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Figures kept up to date from deltas equal the figures counted again from scratch, whatever the changes. */
class StatisticsTest {
    private static final String ID = "https://w3id.org/dpkg/id/";
    private static final Node DATASET = NodeFactory.createURI("https://w3id.org/dpkg/dataset");
    private static final Node SAME_AS = NodeFactory.createURI("https://schema.org/sameAs");

    @Test
    void figures_updated_from_random_deltas_equal_a_recount() {
        Random random = new Random(20261202);
        Graph published = GraphFactory.createDefaultGraph();
        Graph kept = GraphFactory.createDefaultGraph();
        Statistics incremental = Statistics.of(kept, DATASET, ID);
        for (int round = 0; round < 40; round++) {
            Delta delta = new Delta();
            for (int i = 0; i < 25; i++) {
                Triple t = randomTriple(random);
                if (random.nextInt(3) == 0 && published.contains(t)) {
                    published.delete(t);
                    delta.removed(t);
                } else if (!published.contains(t)) {
                    published.add(t);
                    delta.added(t);
                }
            }
            incremental.update(published, delta);
            Graph fresh = GraphFactory.createDefaultGraph();
            Statistics recount = Statistics.of(fresh, DATASET, ID);
            recount.recount(published);
            assertEquals(recount.read(), incremental.read(), "round " + round);
        }
    }

    @Test
    void a_document_graph_counts_until_it_is_removed() {
        Statistics stats = Statistics.of(GraphFactory.createDefaultGraph(), DATASET, ID);
        Node a = NodeFactory.createURI("https://w3id.org/dpkg/graph/a"), b = NodeFactory.createURI("https://w3id.org/dpkg/graph/b");
        stats.document(a, 100, 10, 30);
        stats.document(b, 50, 5, 12);
        stats.document(a, 120, 11, 33);
        assertEquals(2, stats.read().documents());
        assertEquals(16, stats.read().evidenceRecords());
        stats.document(b, 0, 0, 0);
        assertEquals(1, stats.read().documents());
        assertEquals(11, stats.read().evidenceRecords());
        assertEquals(List.of(a.getURI()), new ArrayList<>(stats.read().graphs().keySet()));
    }

    private static Triple randomTriple(Random random) {
        Node s = NodeFactory.createURI(ID + "thing/" + random.nextInt(12));
        return switch (random.nextInt(5)) {
            case 0 -> Triple.create(s, RDF.type.asNode(), List.of(DP.Partner, DP.Official, DP.Council).get(random.nextInt(3)).asNode());
            case 1 -> Triple.create(s, SAME_AS, NodeFactory.createURI("http://www.wikidata.org/entity/Q" + random.nextInt(4)));
            case 2 -> Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralString("label " + random.nextInt(6)));
            case 3 -> Triple.create(s, DP.evidenceCount.asNode(), NodeFactory.createLiteralString(String.valueOf(random.nextInt(3))));
            default -> Triple.create(s, DP.about.asNode(), NodeFactory.createURI(ID + "thing/" + random.nextInt(12)));
        };
    }
}
