package eu.digitalpartnership.kg.consolidate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Triple;

/** The net change an update made to the published graph: triples added and triples removed. */
public final class Delta {
    private final Map<Triple, Boolean> change = new LinkedHashMap<>();

    void added(Triple t) {
        if (Boolean.FALSE.equals(change.get(t))) change.remove(t);
        else change.put(t, true);
    }

    void removed(Triple t) {
        if (Boolean.TRUE.equals(change.get(t))) change.remove(t);
        else change.put(t, false);
    }

    /** Triples that are in the published graph now and were not before. */
    public List<Triple> added() {
        return change.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /** Triples that were in the published graph before and are not now. */
    public List<Triple> removed() {
        return change.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    /** True when the update changed nothing. */
    public boolean isEmpty() {
        return change.isEmpty();
    }
}
