package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings;
import eu.digitalpartnership.kg.extract.Findings.MemorandumFact;
import eu.digitalpartnership.kg.extract.Findings.Party;
import eu.digitalpartnership.kg.model.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two mentions name one instrument, and which of them tells more: the merge that leaves each memorandum once.
 * <pre>{@code List<MemorandumFact> once = SameInstrument.merge(view, found);}</pre>
 */
final class SameInstrument {
    /** How many earlier instruments a mention is compared with when merging (articles name far fewer). */
    static final int WINDOW = 64;

    private SameInstrument() {}

    /** The instruments found, each told once: wordings of one instrument joined, the richer kept. */
    static List<MemorandumFact> merge(View a, List<MemorandumFact> found) {
        List<MemorandumFact> out = new ArrayList<>();
        for (MemorandumFact m : found) {
            int same = -1;
            for (int i = Math.max(0, out.size() - WINDOW); i < out.size() && same < 0; i++)
                if (sameInstrument(out.get(i), m)) same = i;
            if (same < 0) out.add(m);
            else out.set(same, richer(a, m, out.get(same)) ? joined(m, out.get(same)) : joined(out.get(same), m));
        }
        java.util.Map<String, MemorandumFact> byIri = new java.util.LinkedHashMap<>();
        for (MemorandumFact m : out)
            byIri.merge(m.type() + "/" + eu.digitalpartnership.kg.model.Slugs.slug(m.title()), m, (x, y) -> richer(a, y, x) ? y : x);
        return new ArrayList<>(byIri.values());
    }

    static boolean sameInstrument(MemorandumFact x, MemorandumFact y) {
        if (!x.type().equals(y.type()) && !bareMemorandum(x) && !bareMemorandum(y)) return false;
        // the items of one count ("two memoranda (MOUs): one on AI, one on …") are apart; a count told again restates them by topic
        if (x.ev().rule().equals(MemorandumAnnotator.COUNTED) && y.ev().rule().equals(MemorandumAnnotator.COUNTED)
                && (!x.topicStated() || !y.topicStated() || Math.abs(x.ev().spans().get(0).start() - y.ev().spans().get(0).start()) < ONE_COUNT)) return false;
        // "last year's memorandum on semiconductors" and "an administrative arrangement … for semiconductors" being prepared
        if (!x.type().equals(y.type()) && done(x) != done(y) && !bareMemorandum(done(x) ? y : x)) return false;
        if (x.date() != null && y.date() != null && !x.date().equals(y.date())
                && (!x.date().compatible(y.date()) || !x.type().equals(y.type()))) return false;
        if (!x.topicStated() || !y.topicStated()) return x.status().equals(y.status())
                && (x.topicPhrase() == null || y.topicPhrase() == null || overlap(Words.singular(x.topicPhrase()), Words.singular(y.topicPhrase())) >= 0.5);
        if (signatories(x).size() == 2 && signatories(y).size() == 2 && java.util.Collections.disjoint(signatories(x), signatories(y))) return false;
        return sharedWords(Words.singular(x.topicPhrase()), Words.singular(y.topicPhrase())) >= 0.5
                || initialsOf(x.topicPhrase(), y.topicPhrase()) || initialsOf(y.topicPhrase(), x.topicPhrase())
                || sharedWords(Words.singular(spelledOut(x.topicPhrase(), y.topicPhrase())), Words.singular(y.topicPhrase())) >= 0.5
                || sharedWords(Words.singular(spelledOut(y.topicPhrase(), x.topicPhrase())), Words.singular(x.topicPhrase())) >= 0.5;
    }

    /** The topic with each acronym written out as the words of the other topic it is the initials of: "AI safety" → "artificial intelligence safety". */
    static String spelledOut(String topic, String other) {
        List<String> words = List.of(other.split("[\\s-]+"));
        StringBuilder out = new StringBuilder();
        for (String w : topic.split("\\s+")) {
            String full = w.matches("\\p{Lu}{2,5}") ? initialsIn(w, words) : null;
            out.append(out.length() == 0 ? "" : " ").append(full != null ? full : w);
        }
        return out.toString();
    }

    /** The run of words (joining words inside it skipped) whose initials spell the acronym, or null. */
    private static String initialsIn(String acronym, List<String> words) {
        for (int start = 0; start < words.size(); start++) {
            int end = Acronyms.initialsEnd(acronym, words, start);
            if (end >= 0) return String.join(" ", words.subList(start, end));
        }
        return null;
    }

    /** How far apart the words of one count may lie ("three memoranda of understanding (MOUs)"). */
    private static final int ONE_COUNT = 100;

    /** "AI" and "Artificial Intelligence": a topic written as the initials of the other's words. */
    private static boolean initialsOf(String acronym, String words) {
        if (acronym == null || words == null || !acronym.matches("\\p{Lu}{2,6}")) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : words.split("[\\s-]+")) if (!w.isEmpty() && !Acronyms.JOINS.contains(w.toLowerCase(java.util.Locale.ROOT))) initials.append(w.charAt(0));
        return initials.toString().equalsIgnoreCase(acronym);
    }

    /** True for an instrument signed, at the meeting or before; false for one prepared or intended. */
    private static boolean done(MemorandumFact m) {
        return m.status().equals(Findings.SIGNED) || m.status().equals(Findings.REFERENCED);
    }

    /** True for "a memorandum on digital identity", which any memorandum of that topic may be. */
    private static boolean bareMemorandum(MemorandumFact m) {
        return m.title().startsWith("memorandum ") || m.title().equals("memorandum");
    }

    /** The bodies named as parties (not the partners standing in for unnamed signatories). */
    private static java.util.Set<String> signatories(MemorandumFact m) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Party p : m.parties()) if (p.partner() == null && p.organisation() != null) out.add(p.organisation());
        return out;
    }

    /** As {@link #overlap}, for two stated topics: one shared word is not enough when both have more ("AI safety", "online safety"). */
    static double sharedWords(String a, String b) {
        java.util.Set<String> x = words(a), y = words(b);
        x.retainAll(y);
        return x.size() < 2 && Math.min(words(a).size(), words(b).size()) > 1 ? 0 : overlap(a, b);
    }

    static double overlap(String a, String b) {
        java.util.Set<String> x = words(a), y = words(b);
        java.util.Set<String> inter = new java.util.HashSet<>(x);
        inter.retainAll(y);
        return inter.isEmpty() ? 0 : (double) inter.size() / Math.min(x.size(), y.size());
    }

    /** A quick test before splitting a title into words: every named word occurs in it as a string. */
    static boolean mayContain(String title, java.util.Set<String> named) {
        String t = title.toLowerCase(java.util.Locale.ROOT);
        // a singular may differ from the title's plural in its last letters ("policy", "policies")
        for (String w : named) if (!t.contains(w.length() > 4 ? w.substring(0, w.length() - 2) : w)) return false;
        return true;
    }

    static java.util.Set<String> words(String s) {
        java.util.Set<String> w = new java.util.HashSet<>(List.of(s.toLowerCase().split("[^\\p{L}\\p{N}]+")));
        w.removeAll(List.of("the", "and", "of", "on", "in", "for", "a", ""));
        return w;
    }

    /** How many of the parties are named bodies, not partners standing in for them. */
    static long bodies(List<Party> parties) {
        return parties.stream().filter(p -> p.partner() == null).count();
    }

    /**
     * One instrument of two wordings: the kept one, with the other's finer date, its two named signatories where the kept
     * one names fewer, and its spelled-out topic where the kept one gives the initials ("on AI", "on Artificial Intelligence").
     */
    private static MemorandumFact joined(MemorandumFact kept, MemorandumFact other) {
        MemorandumFact m = finerDate(kept, other);
        if (initialsOf(m.topicPhrase(), other.topicPhrase())) m = m.withTitle(other.title(), other.topicPhrase(), other.topics());
        if (bodies(m.parties()) >= 2 || other.parties().size() != 2 || bodies(other.parties()) != 2) return m;
        return m.withParties(other.parties());
    }

    /** The kept fact, with the other's date when that says more ("concluded in November 2024", "signed … on 20 November 2024"). */
    private static MemorandumFact finerDate(MemorandumFact kept, MemorandumFact other) {
        if (other.date() == null || kept.date() != null && kept.date().precision() >= other.date().precision()) return kept;
        return kept.withDate(other.date(), other.dateEv());
    }

    /**
     * What a fact says of its instrument: a date (more when its own text names the month: "On Tuesday, July 4, … signed",
     * not "signed … today" in a quote or the council's date), a stated topic, a topic phrase.
     */
    private static int weight(View a, MemorandumFact m) {
        int dated = m.date() == null ? 0 : m.dateEv() != null && MONTH_NAMED.matcher(m.dateEv().span().of(a.text)).find()
                && !m.dateEv().rule().equals("memorandum.signed-at-council") ? 5 : 4;
        return 2 * dated + (m.topicStated() ? 2 : 0) + (m.topicPhrase() != null ? 1 : 0);
    }

    private static final Pattern MONTH_NAMED = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s|\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private static boolean richer(View a, MemorandumFact candidate, MemorandumFact kept) {
        int c = weight(a, candidate), k = weight(a, kept);
        return c > k || c == k && candidate.title().length() > kept.title().length();
    }
}
