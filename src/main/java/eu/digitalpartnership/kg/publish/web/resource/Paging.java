package eu.digitalpartnership.kg.publish.web.resource;

/** Page arithmetic for the paged lists of the site (incoming links, the "see all" lists): how many pages, which exist. */
public final class Paging {
    private Paging() {}

    /** How many pages a list of this many items takes: at least one, the first, even when the list is empty. */
    public static long pages(long count, int size) {
        if (size <= 0) throw new IllegalArgumentException("page size must be positive");
        return Math.max(1, (count + size - 1) / size);
    }

    /** True when the page (from 0) exists for a list of this many items. */
    public static boolean exists(long page, long count, int size) {
        return page >= 0 && page < pages(count, size);
    }

    /** The page number of a {@code ?page=} value: 0 when absent, -1 when it is not a number from 0 to 100,000. */
    public static int parse(String value) {
        if (value == null) return 0;
        if (!value.matches("\\d{1,6}")) return -1;
        int page = Integer.parseInt(value);
        return page > 100_000 ? -1 : page;
    }
}
