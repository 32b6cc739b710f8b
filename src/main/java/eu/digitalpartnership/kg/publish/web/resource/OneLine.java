package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.model.DP;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * The one-line description under a page's title, made from its facts: a council "2nd EU–Japan Digital Partnership
 * Council, Brussels, 30 April 2024"; an official their posts and partner; a memorandum its kind, parties, date and
 * status; a partnership its partners and launch date. Null for the other classes.
 */
public final class OneLine {
    private OneLine() {}

    /** The description of the resource from a graph holding its facts and its neighbours' labels (given by the function). */
    public static String of(Graph g, Node self, Function<Node, String> label) {
        List<Node> types = objects(g, self, RDF.type.asNode());
        if (types.contains(DP.Council.asNode()) || types.contains(DP.Meeting.asNode())) return meeting(g, self, label);
        if (types.contains(DP.Official.asNode())) return official(g, self, label);
        if (types.contains(DP.Memorandum.asNode())) return memorandum(g, self, label);
        if (types.contains(DP.Partnership.asNode())) return partnership(g, self, label);
        return null;
    }

    private static String meeting(Graph g, Node self, Function<Node, String> label) {
        return join(", ", label.apply(self), labels(g, self, DP.heldIn.asNode(), label), date(g, self, DP.date.asNode()));
    }

    private static String official(Graph g, Node self, Function<Node, String> label) {
        return join(", ", sentence(widest(objects(g, self, DP.holds.asNode()).stream().map(label).filter(Objects::nonNull).distinct().toList())),
                labels(g, self, DP.represents.asNode(), label));
    }

    /**
     * The post titles that say most: a title whose words all stand in another ("Digital Minister" beside "Minister for
     * Digital Transformation", "European commissioner" beside "European Commissioner for the Internal Market") is left out.
     */
    static List<String> widest(List<String> titles) {
        return titles.stream().filter(t -> titles.stream().noneMatch(o -> !o.equals(t) && words(o).containsAll(words(t))
                && (words(o).size() > words(t).size() || o.length() > t.length()))).toList();
    }

    private static java.util.Set<String> words(String title) {
        java.util.Set<String> out = new java.util.HashSet<>(List.of(title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        out.removeAll(List.of("", "the", "of", "for", "and"));
        return out;
    }

    private static String memorandum(Graph g, Node self, Function<Node, String> label) {
        String kind = labels(g, self, DP.instrumentType.asNode(), label);
        String parties = labels(g, self, DP.party.asNode(), label);
        String head = kind == null ? parties : parties == null ? kind : kind + " between " + parties;
        return join(", ", head, date(g, self, DP.signedOn.asNode()), labels(g, self, DP.instrumentStatus.asNode(), label));
    }

    private static String partnership(Graph g, Node self, Function<Node, String> label) {
        String launched = date(g, self, DP.launchedOn.asNode());
        return join(", ", labels(g, self, DP.partner.asNode(), label), launched == null ? null : "launched " + launched);
    }

    /** The labels of the objects, sorted, joined as in a sentence: "A", "A and B", "A, B and C"; null when none. */
    static String labels(Graph g, Node s, Node p, Function<Node, String> label) {
        return sentence(objects(g, s, p).stream().map(label).filter(Objects::nonNull).distinct().toList());
    }

    private static String sentence(List<String> unsorted) {
        List<String> names = unsorted.stream().sorted().toList();
        if (names.isEmpty()) return null;
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String date(Graph g, Node s, Node p) {
        List<Node> dates = objects(g, s, p);
        DateText.Shown shown = dates.isEmpty() ? null : DateText.of(dates.get(0));
        return shown == null ? null : shown.text();
    }

    private static String join(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) if (part != null && !part.isBlank()) kept.add(part);
        return kept.isEmpty() ? null : String.join(separator, kept);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
    }
}
