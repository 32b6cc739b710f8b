package eu.digitalpartnership.kg.publish.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The type and one-line description of a search hit, from what the published graph says of it: a meeting by its
 * name, place and date ("2nd EU–Japan Digital Partnership Council, Brussels, 30 April 2024"), an official by post
 * and partner ("Minister for Digital Transformation; Japan"), anything else by its partners, place and date.
 */
public final class Description {
    /** The classes a hit is shown as, most specific first (local names in the ontology). */
    private static final List<String> SPECIFIC = List.of("Council", "Meeting", "Official", "Memorandum", "Partnership", "Partner",
            "Post", "Role", "Initiative", "Organisation", "City", "Country", "Place", "TechnologyTopic", "SourceDocument", "Evidence");
    private static final String ONTOLOGY = "https://w3id.org/dpkg/ontology#";

    private Description() {}

    /** The type shown for the classes of an entity (IRIs): "council", "official", "technology topic"; "thing" when none is ours. */
    public static String type(List<String> classes) {
        List<String> ours = classes.stream().filter(c -> c.startsWith(ONTOLOGY)).map(c -> c.substring(ONTOLOGY.length())).toList();
        String chosen = SPECIFIC.stream().filter(ours::contains).findFirst().orElse(ours.isEmpty() ? null : ours.get(0));
        return chosen == null ? "thing" : chosen.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** The one-line description of an entity of a shown type; parts that are null or blank are left out. */
    public static String of(String type, String label, String place, String date, String posts, String partners) {
        List<String> parts = new ArrayList<>();
        if (type.equals("council") || type.equals("meeting")) {
            add(parts, label);
            add(parts, place);
            add(parts, date);
        } else if (type.equals("official")) {
            add(parts, posts);
            add(parts, partners);
        } else {
            add(parts, partners);
            add(parts, place);
            add(parts, date);
        }
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String part) {
        if (part != null && !part.isBlank()) parts.add(part);
    }
}
