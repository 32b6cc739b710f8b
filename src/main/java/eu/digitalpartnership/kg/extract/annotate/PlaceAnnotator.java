package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PlaceEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotations;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Folding;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places where a place is expected. A place of the hand-made list counts anywhere (and is flagged when cued); a
 * GeoNames or ISO place counts only when cued: after "in", "at", "to", "from", "hosted by", before "hosts", before
 * ", Country", in parentheses, or opening a dateline line. Among places of one name the one in the country named
 * after a comma wins, then a listed one, one in the partner's country, the most populous. Unlisted capitalised
 * names after "in"/"at" are kept as a last resort.
 */
final class PlaceAnnotator implements Annotator {
    /** A letter, a Roman or an Arabic number right after a word: the label of a document's part ("Annex B", "Section 3"). */
    private static final Pattern PART_LABEL_AFTER = Pattern.compile("[ \\t]+(?:[A-Z]|[IVX]{1,4}|\\d{1,3})(?![\\p{L}\\d])");
    private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)january|february|march|april|may|june|july|august|september|october|november|december"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    private static final Pattern IN_NAME = Pattern.compile("\\b(?:in|at)\\s+((?:\\p{Lu}\\p{L}{0,2}\\.[\\s-]?)?(?:\\p{Lu}[\\p{L}'’-]+)(?:\\s\\p{Lu}[\\p{L}'’-]+)?)");
    private static final Pattern PRECEDED = Pattern.compile("(?s).*\\b(in|at|hosted by|host|venue:|(?:scheduled|planned|set|slated|pencilled|penciled)\\s+for"
            + "|at\\s+the\\s+(?:[\\p{L}-]+\\s+){1,3}of)\\s+(the\\s+)?(city of\\s+)?$");
    private static final Pattern TOWARDS = Pattern.compile("(?s).*\\b(to|from)\\s+(the\\s+)?(city of\\s+)?$");
    private static final Pattern HOSTS = Pattern.compile("(?s)\\s+(will\\s+host|hosts|hosted|is hosting)\\b.*");
    /** A capitalised word right after a city the hand list does not know: a longer name ("Marina Bay Sands"). */
    private static final Pattern LONGER_NAME = Pattern.compile(" (?!(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}\\p{Ll}");
    /** "Lee Jong-Ho": the last part of a hyphenated name is no unlisted place ("Ho"). */
    private static final Pattern HYPHEN_JOINED = Pattern.compile("\\p{L}-$");
    private static final Pattern LIST_FIELD = Pattern.compile("[ \\t]*(?:[-•*–]|\\d+[.)])?[^:|\\n]{1,40}:[ \\t]*");
    /** The longest lead {@link #LIST_FIELD} matches: a bullet, 40 characters of name, a colon and spaces. */
    private static final int LIST_FIELD_LENGTH = 60;
    private static final Pattern DATELINE = Pattern.compile("(?s)\\s*(?:[—–-]|,\\s*(?:\\p{Lu}|\\d)).*");

    private final Lexicons lex;

    PlaceAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.PLACE_HITS, Layers.PARTNER_HITS, Layers.DEMONYM_HITS, Layers.BODY_HITS, Layers.ACRONYMS, Layers.DATES,
                Layers.PARTIES, Layers.ROLE_HITS, Layers.HONORIFIC_HITS);
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.PLACES); }

    @Override public void annotate(Document doc, Output out) {
        View v = new View(doc);
        String text = doc.text();
        Parties parties = doc.single(Layers.PARTIES);
        Annotations<Match<PlaceEntry>> hits = doc.get(Layers.PLACE_HITS);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Match<PlaceEntry> m = hits.get(i);
            Span s = m.span();
            if (!Character.isUpperCase(text.charAt(s.start()))) continue;
            boolean city = text.regionMatches(true, s.end(), " City", 0, 5) && (s.end() + 5 == text.length() || !Character.isLetter(text.charAt(s.end() + 5)));
            if (city) s = new Span(s.start(), s.end() + 5);
            boolean listed = m.entries().stream().anyMatch(PlaceEntry::listed);
            String after = countryAfter(text, hits, i);
            // "Teo, Singapore": a city of another country before a country is no address ("Josephine Teo, Singapore's Minister")
            String countryAfter = after != null && m.entries().stream().anyMatch(e -> after.equals(e.country())) ? after : null;
            int cue = preceded(text, s, PRECEDED) || hosts(text, s) || countryAfter != null || dateline(v, s) || regionAfter(text, s)
                    || tableCell(text, s) || listField(v, s) || meetingApposition(text, s) || DATED_AFTER.matcher(text).region(s.end(), text.length()).lookingAt() ? 2
                    : preceded(text, s, TOWARDS) ? 1 : 0;
            int paren = parenOpen(text, s);
            if (!listed && !(cue > 0 || paren >= 0)) continue;
            if (!listed && HYPHEN_JOINED.matcher(text.substring(Math.max(0, s.start() - 20), s.start())).find()) continue;
            // "(March instead of April)": a town named like a month or a day (March, England) needs the hand-made list
            if (!listed && CALENDAR_WORD.matcher(text).region(s.start(), s.end()).matches()) continue;
            // "in Annex B", "in Section 3": a part of the document, no town
            if (!listed && PART_LABEL_AFTER.matcher(text).region(s.end(), text.length()).lookingAt()) continue;
            if (!listed && !city && LONGER_NAME.matcher(text).region(s.end(), text.length()).lookingAt()) continue;
            // "(From left: Minister MATSUMOTO, …)": a name right after a title or an honorific is a person's, no town
            if (!listed && titled(doc, s)) continue;
            if (!listed && (doc.get(Layers.DATES).overlaps(s) || doc.get(Layers.BODY_HITS).overlaps(s) || doc.get(Layers.ROLE_HITS).overlaps(s)))
                continue;
            PlaceEntry e = choose(m.entries(), countryAfter, parties == null ? null : parties.other());
            if (city && e.isCity() && !e.label().endsWith("City") && lex.cityInName.contains(Folding.fold(e.label()).toLowerCase(java.util.Locale.ROOT)))
                e = new PlaceEntry(e.label() + " City", e.kind(), e.country(), e.wikidata(), e.code(), e.geonames(), e.population(), e.listed());
            places.add(new Place(s, e.label(), e, cue, paren));
        }
        for (Match<PlaceEntry> c : lex.capitals.find(text)) {
            Span s = c.span();
            // "in the Belgian capital": a capital named by description, with the cue a place needs
            if (!preceded(text, s, PRECEDED) && !preceded(text, s, TOWARDS)) continue;
            places.add(new Place(s, c.entry().label(), c.entry(), preceded(text, s, PRECEDED) ? 2 : 1, -1));
        }
        Matcher m = IN_NAME.matcher(text);
        while (m.find()) {
            Span s = new Span(m.start(1), m.end(1));
            if (v.partnerAt(s) != null || locked(doc, s) || doc.get(Layers.DATES).overlaps(s)) continue;
            String firstWord = m.group(1).split("\\s")[0].toLowerCase(Locale.ROOT);
            if (lex.notNames.contains(firstWord) || lex.ordinals.containsKey(firstWord)) continue;
            if (lex.placeAbbreviations.contains(m.group(1).replaceAll("\\.$", ""))) continue;
            if (PART_LABEL_AFTER.matcher(text).region(s.end(), text.length()).lookingAt()) continue;
            places.add(new Place(s, m.group(1), null, 2, -1));
        }
        out.put(Layers.PLACES, places);
    }

    /** True if a title ("Minister") or an honorific ("Mr") ends right before the span, a space apart. */
    private static boolean titled(Document doc, Span s) {
        if (s.start() < 2 || !Character.isWhitespace(doc.text().charAt(s.start() - 1))) return false;
        Span last = new Span(s.start() - 2, s.start() - 1);
        return doc.get(Layers.ROLE_HITS).overlaps(last) || doc.get(Layers.HONORIFIC_HITS).overlaps(last);
    }

    /** The entry a name refers to here. */
    private PlaceEntry choose(List<PlaceEntry> entries, String countryAfter, Lexicons.PartnerEntry partner) {
        String partnerCountry = partner == null ? null : partner.country();
        return entries.stream().min(Comparator
                .<PlaceEntry>comparingInt(e -> countryAfter != null && countryAfter.equals(e.country()) ? 0 : 1)
                .thenComparingInt(e -> e.listed() ? 0 : 1)
                .thenComparingInt(e -> e.isCity() ? 0 : 1)
                .thenComparingInt(e -> partnerCountry != null && partnerCountry.equals(countryCode(e)) ? 0 : 1)
                .thenComparingLong(e -> -e.population())).orElseThrow();
    }

    private String countryCode(PlaceEntry city) {
        PlaceEntry country = city.country() == null ? null : lex.countries.get(city.country());
        return country == null ? null : country.code();
    }

    /** The label of the country named right after ", " ("Montréal, Canada"), or null. */
    private static String countryAfter(String text, Annotations<Match<PlaceEntry>> hits, int i) {
        if (i + 1 >= hits.size()) return null;
        Match<PlaceEntry> next = hits.get(i + 1);
        String gap = text.substring(hits.get(i).span().end(), Math.min(next.span().start(), hits.get(i).span().end() + 4));
        if (!gap.matches(",\\s*") || next.span().start() - hits.get(i).span().end() > 3) return null;
        return next.entries().stream().filter(e -> !e.isCity()).map(PlaceEntry::label).findFirst().orElse(null);
    }

    /** True if ", Region" follows ("Montréal, Quebec"): a capitalised word, then a stop or a date. */
    private static boolean regionAfter(String text, Span s) {
        String after = text.substring(s.end(), Math.min(text.length(), s.end() + 40));
        return after.matches("(?s),\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?\\s*(?:[,.;)(—–]|on\\b|in\\b|\\d).*")
                && isPreceded(text, s, "(?s).*\\b(in|at|to|from|hosted by)\\s+$");
    }

    /** True for a place alone in a table cell ("| Brussels |"). */
    private static boolean tableCell(String text, Span s) {
        return text.substring(Math.max(0, s.start() - 3), s.start()).matches(".*\\|\\s*")
                && text.substring(s.end(), Math.min(text.length(), s.end() + 3)).matches("\\s*(?:\\|.*|\\n.*|)");
    }

    /** True for a place opening the value of a short field of a line ("- 2nd DPC: Brussels, 1 December 2025"). */
    private static boolean listField(View v, Span s) {
        String text = v.text;
        int lineStart = v.lines().start(Math.max(0, s.start() - 1));
        return s.start() - lineStart <= LIST_FIELD_LENGTH && LIST_FIELD.matcher(text).region(lineStart, s.start()).matches()
                && text.substring(s.end(), Math.min(text.length(), s.end() + 2)).matches("(?:[,(\\n]|\\s\\(|\\s*$).*");
    }

    /** "3rd Council, Seoul." in a timeline row: a place set off after a meeting's name, ending its clause. */
    private static boolean meetingApposition(String text, Span s) {
        return MEETING_BEFORE.matcher(text.substring(Math.max(0, s.start() - 40), s.start())).find()
                && text.substring(s.end(), Math.min(text.length(), s.end() + 2)).matches("(?:[.;,(\\n]|\\s\\(|\\s*$).*");
    }

    /** "Québec City (12 March 2026)", "Brussels again (June 2027)": a place dated in brackets, as lists of meetings write it. */
    private static final Pattern DATED_AFTER = Pattern.compile("(?:\\s+again)?\\s*\\((?:\\d{1,2}\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{1,2},?)?\\s+\\d{4}\\)");
    private static final Pattern MEETING_BEFORE = Pattern.compile("\\b(?:Council|DPC|[Mm]eeting|Summit|Dialogue),[ \\t]*$");

    private static boolean isPreceded(String text, Span s, String regex) {
        return text.substring(Math.max(0, s.start() - 12), s.start()).toLowerCase(Locale.ROOT).matches(regex);
    }

    /** True for a place opening a line, or a planner's entry after its time, and followed by a dash or ", date" ("OSAKA, Oct. 2, 2025 —", "Seoul —", "* 10:00 BRUSSELS –"). */
    private static boolean dateline(View v, Span s) {
        String text = v.text;
        int line = v.lines().start(s.start());
        boolean opens = line == s.start() || ITEM_TIME.matcher(text).region(line, s.start()).matches() && s.of(text).equals(s.of(text).toUpperCase(Locale.ROOT));
        return opens && DATELINE.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 12))).matches();
    }

    /** What opens a planner's entry before its city in capitals: "* 10:00 BRUSSELS –", "From 08:30 BRUSSELS –". */
    private static final Pattern ITEM_TIME = Pattern.compile("(?i)[ \\t*•·-]*(?:(?:from\\s+)?\\d{1,2}[:.]\\d{2}|[ap]m)[ \\t]+");

    private static boolean locked(Document doc, Span s) {
        return doc.get(Layers.PARTNER_HITS).overlaps(s) || doc.get(Layers.BODY_HITS).overlaps(s)
                || doc.get(Layers.PLACE_HITS).overlaps(s) || doc.get(Layers.ACRONYMS).overlaps(s);
    }

    private static int parenOpen(String text, Span s) {
        int nested = 0;
        for (int i = s.start() - 1; i >= Math.max(0, s.start() - 200); i--) {
            char c = text.charAt(i);
            if (c == '\n') return -1;
            // "(July 3, 2023 (Mon.), Tokyo)": a closed pair inside the brackets the place is in
            if (c == ')') nested++;
            else if (c == '(' && nested > 0) nested--;
            else if (c == '(') {
                int close = text.indexOf(')', s.end());
                return close >= 0 && close - s.end() < 200 ? i : -1;
            }
        }
        return -1;
    }

    private static boolean hosts(String text, Span s) {
        String after = text.substring(s.end(), Math.min(text.length(), s.end() + 16)).toLowerCase(Locale.ROOT);
        return HOSTS.matcher(after).matches();
    }

    private static boolean preceded(String text, Span s, Pattern cue) {
        String before = text.substring(Math.max(0, s.start() - 40), s.start()).toLowerCase(Locale.ROOT);
        return cue.matcher(before).matches();
    }
}
