package eu.digitalpartnership.kg.publish.web.http;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTML pages from the Mustache templates under {@code web/templates/} on the classpath; values are HTML-escaped
 * unless a template uses triple braces. Partials ({@code {{>header}}}) come from the same folder.
 * <pre>
 *   String html = TemplateEngine.render("resource", Map.of("title", "Taro Kono"));
 * </pre>
 */
public final class TemplateEngine {
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .defaultValue("")
            .withEscaper(TemplateEngine::escapeHtml)
            .withLoader(name -> reader(name));
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private TemplateEngine() {}

    /** Renders a template with a model of maps, lists, strings and booleans. */
    public static String render(String template, Map<String, ?> model) {
        Template compiled = CACHE.computeIfAbsent(template, t -> COMPILER.compile(reader(t)));
        StringBuilderWriter out = new StringBuilderWriter(SIZES.getOrDefault(template, 8192));
        compiled.execute(model, out);
        SIZES.merge(template, out.text.length() + out.text.length() / 4, Math::max);
        return out.text.toString();
    }

    /** The largest page of each template so far, and a quarter more: the buffer a page is written to starts at that size. */
    private static final Map<String, Integer> SIZES = new ConcurrentHashMap<>();

    /** A writer to an unsynchronised buffer (a {@link java.io.StringWriter} locks on every write). */
    private static final class StringBuilderWriter extends Writer {
        final StringBuilder text;

        StringBuilderWriter(int size) {
            text = new StringBuilder(Math.min(size, 1 << 22));
        }

        @Override public void write(char[] chars, int offset, int length) { text.append(chars, offset, length); }
        @Override public void write(String s) { text.append(s); }
        @Override public void write(String s, int offset, int length) { text.append(s, offset, offset + length); }
        @Override public void write(int c) { text.append((char) c); }
        @Override public Writer append(CharSequence s) { text.append(s); return this; }
        @Override public void flush() {}
        @Override public void close() {}
    }

    /**
     * The text with {@code & ' " < > ` =} as character references, in one pass: what JMustache's
     * {@code Escapers.HTML} writes with one replacement per character.
     */
    static String escapeHtml(String raw) {
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String ref = switch (c) {
                case '&' -> "&amp;";
                case '\'' -> "&#39;";
                case '"' -> "&quot;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '`' -> "&#x60;";
                case '=' -> "&#x3D;";
                default -> null;
            };
            if (ref == null) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(raw.length() + 16).append(raw, 0, i);
            out.append(ref);
        }
        return out == null ? raw : out.toString();
    }

    /** JSON text made safe to embed inside a {@code <script>} element. */
    public static String scriptSafe(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    private static Reader reader(String name) {
        byte[] template = Classpath.bytes("/web/templates/" + name + ".mustache");
        if (template == null) throw new IllegalStateException("No template web/templates/" + name + ".mustache");
        return new StringReader(new String(template, StandardCharsets.UTF_8));
    }
}
