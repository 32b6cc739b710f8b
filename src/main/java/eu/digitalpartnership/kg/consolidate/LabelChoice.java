package eu.digitalpartnership.kg.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;

/**
 * Chooses an entity's preferred label among the surface forms documents use; the others stay as aliases. A form
 * that shouts (a surname in capitals that other forms write in mixed case, "KONO Taro") or starts in lower case
 * yields to one that does not; then the form most documents use, one from a document reporting the thing, the most
 * recent document's, and finally the first in Unicode order, so the choice is always made and always the same.
 */
final class LabelChoice {
    /** The preferred label, with the claims that state it, and every other form with its claims. */
    record Labels(Node preferred, List<Claim> support, Map<Node, List<Claim>> aliases) {}

    private final ClaimSource claims;

    LabelChoice(ClaimSource claims) {
        this.claims = claims;
    }

    /** Chooses among the preferred-label claims; alternative-label claims only become aliases. */
    Labels choose(List<Claim> preferred, List<Claim> alternative, Predicate<Node> names) {
        Map<Node, List<Claim>> forms = group(preferred.isEmpty() ? alternative : preferred);
        Set<String> mixedCaseWords = new TreeSet<>();
        forms.keySet().forEach(f -> words(f).stream().filter(w -> !w.equals(w.toUpperCase(Locale.ROOT)))
                .forEach(w -> mixedCaseWords.add(w.toLowerCase(Locale.ROOT))));
        Comparator<Node> order = Comparator
                .comparingLong((Node f) -> shouted(f, mixedCaseWords))
                .thenComparing(f -> startsLowerCase(f) ? 1 : 0)
                .thenComparing(f -> -forms.get(f).stream().map(Claim::graph).distinct().count())
                .thenComparing(f -> forms.get(f).stream().anyMatch(c -> claims.document(c.graph()).reports().stream().anyMatch(names)) ? 0 : 1)
                .thenComparing(f -> latest(forms.get(f)), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LabelChoice::text);
        Node best = forms.keySet().stream().min(order).orElseThrow();
        Map<Node, List<Claim>> aliases = new LinkedHashMap<>(forms);
        aliases.remove(best);
        group(alternative).forEach((f, cs) -> { if (!f.equals(best)) aliases.computeIfAbsent(f, k -> new ArrayList<>()).addAll(cs); });
        return new Labels(best, forms.get(best), aliases);
    }

    private static Map<Node, List<Claim>> group(List<Claim> stated) {
        Map<Node, List<Claim>> forms = new LinkedHashMap<>();
        stated.stream().sorted(Comparator.comparing((Claim c) -> text(c.value())).thenComparing(c -> c.graph().toString()))
              .forEach(c -> forms.computeIfAbsent(c.value(), v -> new ArrayList<>()).add(c));
        return forms;
    }

    private String latest(List<Claim> stated) {
        return stated.stream().map(c -> claims.document(c.graph()).date()).filter(Objects::nonNull).max(String::compareTo).orElse(null);
    }

    private static long shouted(Node form, Set<String> mixedCaseWords) {
        return words(form).stream().filter(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                && mixedCaseWords.contains(w.toLowerCase(Locale.ROOT))).count();
    }

    private static boolean startsLowerCase(Node form) {
        String t = text(form);
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    private static List<String> words(Node form) {
        return List.of(text(form).split("[^\\p{L}\\p{N}]+"));
    }

    private static String text(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
