package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PlaceEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Places where a place is expected: listed places after a preposition, before "hosts", in parentheses; unlisted names after "in"/"at". */
final class PlaceAnnotator implements Annotator {
    private static final Pattern IN_NAME = Pattern.compile("\\b(?:in|at)\\s+((?:St\\.\\s)?(?:\\p{Lu}[\\p{L}'’-]+)(?:\\s\\p{Lu}[\\p{L}'’-]+)?)");
    private static final Pattern PRECEDED = Pattern.compile("(?s).*\\b(in|at|to|from|hosted by|host)\\s+(the\\s+)?(city of\\s+)?$");
    private static final Pattern HOSTS = Pattern.compile("(?s)\\s+(will\\s+host|hosts|hosted|is hosting)\\b.*");

    private final Lexicons lex;

    PlaceAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.PLACE_HITS, Layers.PARTNER_HITS, Layers.DEMONYM_HITS, Layers.BODY_HITS, Layers.ACRONYMS, Layers.DATES);
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.PLACES); }

    @Override public void annotate(Document doc, Output out) {
        View v = new View(doc);
        String text = doc.text();
        List<Place> places = new ArrayList<>();
        for (Match<PlaceEntry> m : doc.get(Layers.PLACE_HITS)) {
            Span s = m.span();
            boolean cued = preceded(text, s) || hosts(text, s);
            places.add(new Place(s, m.entry().label(), m.entry(), cued, parenOpen(text, s)));
        }
        Matcher m = IN_NAME.matcher(text);
        while (m.find()) {
            Span s = new Span(m.start(1), m.end(1));
            if (v.partnerAt(s) != null || locked(doc, s) || doc.get(Layers.DATES).overlaps(s)) continue;
            if (lex.notNames.contains(m.group(1).split("\\s")[0].toLowerCase(Locale.ROOT))) continue;
            places.add(new Place(s, m.group(1), null, true, -1));
        }
        out.put(Layers.PLACES, places);
    }

    private static boolean locked(Document doc, Span s) {
        return doc.get(Layers.PARTNER_HITS).overlaps(s) || doc.get(Layers.BODY_HITS).overlaps(s)
                || doc.get(Layers.PLACE_HITS).overlaps(s) || doc.get(Layers.ACRONYMS).overlaps(s);
    }

    private static int parenOpen(String text, Span s) {
        for (int i = s.start() - 1; i >= Math.max(0, s.start() - 200); i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '\n') return -1;
            if (c == '(') {
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

    private static boolean preceded(String text, Span s) {
        String before = text.substring(Math.max(0, s.start() - 12), s.start()).toLowerCase(Locale.ROOT);
        return PRECEDED.matcher(before).matches();
    }
}
