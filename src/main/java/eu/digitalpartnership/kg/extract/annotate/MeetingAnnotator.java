package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.MeetingFact;
import eu.digitalpartnership.kg.extract.Findings.PlaceRef;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Other meetings (summits, ministerial meetings, conferences) with the date and city in their sentence. */
final class MeetingAnnotator implements Annotator {
    private static final String MOD = "(?:\\p{Lu}[\\p{L}\\p{N}'’–-]*|\\p{N}+[\\p{L}\\p{N}'’-]*|G\\d+|EU[-–]\\p{Lu}\\p{L}+)";
    private static final Pattern MEETING = Pattern.compile(
            "(?:\\b(\\d{1,3}(?:st|nd|rd|th))\\s+)?((?:" + MOD + "\\s+(?:and\\s+(?=\\p{Lu}))?){1,6})"
            + "([Ss]ummit|Ministerial\\s+(?:[Mm]eeting|Council\\s+[Mm]eeting|[Cc]onference)|Ministers['’]?\\s+[Mm]eeting|[Cc]onference|Trade and Technology Council|Assembly)\\b");

    private static final Pattern HEAD = Pattern.compile(
            "\\b(?:[Ss]ummit|[Mm]eeting|[Cc]onference|Council|Assembly)\\b");

    @Override public Set<Layer<?>> reads() { return Set.of(Layers.SENTENCES, Layers.DATES, Layers.PLACES); }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.MEETINGS); }

    @Override public void annotate(Document doc, Output out) {
        View a = new View(doc);
        List<MeetingFact> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var m : HeadedMatches.find(a.text, HEAD, MEETING)) {
            Span s = new Span(m.start(), m.end());
            String name = tidy(s.of(a.text));
            if (name.split("\\s+").length < 2 || !seen.add(name.toLowerCase())) continue;
            Sentence sentence = a.sentence(s.start());
            DateMention date = a.in(Layers.DATES, a.window(sentence, s)).stream()
                    .min(Comparator.comparingInt(d -> Math.abs(d.span().start() - s.end()))).orElse(null);
            PlaceRef place = placeAfter(a, s, sentence);
            found.add(new MeetingFact(name, date == null ? null : date.date(), date == null ? null : date.end(),
                    date == null ? null : new Ev(s.union(date.span()), "meeting.date"), place, new Ev(s, "meeting.name")));
        }
        out.put(Layers.MEETINGS, found);
    }

    private static PlaceRef placeAfter(View a, Span meeting, Sentence sentence) {
        int end = Math.max(meeting.end(), Math.min(sentence.span().end(), meeting.end() + 40));
        PlaceRef p = Places.near(a, new Span(meeting.end(), end), meeting.end(), "meeting.place");
        return p == null ? null : p.withEv(p.ev().with(meeting));
    }

    private static String tidy(String name) {
        return name.replaceAll("^(?i)(the|next|upcoming)\\s+", "").replaceAll("\\s+", " ").strip();
    }
}
