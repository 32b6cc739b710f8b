package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.publish.web.http.Responses;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently served description documents, up to a budget of bytes, least recently used dropped first. The data
 * only changes on a reload, which replaces the servlet and with it this cache, so an entry is never stale.
 */
final class PageCache {
    /** A rendered document: its media type, bytes and entity tag. */
    record Page(String contentType, byte[] body, String etag) {
        /** A page whose entity tag is computed from its type and bytes. */
        Page(String contentType, byte[] body) {
            this(contentType, body, Responses.etag(contentType, body));
        }
    }

    private final long budget;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long used;

    /** A cache holding at most this many bytes of pages; 0 keeps nothing. */
    PageCache(long budgetBytes) {
        if (budgetBytes < 0) throw new IllegalArgumentException("budget must not be negative");
        this.budget = budgetBytes;
    }

    /** The page cached under the key, or null. */
    synchronized Page get(String key) {
        return pages.get(key);
    }

    /** Keeps the page unless it alone is larger than the budget, dropping the least recently used ones to make room. */
    synchronized void put(String key, Page page) {
        long size = page.body().length;
        if (size > budget) return;
        Page old = pages.put(key, page);
        used += size - (old == null ? 0 : old.body().length);
        Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
        while (used > budget && eldest.hasNext()) {
            used -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    /** Bytes held now. */
    synchronized long used() {
        return used;
    }
}
