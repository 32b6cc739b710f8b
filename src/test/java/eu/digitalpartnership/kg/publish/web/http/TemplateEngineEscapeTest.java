package eu.digitalpartnership.kg.publish.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.samskivert.mustache.Escapers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateEngineEscapeTest {
    @Test
    void escapes_as_jmustache_html_escaper_does() {
        for (String s : new String[] {"", "plain text", "a & b", "<script>alert('x')</script>", "\"q\" `t` a=b", "&amp; &lt; already",
                "EU–Japan “Council” é", "&#39;='\"<>`&"})
            assertEquals(Escapers.HTML.escape(s), TemplateEngine.escapeHtml(s), s);
        String plain = "nothing to escape";
        assertSame(plain, TemplateEngine.escapeHtml(plain));
    }

    @Test
    void a_page_larger_than_its_first_buffer_is_written_whole() {
        String big = "x".repeat(100_000);
        for (int i = 0; i < 2; i++) assertEquals(true, TemplateEngine.render("error", Map.of("title", big, "message", "<m>")).contains(big));
    }
}
