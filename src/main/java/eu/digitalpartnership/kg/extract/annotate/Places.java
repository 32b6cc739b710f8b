package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.PlaceRef;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PlaceEntry;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.Comparator;
import java.util.List;

/** The place of a meeting: the nearest listed place where a place is expected (cities first), or an unlisted name. */
final class Places {
    private Places() {}

    /** The place within the span nearest to the anchor offset, preferring cities; null if none. */
    static PlaceRef near(View v, Span within, int anchor, String rule) {
        return near(v, within, new Span(anchor, anchor), rule);
    }

    /** The place within the span nearest to the edges of the anchor span (before it or after it), preferring cities; null if none. */
    static PlaceRef near(View v, Span within, Span anchorSpan, String rule) {
        int anchor = anchorSpan.start();
        List<Place> in = v.in(Layers.PLACES, within);
        Place best = in.stream().filter(Place::listed)
                .filter(p -> p.cued() || p.parenOpen() >= anchor)
                .min(Comparator.<Place>comparingInt(p -> p.isCity() ? 0 : 1)
                        .thenComparingInt(p -> p.parenOpen() >= anchor ? -2 : -p.cue())
                        .thenComparingInt(p -> atDateline(v, p) ? 1 : 0)
                        .thenComparingInt(p -> p.span().start() >= anchorSpan.end() ? p.span().start() - anchorSpan.end()
                                : Math.abs(anchorSpan.start() - p.span().end()))
                        .thenComparingInt(p -> p.entry().listed() ? 0 : 1))
                .orElse(null);
        if (best != null) return ref(best, rule);
        return in.stream().filter(p -> !p.listed()).findFirst().map(p -> ref(p, rule + ".unlisted")).orElse(null);
    }

    /** The listed place of a few short lines that name no other thing (a venue line "…, Berlaymont building, Brussels"): a city first, the last one. */
    static PlaceRef listedIn(View v, Span lines, String rule) {
        return v.in(Layers.PLACES, lines).stream().filter(Place::listed)
                .min(Comparator.<Place>comparingInt(p -> p.isCity() ? 0 : 1).thenComparingInt(p -> -p.span().start()))
                .map(p -> ref(p, rule)).orElse(null);
    }

    /** After a dateline's city, a comma leads to a date or a dash ("BRUSSELS, 12 March 2026 —"). */
    private static final java.util.regex.Pattern DATELINE_REST = java.util.regex.Pattern.compile("^\\s*,[^\\n]{0,40}?[\\d—–-]");

    /** The city of a dateline ("SINGAPORE —", "BRUSSELS, 12 March 2026 —") in the opening lines, or null. */
    static PlaceRef dateline(View v, String rule) {
        int limit = Math.min(v.text.length(), 400);
        for (Place p : v.in(Layers.PLACES, new Span(0, limit)))
            if (p.listed() && atDateline(v, p)) return ref(p, rule);
        return null;
    }

    private static final java.util.regex.Pattern SPEAKER_HERE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:here\\s+in|welcome\\s+(?:you\\s+)?to|welcome\\s+you\\s+all\\s+to)\\s+$");

    /** The city a speaker says they are in ("Good morning, and welcome to Seoul.", "here in Seoul"), or null. */
    static PlaceRef spokenHere(View v, String rule) {
        for (Place p : v.in(Layers.PLACES, new Span(0, v.text.length()))) {
            if (!p.listed() || !p.isCity()) continue;
            String before = v.text.substring(Math.max(0, p.span().start() - 24), p.span().start());
            if (SPEAKER_HERE.matcher(before).find()) return ref(p, rule);
        }
        return null;
    }

    private static final java.util.regex.Pattern GREETED_FROM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:good\\s+(?:morning|afternoon|evening)|greetings|hello|live|reporting)\\s+from\\s+$");
    /** How far into a text a greeting may tell where its writer is. */
    private static final int GREETING_REACH = 1000;

    /** The city a live report greets from at its start ("Good morning from Seoul", "Live from Tokyo"), or null. */
    static PlaceRef greetedFrom(View v, String rule) {
        for (Place p : v.in(Layers.PLACES, new Span(0, Math.min(v.text.length(), GREETING_REACH)))) {
            if (!p.listed() || !p.isCity()) continue;
            if (GREETED_FROM.matcher(v.text.substring(Math.max(0, p.span().start() - 30), p.span().start())).find()) return ref(p, rule);
        }
        return null;
    }

    /** True for a place opening a line of the first 400 characters, before a dash or comma: where the report was filed. */
    private static boolean atDateline(View v, Place p) {
        if (p.span().start() >= 400) return false;
        int lineStart = v.text.lastIndexOf('\n', p.span().start()) + 1;
        String after = v.text.substring(p.span().end(), Math.min(v.text.length(), p.span().end() + 3));
        if (lineStart != p.span().start() || !after.matches("(?s)\\s*[—–,-].*")) return false;
        // "Singapore, EU ink digital partnership" is a headline: a dateline's comma leads to a date or a dash
        String rest = v.text.substring(p.span().end(), Math.min(v.text.length(), p.span().end() + 48)).split("\n", 2)[0];
        return !rest.strip().startsWith(",") || DATELINE_REST.matcher(rest).find();
    }

    /**
     * The city of a header line in the opening lines: a line that also holds a full date ("Berlaymont, Brussels – press
     * room | Wednesday 14 June 2028", "Singapore · Tuesday 17 October 2028"), the first listed city on it; or null.
     */
    static PlaceRef header(View v, String rule) {
        for (Span line : headerLines(v))
            if (v.in(Layers.DATES, line).stream().anyMatch(d -> d.date().isFull()))
                for (Place p : v.in(Layers.PLACES, line))
                    if (p.listed() && p.isCity()) return ref(p, rule);
        return null;
    }

    /** The full date of a header line in the opening lines (a short line with a full date), or null. */
    static eu.digitalpartnership.kg.extract.text.DateMention headerDate(View v) {
        for (Span line : headerLines(v))
            for (var d : v.in(Layers.DATES, line)) if (d.date().isFull()) return d;
        return null;
    }

    /** The short lines (160 characters at most) that start in the first 400 characters: headers, datelines, mastheads. */
    /** A line about something to come ("Roundtable to be held in Busan on the 17th") is no header of the meeting reported. */
    private static final java.util.regex.Pattern ANNOUNCES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:to be held|will be held|will take place|to take place|will meet|upcoming|next)\\b");

    private static List<Span> headerLines(View v) {
        List<Span> out = new java.util.ArrayList<>();
        int limit = Math.min(v.text.length(), 400);
        int lineStart = 0;
        while (lineStart < limit) {
            int nl = v.text.indexOf('\n', lineStart);
            Span line = new Span(lineStart, nl < 0 ? v.text.length() : nl);
            if (line.length() <= 160 && !ANNOUNCES.matcher(line.of(v.text)).find()) out.add(line);
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return out;
    }

    static PlaceRef ref(Place p, String rule) {
        PlaceEntry e = p.entry();
        return e == null ? new PlaceRef(p.label(), "city", null, null, null, new Ev(p.span(), rule))
                : new PlaceRef(e.label(), e.kind(), e.country(), e.wikidata(), e.geonames(), new Ev(p.span(), rule));
    }
}
