package eu.digitalpartnership.kg.publish.web.http;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.Reader;
import java.io.StringReader;
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
            .withLoader(name -> reader(name));
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private TemplateEngine() {}

    /** Renders a template with a model of maps, lists, strings and booleans. */
    public static String render(String template, Map<String, ?> model) {
        return CACHE.computeIfAbsent(template, t -> COMPILER.compile(reader(t))).execute(model);
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
