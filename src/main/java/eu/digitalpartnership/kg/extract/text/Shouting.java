package eu.digitalpartnership.kg.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads runs of words in capitals (a ticker's crawl, a cable's subject line, a headline in caps) in ordinary case:
 * "1ST KOREA-EU DIGITAL PARTNERSHIP COUNCIL IN SEOUL" reads "1st Korea-EU Digital Partnership Council in Seoul". A word
 * the lexicons or the text elsewhere write in capitals ("EU", "HPC") stays an acronym, as does a word of two letters
 * that is no word of grammar; words of grammar go lower case; other words take a capital and lower case. Every offset
 * keeps its character, so spans found in the result quote the original text.
 * <pre>
 *   String text = Shouting.soften(crawl, lexicons.acronyms);   // same length as crawl
 * </pre>
 */
public final class Shouting {
    private Shouting() {}

    /** How many words of two letters or more in capitals, one after the other and no known acronym, make a run read as shouted. */
    private static final int MIN_RUN = 3;
    /** The longest word kept in capitals as a likely acronym when neither the text nor the lexicons say ("AI", "UK"). */
    private static final int SHORT = 2;
    private static final Set<String> GRAMMAR = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with",
            "by", "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "not", "no", "its", "their",
            "this", "that", "after", "before", "into", "over", "under", "but", "than", "per", "via", "incl", "up", "out", "due");

    private record Word(int start, int end, boolean caps) {}

    /** The text with its runs of capitals in ordinary case, or the text itself when it has none; known acronyms stay. */
    public static String soften(String text, Set<String> known) {
        List<Word> words = words(text);
        List<int[]> runs = runs(text, words, known);
        if (runs.isEmpty()) return text;
        Set<String> acronyms = acronyms(text, words, runs);
        acronyms.addAll(known);
        char[] out = text.toCharArray();
        for (int[] run : runs) soften(text, words.subList(run[0], run[1]), out, acronyms);
        return new String(out);
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean caps = true;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                if (Character.isLowerCase(text.charAt(j))) caps = false;
                j++;
            }
            out.add(new Word(i, j, caps));
            i = j;
        }
        return out;
    }

    /**
     * The runs of words in capitals (index ranges into the words), with nothing in lower case and no line break between
     * them, and enough words in them that are no known acronym ("ICT (MSIT) – LEE" is none).
     */
    private static List<int[]> runs(String text, List<Word> words, Set<String> known) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from < words.size()) {
            if (!words.get(from).caps()) {
                from++;
                continue;
            }
            int to = from + 1;
            while (to < words.size() && words.get(to).caps() && sameLine(text, words.get(to - 1).end(), words.get(to).start())) to++;
            long long2 = words.subList(from, to).stream().filter(w -> w.end() - w.start() >= 2 && !known.contains(text.substring(w.start(), w.end()))).count();
            if (long2 >= MIN_RUN) out.add(new int[] {from, to});
            from = to;
        }
        return out;
    }

    private static boolean sameLine(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n') return false;
        return true;
    }

    /** The words in capitals outside the runs: acronyms the text uses among words in ordinary case ("EU", "HPC", "MOU"). */
    private static Set<String> acronyms(String text, List<Word> words, List<int[]> runs) {
        boolean[] inRun = new boolean[words.size()];
        for (int[] run : runs) for (int i = run[0]; i < run[1]; i++) inRun[i] = true;
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!inRun[i] && w.caps() && w.end() - w.start() >= 2) out.add(text.substring(w.start(), w.end()));
        }
        return out;
    }

    private static void soften(String text, List<Word> run, char[] out, Set<String> acronyms) {
        boolean opening = true;
        int previousEnd = -1;
        for (Word w : run) {
            if (previousEnd >= 0 && OPENING_MARKS.matcher(text.substring(previousEnd, w.start())).find()) opening = true;
            previousEnd = w.end();
            String word = text.substring(w.start(), w.end());
            String lower = word.toLowerCase(Locale.ROOT);
            boolean afterDigit = w.start() > 0 && Character.isDigit(text.charAt(w.start() - 1));
            boolean afterHyphen = w.start() > 1 && text.charAt(w.start() - 1) == '-' && Character.isLetter(text.charAt(w.start() - 2));
            boolean grammar = GRAMMAR.contains(lower);
            boolean wasOpening = opening;
            opening = false;
            if (acronyms.contains(word)) continue;
            boolean allLower = grammar && !wasOpening || afterDigit || afterHyphen;
            boolean beforeHyphen = w.end() + 1 < text.length() && text.charAt(w.end()) == '-' && Character.isLetter(text.charAt(w.end() + 1));
            if (!allLower && word.length() <= SHORT && !grammar && !beforeHyphen) continue;
            for (int k = w.start() + (allLower ? 0 : 1); k < w.end(); k++) {
                char c = text.charAt(k);
                char l = Character.toLowerCase(c);
                if (!Character.isSurrogate(c) && Character.isLowerCase(l)) out[k] = l;
            }
        }
    }

    private static final java.util.regex.Pattern OPENING_MARKS = java.util.regex.Pattern.compile("[:·|.;!?]");
}
