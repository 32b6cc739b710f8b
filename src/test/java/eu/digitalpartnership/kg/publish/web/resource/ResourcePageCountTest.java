package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResourcePageCountTest {
    @Test
    void count_groups_digits_as_the_root_locale_does() {
        for (long n : new long[] {1, 2, 9, 10, 999, 1000, 1001, 12345, 999999, 1000000, 1234567890123L})
            assertEquals(String.format(Locale.ROOT, "%,d source%s", n, n == 1 ? "" : "s"), ResourcePage.count(n, "source"));
        assertEquals("1 more source", ResourcePage.count(1, "more source"));
        assertEquals("2,000 more sources", ResourcePage.count(2000, "more source"));
    }
}
