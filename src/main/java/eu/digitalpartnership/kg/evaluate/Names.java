package eu.digitalpartnership.kg.evaluate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Name comparison as ANNOTATION.md asks: case-insensitive token sets, honorifics and possessives ignored. */
final class Names {
    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "prof", "he", "hon", "honourable", "honorable");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "for", "on", "in", "a", "an", "to", "with", "between", "s");

    private Names() {}

    /** Lower-case word tokens with accents folded and possessive 's dropped. */
    static Set<String> tokens(String s) {
        if (s == null) return Set.of();
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Tokens without function words. */
    static Set<String> content(String s) {
        Set<String> t = new LinkedHashSet<>(tokens(s));
        t.removeAll(FUNCTION_WORDS);
        return t;
    }

    /** Same person: equal token sets once honorifics are dropped. */
    static boolean samePerson(String a, String b) {
        Set<String> x = new HashSet<>(tokens(a)), y = new HashSet<>(tokens(b));
        x.removeAll(HONORIFICS);
        y.removeAll(HONORIFICS);
        return !x.isEmpty() && x.equals(y);
    }

    /** Same body or name: equal token sets, one containing the other with at least two tokens, or an acronym. */
    static boolean sameName(String a, String b) {
        Set<String> x = tokens(a), y = tokens(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        if (x.equals(y)) return true;
        Set<String> small = x.size() <= y.size() ? x : y, large = small == x ? y : x;
        if (small.size() >= 2 && large.containsAll(small)) return true;
        return isAcronym(a, b) || isAcronym(b, a);
    }

    /** Fuzzy: Jaccard similarity of content tokens at least the threshold. */
    static boolean similar(String a, String b, double threshold) {
        return jaccard(content(a), content(b)) >= threshold;
    }

    static double jaccard(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) return 1;
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }

    private static boolean isAcronym(String shortForm, String longForm) {
        String s = shortForm.strip();
        if (!s.matches("\\p{Lu}{2,8}")) return false;
        String initials = Arrays.stream(longForm.split("[\\s-]+")).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .map(w -> w.substring(0, 1)).collect(Collectors.joining());
        return initials.equals(s) || longForm.contains("(" + s + ")");
    }
}
