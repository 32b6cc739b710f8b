package eu.digitalpartnership.kg.extract.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches of a pattern that ends with a head word ("… Agency", "… Act", "… summit"), found by locating the head
 * words first and running the full pattern only in a short window before each. Time stays linear in the text
 * however long a run of capitalised words is, and the regex engine never recurses deeply.
 */
final class HeadedMatches {
    /** How far before a head word a name may start, in characters. */
    static final int WINDOW = 160;

    private HeadedMatches() {}

    /** The longest match of {@code full} that ends where a match of {@code head} ends, for each head match. */
    static List<MatchResult> find(String text, Pattern head, Pattern full) {
        List<MatchResult> out = new ArrayList<>();
        Matcher h = head.matcher(text);
        int lastEnd = 0;
        while (h.find()) {
            int from = Math.max(lastEnd, h.start() - WINDOW);
            Matcher m = full.matcher(text).region(from, h.end()).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (m.end() == h.end()) {
                    out.add(m.toMatchResult());
                    lastEnd = h.end();
                    break;
                }
            }
        }
        return out;
    }
}
