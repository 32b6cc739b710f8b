package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.CouncilFact;
import eu.digitalpartnership.kg.extract.Findings.CouncilStatus;
import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.PlaceRef;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.PartialDate;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meetings of the Digital Partnership Council: the ordinal before a mention, the date and city in its sentence;
 * the meeting the article reports (the highest ordinal, or the first mention), earlier ones, and the next one announced.
 */
final class CouncilRule {
    private static final Pattern MENTION = Pattern.compile(
            "\\bDigital\\s+Partnership\\s+Council\\b|\\bDPC\\b|\\bnext\\s+Council\\b|\\b(?:meeting|session) of the Council\\b");
    private static final Set<String> BACK_SKIP = Set.of("the", "meeting", "of", "ministerial", "-", "–", "—", "/", "and", "their", "its", "edition");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(next|will|shall|upcoming|forthcoming|to be held|to be hosted|plan to meet|agreed to meet|look forward to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE_VERB = Pattern.compile(
            "\\b(?:will|shall)\\s+(?:be\\s+held|take\\s+place|meet|convene|be\\s+hosted|be\\s+organi[sz]ed|be\\s+convened)\\b"
            + "|\\b(?:is|are)\\s+(?:scheduled|planned|expected)\\s+(?:to|for)\\b|\\bto be held\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = Pattern.compile("\\b(previous|last|since|earlier|preceding|prior)\\b", Pattern.CASE_INSENSITIVE);

    record Mention(Span span, Sentence sentence, Integer ordinal, boolean future, boolean past) {}

    private CouncilRule() {}

    static void apply(Analysis a, Findings f) {
        List<Mention> mentions = mentions(a);
        List<Mention> held = mentions.stream().filter(x -> !x.future()).toList();
        Integer max = held.stream().map(Mention::ordinal).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(null);
        List<Mention> current = held.stream()
                .filter(x -> max == null ? !x.past() : max.equals(x.ordinal()) || x.ordinal() == null && !x.past()).toList();
        if (current.isEmpty() && !held.isEmpty()) current = List.of(held.get(0));
        if (!current.isEmpty()) f.councils.add(council(a, current, CouncilStatus.CURRENT, "council.current"));
        held.stream().map(Mention::ordinal).filter(o -> o != null && !o.equals(max)).distinct().sorted()
                .forEach(o -> f.councils.add(council(a, held.stream().filter(x -> o.equals(x.ordinal())).toList(),
                        CouncilStatus.PAST, "council.earlier")));
        List<Mention> next = mentions.stream().filter(Mention::future).toList();
        if (next.isEmpty()) return;
        CouncilFact announced = council(a, next, CouncilStatus.ANNOUNCED, "council.next");
        Span mention = next.get(0).span();
        Span withNext = new Span(Math.max(next.get(0).sentence().span().start(), mention.start() - 9), mention.end());
        if (announced.ordinal() == null && max != null && withNext.of(a.text).matches("(?is).*\\bnext\\b.*")) {
            int from = a.text.toLowerCase(Locale.ROOT).lastIndexOf("next", mention.start());
            announced = new CouncilFact(max + 1, new Ev(new Span(from, mention.end()), "council.next-ordinal"), announced.date(),
                    announced.dateEv(), announced.place(), announced.status());
        }
        f.councils.add(announced);
    }

    private static List<Mention> mentions(Analysis a) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(a.text);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            Sentence sentence = a.sentence(s.start());
            Span ordinalSpan = ordinalBefore(a, sentence, s);
            Integer ordinal = ordinalSpan == null ? null : a.lex.ordinals.get(ordinalWord(a, ordinalSpan));
            Span mention = ordinalSpan == null ? s : ordinalSpan.union(s);
            String before = a.text.substring(sentence.span().start(), s.end());
            String after = a.text.substring(s.end(), sentence.span().end());
            boolean future = FUTURE.matcher(before).find() || FUTURE_VERB.matcher(after).find();
            boolean past = PAST.matcher(before).find();
            mentions.add(new Mention(mention, sentence, ordinal, future, past));
        }
        return mentions;
    }

    private static CouncilFact council(Analysis a, List<Mention> group, CouncilStatus status, String rule) {
        Mention first = group.get(0);
        DateMention date = null;
        Mention dated = first;
        for (Mention x : group) {
            date = nearestDate(a, x.sentence().span(), x.span());
            if (date != null) { dated = x; break; }
        }
        PlaceRef place = null;
        for (Mention x : group) {
            place = Places.near(a, x.sentence().span(), x.span().start(), rule + ".place");
            if (place != null) {
                place = new PlaceRef(place.label(), place.kind(), place.country(), place.wikidata(), place.ev().with(x.span()));
                break;
            }
        }
        Integer ordinal = group.stream().map(Mention::ordinal).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        PartialDate d = date == null ? null : date.date();
        Ev dateEv = date == null ? null : new Ev(dated.span().union(date.span()), rule + ".date");
        if (d == null && status == CouncilStatus.CURRENT) {
            DateMention dateline = datelineDate(a);
            if (dateline != null) {
                d = dateline.date();
                dateEv = new Ev(dateline.span(), rule + ".dateline");
            }
        }
        Mention named = group.stream().filter(x -> x.ordinal() != null).findFirst().orElse(first);
        return new CouncilFact(ordinal, new Ev(named.span(), rule), d, dateEv, place, status);
    }

    private static DateMention datelineDate(Analysis a) {
        List<Sentence> first = a.index.sentences().subList(0, Math.min(2, a.index.sentences().size()));
        return first.stream().flatMap(s -> a.datesIn(s.span()).stream()).filter(d -> d.date().isFull()).findFirst().orElse(null);
    }

    private static DateMention nearestDate(Analysis a, Span window, Span anchor) {
        return a.datesIn(window).stream()
                .min(Comparator.comparingInt(d -> Math.abs(d.span().start() - anchor.end())))
                .orElse(null);
    }

    private static Span ordinalBefore(Analysis a, Sentence s, Span mention) {
        List<Token> t = s.tokens();
        int i = s.tokenBefore(mention.start());
        for (int steps = 0; i >= 0 && steps < 8; i--, steps++) {
            Token tok = t.get(i);
            String w = tok.text().toLowerCase(Locale.ROOT);
            if (a.lex.ordinals.containsKey(w)) return tok.span();
            if (BACK_SKIP.contains(w) || a.partnerAt(tok.span()) != null) continue;
            break;
        }
        return null;
    }

    private static String ordinalWord(Analysis a, Span s) {
        return s.of(a.text).toLowerCase(Locale.ROOT);
    }
}
