package eu.digitalpartnership.kg.publish.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LinksTest {
    @Test
    void encode_writes_what_url_encoder_writes() {
        for (String s : new String[] {"", "plain", "dp:council", "a b+c&d=e/f?g#h%i", "PREFIX dp: <https://w3id.org/dpkg/ontology#>\nSELECT * {\n  ?s ?p \"x\" }",
                "EU–Japan “Council” é ü 中文", "emoji 😀 pair", "lone \ud800 high", "lone \udc00 low", "tab\tcr\r.-*_~!'()", "\u007f\u0080\u00ff"})
            assertEquals(URLEncoder.encode(s, StandardCharsets.UTF_8), Links.encode(s), s);
    }

    @Test
    void encode_returns_safe_text_as_it_is() {
        String s = "safe-text_1.2*";
        assertSame(s, Links.encode(s));
    }
}
