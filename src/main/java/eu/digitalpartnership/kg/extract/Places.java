package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.PlaceRef;
import eu.digitalpartnership.kg.extract.Lexicons.PlaceEntry;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the place of a meeting: a city from the lexicon, or a capitalised name after "in", near a mention. */
final class Places {
    private static final Pattern IN_NAME = Pattern.compile("\\b(?:in|at)\\s+((?:St\\.\\s)?(?:\\p{Lu}[\\p{L}'’-]+)(?:\\s\\p{Lu}[\\p{L}'’-]+)?)");

    private Places() {}

    /** The place within the span nearest to the anchor offset, preferring cities; null if none. */
    static PlaceRef near(Analysis a, Span within, int anchor, String rule) {
        Match<PlaceEntry> best = Analysis.in(a.placeMentions, within).stream()
                .filter(m -> preceded(a, m.span()) || hosts(a, m.span()) || inParentheses(a, m.span(), anchor))
                .min(Comparator.<Match<PlaceEntry>>comparingInt(m -> m.entry().kind().equals("city") ? 0 : 1)
                        .thenComparingInt(m -> Math.abs(m.span().start() - anchor)))
                .orElse(null);
        if (best != null) {
            PlaceEntry p = best.entry();
            return new PlaceRef(p.label(), p.kind(), p.country(), p.wikidata(), new Ev(best.span(), rule));
        }
        Matcher m = IN_NAME.matcher(a.text).region(within.start(), within.end());
        while (m.find()) {
            Span s = new Span(m.start(1), m.end(1));
            if (a.partnerAt(s) != null || a.isLocked(s) || a.dates.stream().anyMatch(d -> d.span().overlaps(s))) continue;
            if (a.lex.notNames.contains(m.group(1).split("\\s")[0].toLowerCase())) continue;
            return new PlaceRef(m.group(1), "city", null, null, new Ev(s, rule + ".unlisted"));
        }
        return null;
    }

    /** The city of a dateline ("SINGAPORE —", "BRUSSELS, 12 March 2026 —") in the opening lines, or null. */
    static PlaceRef dateline(Analysis a, String rule) {
        int limit = Math.min(a.text.length(), 400);
        for (Match<PlaceEntry> m : a.placeMentions) {
            if (m.span().start() >= limit) break;
            int lineStart = a.text.lastIndexOf('\n', m.span().start()) + 1;
            String after = a.text.substring(m.span().end(), Math.min(a.text.length(), m.span().end() + 3));
            if (lineStart == m.span().start() && after.matches("(?s)\\s*[—–,-].*")) {
                PlaceEntry p = m.entry();
                return new PlaceRef(p.label(), p.kind(), p.country(), p.wikidata(), new Ev(m.span(), rule));
            }
        }
        return null;
    }

    private static boolean inParentheses(Analysis a, Span s, int anchor) {
        int open = a.text.lastIndexOf('(', s.start());
        return open >= anchor && a.text.indexOf(')', open) >= s.end() && a.text.indexOf(')', open) < a.text.indexOf(')', s.end()) + 1;
    }

    private static boolean hosts(Analysis a, Span s) {
        String after = a.text.substring(s.end(), Math.min(a.text.length(), s.end() + 16)).toLowerCase();
        return after.matches("(?s)\\s+(will\\s+host|hosts|hosted|is hosting)\\b.*");
    }

    private static boolean preceded(Analysis a, Span s) {
        String before = a.text.substring(Math.max(0, s.start() - 12), s.start()).toLowerCase();
        return before.matches("(?s).*\\b(in|at|to|from|hosted by|host)\\s+(the\\s+)?(city of\\s+)?$");
    }
}
