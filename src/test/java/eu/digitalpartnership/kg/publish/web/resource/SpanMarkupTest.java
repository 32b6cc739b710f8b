package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMarkupTest {
    private static SpanMarkup.Span span(String id, int start, int end) {
        return new SpanMarkup.Span(id == null ? null : "ev-" + id, id == null ? "x" : id, start, end);
    }

    @Test
    void a_span_is_marked_with_its_anchor_and_the_text_escaped() {
        assertEquals("a &lt;<mark class=\"ev\" id=\"ev-1\" data-ev=\"1\">b&amp;c</mark> d",
                SpanMarkup.html("a <b&c d", List.of(span("1", 3, 6))));
    }

    @Test
    void a_span_inside_another_is_nested() {
        assertEquals("<mark class=\"ev\" id=\"ev-1\" data-ev=\"1\">Taro <mark class=\"ev\" id=\"ev-2\" data-ev=\"2\">Kono</mark></mark>, minister",
                SpanMarkup.html("Taro Kono, minister", List.of(span("2", 5, 9), span("1", 0, 9))));
    }

    @Test
    void overlapping_spans_are_cut_at_the_outer_end_and_keep_one_id() {
        assertEquals("<mark class=\"ev\" id=\"ev-1\" data-ev=\"1\">ab<mark class=\"ev\" id=\"ev-2\" data-ev=\"2\">cd</mark></mark>"
                        + "<mark class=\"ev\" data-ev=\"2\">ef</mark>g",
                SpanMarkup.html("abcdefg", List.of(span("1", 0, 4), span("2", 2, 6))));
    }

    @Test
    void spans_outside_the_text_are_clipped_and_empty_ones_dropped() {
        assertEquals("ab<mark class=\"ev\" id=\"ev-1\" data-ev=\"1\">c</mark>",
                SpanMarkup.html("abc", List.of(span("1", 2, 99), span("2", 1, 1), span("3", 7, 9))));
    }
}
