package eu.digitalpartnership.kg.extract.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Acronyms spelled out as the text itself defines them: "the India-EU Trade and Technology Council (TTC)". */
final class Acronyms {
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\p{N}&-]{1,8}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’&-]+");

    private Acronyms() {}

    /** The phrase with each acronym defined in the text replaced by its full name. */
    static String expand(String text, String phrase) {
        Matcher m = ACRONYM.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = definition(text, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(full == null ? m.group() : full));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The capitalised name written just before "(ACR)" in the text, or null. */
    static String definition(String text, String acronym) {
        int at = text.indexOf("(" + acronym + ")");
        if (at < 0) return null;
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end, words = 0;
        Matcher w = WORD.matcher(text);
        while (start > 0 && words < 10) {
            int s = start;
            while (s > 0 && Character.isWhitespace(text.charAt(s - 1))) s--;
            int e = s;
            while (s > 0 && WORD.matcher(String.valueOf(text.charAt(s - 1))).matches()) s--;
            if (s == e) break;
            String word = text.substring(s, e);
            boolean joins = word.equals("and") || word.equals("of") || word.equals("for") || word.equals("on");
            if (!Character.isUpperCase(word.charAt(0)) && !joins) break;
            start = s;
            words++;
        }
        String name = text.substring(start, end);
        while (name.matches("(?s)(?:and|of|for|on|The)\\s.*")) name = name.substring(name.indexOf(' ') + 1);
        return name.isBlank() || !w.reset(name).find() ? null : name;
    }

    /** Words an acronym skips inside the name it shortens ("Science and ICT", "Trade and Technology"). */
    static final java.util.Set<String> JOINS = java.util.Set.of("and", "of", "for", "on", "the");

    /** Where the run of words from {@code from} whose initials spell the acronym ends (joining words inside it skipped); or -1. */
    static int initialsEnd(String acronym, java.util.List<String> words, int from) {
        int i = from, k = 0;
        while (i < words.size() && k < acronym.length()) {
            String w = words.get(i);
            if (k > 0 && JOINS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                i++;
                continue;
            }
            if (w.isEmpty() || Character.toUpperCase(w.charAt(0)) != acronym.charAt(k)) return -1;
            i++;
            k++;
        }
        return k == acronym.length() ? i : -1;
    }

    /**
     * True if the short name is the long one written with "&" or with initials for some of its words: "Ministry of
     * Electronics & IT" of "Ministry of Electronics and Information Technology".
     */
    static boolean shortWording(String shorter, String longer) {
        String[] x = shorter.replace("&", " and ").trim().split("\\s+"), y = longer.replace("&", " and ").trim().split("\\s+");
        if (x.length >= y.length) return false;
        java.util.List<String> words = java.util.Arrays.asList(y);
        int j = 0;
        for (String w : x) {
            if (j < y.length && w.equalsIgnoreCase(y[j])) { j++; continue; }
            if (!w.matches("\\p{Lu}{2,5}")) return false;
            while (j < y.length && JOINS.contains(y[j].toLowerCase(java.util.Locale.ROOT))) j++;
            j = initialsEnd(w, words, j);
            if (j < 0) return false;
        }
        return j == y.length;
    }
}
