package eu.digitalpartnership.kg.publish.web.dataset;

import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.resource.DateText;
import eu.digitalpartnership.kg.publish.web.resource.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The partners, council meetings and officials of the home page's lists and of their "see all" pages
 * ({@code web/queries/home-examples.rq}): each with its page, label and what tells it apart.
 */
final class Listed {
    /** The kinds listed, in the order of the home page: the path segment of their list page. */
    static final List<String> KINDS = List.of("partner", "council", "official");

    /** One listed thing: its page, label, note ("2nd · 30 April 2024 · Brussels") and date (ISO, for sorting; may be null). */
    record Item(String href, String label, String note, String date) {
        /** The fields a template shows. */
        Map<String, Object> shown() {
            Map<String, Object> m = new HashMap<>();
            m.put("href", href);
            m.put("label", label);
            m.put("note", note);
            return m;
        }
    }

    /** By label (the query's order). */
    static final Comparator<Item> BY_NAME = Comparator.comparing(Item::label);
    /** Oldest first, undated last, then by label. */
    static final Comparator<Item> BY_DATE = Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BY_NAME);

    private Listed() {}

    /** Every listed thing of a view, by kind (in {@link #KINDS} order), each list by label. */
    static Map<String, List<Item>> all(DatasetGraph view, Served served) {
        Map<String, List<Item>> byKind = new LinkedHashMap<>();
        for (String kind : KINDS) byKind.put(kind, new ArrayList<>());
        for (Binding row : QueryFiles.select(view, "home-examples", Map.of())) {
            List<Item> list = byKind.get(QueryFiles.text(row, "kind"));
            if (list == null) continue;
            String iri = QueryFiles.text(row, "thing");
            String label = QueryFiles.text(row, "label") != null ? QueryFiles.text(row, "label") : Terms.localName(iri);
            DateText.Shown date = DateText.of(row.get("date"));
            list.add(new Item(served.href(iri), label, note(row, date), date == null ? null : date.iso()));
        }
        return byKind;
    }

    private static String note(Binding row, DateText.Shown date) {
        List<String> parts = new ArrayList<>();
        if (row.get("ordinal") != null) parts.add(DateText.ordinal(QueryFiles.number(row, "ordinal")));
        if (date != null) parts.add(date.text());
        if (QueryFiles.text(row, "note") != null) parts.add(QueryFiles.text(row, "note"));
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }
}
