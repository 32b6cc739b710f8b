package eu.digitalpartnership.kg.publish.web.resource;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A text as HTML with spans of it marked: {@code <mark class="ev" id="ev-…" data-ev="…">} elements, nested when one
 * span holds another. A span that starts inside another and ends after it is cut in two at the other's end; the
 * second part has no id, so each id is on one element.
 */
public final class SpanMarkup {
    /** A span of the text: the evidence id it shows (null: no anchor), its start and end offsets (UTF-16 units). */
    public record Span(String id, String evidence, int start, int end) {}

    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(s -> s.id() == null ? "" : s.id());

    private SpanMarkup() {}

    /** The text HTML-escaped, with the spans marked; spans outside the text are clipped to it, empty ones dropped. */
    public static String html(String text, List<Span> spans) {
        PriorityQueue<Span> queue = new PriorityQueue<>(ORDER);
        for (Span s : spans) {
            int start = Math.max(0, Math.min(text.length(), s.start()));
            int end = Math.max(start, Math.min(text.length(), s.end()));
            if (end > start) queue.add(new Span(s.id(), s.evidence(), start, end));
        }
        StringBuilder out = new StringBuilder(text.length() + spans.size() * 60);
        Deque<Span> open = new ArrayDeque<>();
        int at = 0;
        while (!queue.isEmpty()) {
            Span s = queue.poll();
            while (!open.isEmpty() && open.peek().end() <= s.start()) at = close(text, out, open.pop(), at);
            escape(text, at, s.start(), out);
            at = s.start();
            if (!open.isEmpty() && s.end() > open.peek().end()) {
                queue.add(new Span(null, s.evidence(), open.peek().end(), s.end()));
                s = new Span(s.id(), s.evidence(), s.start(), open.peek().end());
            }
            out.append("<mark class=\"ev\"");
            if (s.id() != null) out.append(" id=\"").append(attribute(s.id())).append('"');
            out.append(" data-ev=\"").append(attribute(s.evidence())).append("\">");
            open.push(s);
        }
        while (!open.isEmpty()) at = close(text, out, open.pop(), at);
        escape(text, at, text.length(), out);
        return out.toString();
    }

    private static int close(String text, StringBuilder out, Span s, int at) {
        escape(text, at, s.end(), out);
        out.append("</mark>");
        return s.end();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    private static String attribute(String value) {
        StringBuilder out = new StringBuilder();
        escape(value, 0, value.length(), out);
        return out.toString();
    }
}
