package eu.digitalpartnership.kg.publish.web.search;

import java.util.Comparator;
import java.util.List;

/**
 * How well a name matches what was typed: the whole name ({@link Level#EXACT}) before its beginning
 * ({@link Level#PREFIX}) before every word as the start of some word of the name ({@link Level#WORDS}); at one level
 * a preferred label before an alias; then shorter names, then alphabetical order.
 */
public final class Ranking {
    /** How a name matches, best first. */
    public enum Level { EXACT, PREFIX, WORDS, OTHER }

    /** The best match of an entity: the level, whether it is the preferred label, and the name that matched. */
    public record Match(Level level, boolean label, String name) {
        /** "exact", "prefix", "words" or "other". */
        public String kind() {
            return level.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Best matches first. */
    public static final Comparator<Match> ORDER = Comparator.comparing(Match::level)
            .thenComparing(m -> !m.label())
            .thenComparingInt(m -> m.name().length())
            .thenComparing(Match::name);

    private Ranking() {}

    /** How one name matches the search text. */
    public static Level level(SearchText q, String name) {
        String typed = String.join(" ", q.words());
        String form = SearchText.normalized(name);
        if (form.equals(typed)) return Level.EXACT;
        if (form.startsWith(typed)) return Level.PREFIX;
        List<String> words = SearchText.words(name);
        return q.words().stream().allMatch(w -> words.stream().anyMatch(n -> n.startsWith(w))) ? Level.WORDS : Level.OTHER;
    }

    /** The best match among an entity's preferred label and aliases. */
    public static Match best(SearchText q, String label, List<String> aliases) {
        Match best = new Match(level(q, label), true, label);
        for (String alias : aliases) {
            Match m = new Match(level(q, alias), false, alias);
            if (ORDER.compare(m, best) < 0 && m.level().compareTo(best.level()) < 0) best = m;
        }
        return best;
    }
}
