package eu.digitalpartnership.kg.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same answers by node id (TDB2) and by node (any other store). */
class PropertyIndexTest {
    private static final Node DIGEST = uri("digest");
    private static final Node BODY = uri("body");
    private static final Node DOC_A = uri("graph/a");
    private static final Node DOC_B = uri("graph/b");
    private static final Node REPORT = uri("report");

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("tdb2", (Supplier<DatasetGraph>) DatabaseMgr::createDatasetGraph),
                Arguments.of("memory", (Supplier<DatasetGraph>) DatasetGraphFactory::createTxnMem));
    }

    private static DatasetGraph filled(Supplier<DatasetGraph> kind) {
        DatasetGraph store = kind.get();
        Txn.executeWrite(store, () -> {
            store.add(DOC_A, uri("a/extraction"), DIGEST, NodeFactory.createLiteralString("aaa"));
            store.add(DOC_B, uri("b/extraction"), DIGEST, NodeFactory.createLiteralString("bbb"));
            store.add(DOC_A, uri("a/ev1"), BODY, uri("st1"));
            store.add(DOC_A, uri("a/ev2"), BODY, uri("st1"));
            store.add(DOC_B, uri("b/ev1"), BODY, uri("st1"));
            store.add(REPORT, uri("r/ev1"), BODY, uri("st1"));
            store.getDefaultGraph().add(uri("published"), BODY, uri("st1"));
        });
        return store;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void holds_only_the_value_a_graph_records(String kind, Supplier<DatasetGraph> store) {
        DatasetGraph s = filled(store);
        Txn.executeRead(s, () -> {
            PropertyIndex digests = PropertyIndex.of(s, DIGEST);
            assertTrue(digests.holds(DOC_A, NodeFactory.createLiteralString("aaa")));
            assertFalse(digests.holds(DOC_A, NodeFactory.createLiteralString("bbb")));
            assertFalse(digests.holds(DOC_B, NodeFactory.createLiteralString("never stored")));
            assertFalse(digests.holds(uri("graph/unknown"), NodeFactory.createLiteralString("aaa")));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void graphs_except_those_kept_are_the_other_graphs_recording_the_property(String kind, Supplier<DatasetGraph> store) {
        DatasetGraph s = filled(store);
        Txn.executeRead(s, () -> {
            PropertyIndex digests = PropertyIndex.of(s, DIGEST);
            assertEquals(Set.of(DOC_B), digests.graphsExcept(Set.of(DOC_A, uri("graph/unknown"))));
            assertEquals(Set.of(DOC_A, DOC_B), digests.graphsExcept(Set.of()));
            assertEquals(Set.of(), PropertyIndex.of(s, uri("never-used")).graphsExcept(Set.of()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void counter_counts_quads_of_the_accepted_named_graphs_only(String kind, Supplier<DatasetGraph> store) {
        DatasetGraph s = filled(store);
        Txn.executeRead(s, () -> {
            ToLongFunction<Node> evidence = PropertyIndex.counter(s, BODY, g -> g.getURI().contains("/graph/"));
            assertEquals(3, evidence.applyAsLong(uri("st1")));
            assertEquals(0, evidence.applyAsLong(uri("st-unknown")));
            assertEquals(0, PropertyIndex.counter(s, uri("never-used"), g -> true).applyAsLong(uri("st1")));
        });
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }
}
