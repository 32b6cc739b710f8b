package eu.digitalpartnership.kg.extract.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Annotators run in an order derived from the layers they read and write: a step runs once every layer it reads
 * has been written. Two writers of one layer, a layer read but never written, or a cycle are refused when the
 * pipeline is built.
 * <pre>
 *   Pipeline p = Pipeline.of(List.of(new Dates(), new Sentences(), ...));   // any order
 *   Document doc = p.run(Document.of(text, published));
 * </pre>
 */
public final class Pipeline {
    private final List<Annotator> order;

    private Pipeline(List<Annotator> order) {
        this.order = List.copyOf(order);
    }

    /** A pipeline of the annotators, ordered by their declared layers (ties keep the given order). */
    public static Pipeline of(List<? extends Annotator> annotators) {
        Map<Layer<?>, Annotator> writer = new LinkedHashMap<>();
        for (Annotator a : annotators)
            for (Layer<?> l : a.writes()) {
                Annotator other = writer.putIfAbsent(l, a);
                if (other != null)
                    throw new IllegalArgumentException("Layer '" + l + "' is written by both " + other.name() + " and " + a.name());
            }
        for (Annotator a : annotators)
            for (Layer<?> l : a.reads())
                if (!writer.containsKey(l))
                    throw new IllegalArgumentException(a.name() + " reads layer '" + l + "' that no annotator writes");
        List<Annotator> ordered = new ArrayList<>();
        Set<Layer<?>> done = new LinkedHashSet<>();
        List<Annotator> pending = new ArrayList<>(annotators);
        while (!pending.isEmpty()) {
            Annotator next = pending.stream().filter(a -> done.containsAll(a.reads())).findFirst().orElse(null);
            if (next == null)
                throw new IllegalArgumentException("The layers of these annotators depend on each other in a cycle: "
                        + pending.stream().map(Annotator::name).collect(Collectors.joining(", ")));
            pending.remove(next);
            ordered.add(next);
            done.addAll(next.writes());
        }
        return new Pipeline(ordered);
    }

    /** The annotators in the order they run. */
    public List<Annotator> order() {
        return order;
    }

    /** Runs every annotator on the document and returns it with all their layers. */
    public Document run(Document doc) {
        return run(doc, (a, nanos) -> { });
    }

    /** Runs every annotator, telling the listener how long each took (nanoseconds), for diagnostics. */
    public Document run(Document doc, BiConsumer<Annotator, Long> timing) {
        for (Annotator a : order) {
            long t = System.nanoTime();
            Output out = new Output(a.name(), a.writes());
            a.annotate(doc.readBy(a.name(), a.reads()), out);
            doc = doc.with(out.layers());
            timing.accept(a, System.nanoTime() - t);
        }
        return doc;
    }

    /** One line per annotator: what it reads and what it writes, in running order. */
    public String describe() {
        return order.stream().map(a -> String.format("%-24s %s -> %s", a.name(), names(a.reads()), names(a.writes())))
                .collect(Collectors.joining("\n"));
    }

    private static String names(Set<Layer<?>> layers) {
        return layers.stream().map(Layer::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
