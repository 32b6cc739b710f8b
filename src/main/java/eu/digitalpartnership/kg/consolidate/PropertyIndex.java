package eu.digitalpartnership.kg.consolidate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The named-graph quads of one property, read in the caller's transaction. On a TDB2 store they are compared and
 * counted by node id, so that only what a caller asks for is decoded from the node table (decoding is what a sync of
 * one document among thousands spends its time on); on other stores they are read as quads.
 * <pre>{@code
 *   PropertyIndex digests = PropertyIndex.of(store, DP.inputDigest.asNode());
 *   boolean unchanged = digests.holds(graphName, NodeFactory.createLiteralString(digest));
 *   ToLongFunction<Node> evidence = PropertyIndex.counter(store, OA.hasBody.asNode(), isDocumentGraph);
 * }</pre>
 */
public abstract sealed class PropertyIndex {

    /** The index of the property's quads in the store's named graphs. */
    public static PropertyIndex of(DatasetGraph store, Node property) {
        return TDBInternal.isTDB2(store) ? new ById(store, property) : new ByNode(store, property);
    }

    /** True when the named graph holds a quad of the property with this value. */
    public abstract boolean holds(Node graph, Node value);

    /** The named graphs holding a quad of the property, other than those given. */
    public abstract Set<Node> graphsExcept(Set<Node> keep);

    /**
     * Counts the quads of the property with a given value in the named graphs the predicate accepts; each graph is
     * tested once, however many values are counted.
     */
    public static ToLongFunction<Node> counter(DatasetGraph store, Node property, Predicate<Node> graphs) {
        if (!TDBInternal.isTDB2(store)) {
            Map<Node, Boolean> accepted = new HashMap<>();
            return value -> {
                long n = 0;
                for (Iterator<Quad> it = store.find(Node.ANY, Node.ANY, property, value); it.hasNext(); )
                    if (accepted.computeIfAbsent(it.next().getGraph(), graphs::test)) n++;
                return n;
            };
        }
        NodeTupleTable quads = quads(store);
        NodeTable nodes = quads.getNodeTable();
        NodeId p = nodes.getNodeIdForNode(property);
        Map<NodeId, Boolean> accepted = new HashMap<>();
        return value -> {
            NodeId o = nodes.getNodeIdForNode(value);
            if (missing(p) || missing(o)) return 0;
            long n = 0;
            for (Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, p, o); it.hasNext(); )
                if (accepted.computeIfAbsent(it.next().get(0), g -> graphs.test(nodes.getNodeForNodeId(g)))) n++;
            return n;
        };
    }

    private static NodeTupleTable quads(DatasetGraph store) {
        return TDBInternal.getDatasetGraphTDB(store).getQuadTable().getNodeTupleTable();
    }

    private static boolean missing(NodeId id) {
        return id == null || NodeId.isDoesNotExist(id);
    }

    private static final class ById extends PropertyIndex {
        private final NodeTable nodes;
        private final Map<NodeId, Set<NodeId>> valuesByGraph = new HashMap<>();

        ById(DatasetGraph store, Node property) {
            NodeTupleTable quads = quads(store);
            this.nodes = quads.getNodeTable();
            NodeId p = nodes.getNodeIdForNode(property);
            if (missing(p)) return;
            quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, p, NodeId.NodeIdAny).forEachRemaining(t ->
                    valuesByGraph.computeIfAbsent(t.get(0), g -> new HashSet<>(2)).add(t.get(3)));
        }

        @Override
        public boolean holds(Node graph, Node value) {
            if (valuesByGraph.isEmpty()) return false;
            Set<NodeId> values = valuesByGraph.get(nodes.getNodeIdForNode(graph));
            return values != null && values.contains(nodes.getNodeIdForNode(value));
        }

        @Override
        public Set<Node> graphsExcept(Set<Node> keep) {
            Set<NodeId> kept = new HashSet<>();
            for (Node g : keep) kept.add(nodes.getNodeIdForNode(g));
            Set<Node> out = new HashSet<>();
            for (NodeId g : valuesByGraph.keySet()) if (!kept.contains(g)) out.add(nodes.getNodeForNodeId(g));
            return out;
        }
    }

    private static final class ByNode extends PropertyIndex {
        private final Map<Node, Set<Node>> valuesByGraph = new HashMap<>();

        ByNode(DatasetGraph store, Node property) {
            store.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph()) valuesByGraph.computeIfAbsent(q.getGraph(), g -> new HashSet<>(2)).add(q.getObject());
            });
        }

        @Override
        public boolean holds(Node graph, Node value) {
            Set<Node> values = valuesByGraph.get(graph);
            return values != null && values.contains(value);
        }

        @Override
        public Set<Node> graphsExcept(Set<Node> keep) {
            Set<Node> out = new HashSet<>(valuesByGraph.keySet());
            out.removeAll(keep);
            return out;
        }
    }
}
