package eu.digitalpartnership.kg.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.annotate.Annotators;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** The pipeline derives its order from declared layers and enforces the declarations while running. */
class PipelineTest {
    private static final Layer<Span> A = Layer.of("a"), B = Layer.of("b"), C = Layer.of("c");

    record Step(String name, Set<Layer<?>> reads, Set<Layer<?>> writes, BiConsumer<Document, Output> body) implements Annotator {
        @Override public void annotate(Document doc, Output out) { body.accept(doc, out); }
    }

    private static Step step(String name, Set<Layer<?>> reads, Layer<Span> writes) {
        return new Step(name, reads, Set.of(writes), (doc, out) -> {
            int n = reads.stream().mapToInt(l -> doc.get(l).size()).sum();
            out.put(writes, List.of(new Span(0, n + 1)));
        });
    }

    @Test
    void order_follows_the_declared_layers_not_the_given_order() {
        Step c = step("c", Set.of(A, B), C), b = step("b", Set.of(A), B), a = step("a", Set.of(), A);
        Pipeline p = Pipeline.of(List.of(c, b, a));
        assertEquals(List.of("a", "b", "c"), p.order().stream().map(Annotator::name).toList());
        Document doc = p.run(Document.of("text", null));
        assertEquals(new Span(0, 3), doc.get(C).get(0));
    }

    @Test
    void every_standard_annotator_runs_after_the_writers_of_what_it_reads_in_any_given_order() {
        List<Annotator> standard = new ArrayList<>(Annotators.standard(Lexicons.standard()));
        Random r = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(standard, r);
            Set<Layer<?>> written = new HashSet<>();
            for (Annotator a : Pipeline.of(standard).order()) {
                assertTrue(written.containsAll(a.reads()), a.name() + " runs before a layer it reads is written");
                written.addAll(a.writes());
            }
        }
    }

    @Test
    void two_writers_of_a_layer_are_refused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(step("x", Set.of(), A), step("y", Set.of(), A))));
        assertTrue(e.getMessage().contains("written by both"), e.getMessage());
    }

    @Test
    void a_layer_nobody_writes_is_refused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(step("x", Set.of(B), A))));
        assertTrue(e.getMessage().contains("no annotator writes"), e.getMessage());
    }

    @Test
    void a_cycle_is_refused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(step("x", Set.of(B), A), step("y", Set.of(A), B))));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void reading_an_undeclared_layer_fails() {
        Step sneaky = new Step("sneaky", Set.of(), Set.of(B), (doc, out) -> out.put(B, doc.get(A)));
        Pipeline p = Pipeline.of(List.of(step("a", Set.of(), A), sneaky));
        var e = assertThrows(IllegalStateException.class, () -> p.run(Document.of("t", null)));
        assertTrue(e.getMessage().contains("without declaring"), e.getMessage());
    }

    @Test
    void writing_an_undeclared_layer_or_forgetting_a_declared_one_fails() {
        Step wrong = new Step("wrong", Set.of(), Set.of(A), (doc, out) -> out.put(B, List.of()));
        assertThrows(IllegalStateException.class, () -> Pipeline.of(List.of(wrong)).run(Document.of("t", null)));
        Step lazy = new Step("lazy", Set.of(), Set.of(A), (doc, out) -> { });
        var e = assertThrows(IllegalStateException.class, () -> Pipeline.of(List.of(lazy)).run(Document.of("t", null)));
        assertTrue(e.getMessage().contains("did not write"), e.getMessage());
    }

    @Test
    void annotations_answer_span_queries() {
        Annotations<Span> a = Annotations.of(List.of(new Span(10, 20), new Span(0, 5), new Span(12, 14), new Span(30, 31)));
        assertEquals(List.of(new Span(10, 20), new Span(12, 14)), a.in(new Span(10, 20)));
        assertEquals(List.of(new Span(10, 20), new Span(12, 14)), a.overlapping(new Span(13, 25)));
        assertTrue(a.overlaps(new Span(4, 6)));
        assertTrue(!a.overlaps(new Span(5, 10)));
        assertEquals(List.of(new Span(10, 20)), a.startingAt(10));
        assertEquals(new Span(0, 5), a.lastEndingBy(10));
        assertEquals(new Span(30, 31), a.firstFrom(21));
    }
}
