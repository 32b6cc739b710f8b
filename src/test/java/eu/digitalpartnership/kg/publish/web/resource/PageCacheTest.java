package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The page cache keeps recently served documents within its byte budget. */
class PageCacheTest {
    private static PageCache.Page page(int bytes) {
        return new PageCache.Page("text/turtle", new byte[bytes]);
    }

    @Test
    void a_cached_page_is_served_again() {
        PageCache cache = new PageCache(100);
        PageCache.Page p = page(10);
        cache.put("/doc/a", p);
        assertSame(p, cache.get("/doc/a"));
        assertNull(cache.get("/doc/b"));
    }

    @Test
    void the_least_recently_used_pages_go_first_when_the_budget_is_exceeded() {
        PageCache cache = new PageCache(100);
        cache.put("a", page(40));
        cache.put("b", page(40));
        cache.get("a");
        cache.put("c", page(40));
        assertNotNull(cache.get("a"), "used recently");
        assertNull(cache.get("b"), "least recently used");
        assertNotNull(cache.get("c"));
        assertEquals(80, cache.used());
    }

    @Test
    void a_page_larger_than_the_budget_and_any_page_with_no_budget_are_not_kept() {
        PageCache small = new PageCache(100);
        small.put("big", page(101));
        assertNull(small.get("big"));
        assertEquals(0, small.used());
        PageCache none = new PageCache(0);
        none.put("a", page(1));
        assertNull(none.get("a"));
    }

    @Test
    void replacing_a_page_counts_only_the_new_bytes() {
        PageCache cache = new PageCache(100);
        cache.put("a", page(60));
        cache.put("a", page(30));
        assertEquals(30, cache.used());
    }
}
