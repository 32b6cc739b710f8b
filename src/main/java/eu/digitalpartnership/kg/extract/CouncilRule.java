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
            "\\bDigital\\s+Partnership\\s+Council\\b|\\bDPC\\b|\\bnext\\s+(?:Council|meeting of the Council)\\b");
    private static final Set<String> BACK_SKIP = Set.of("the", "meeting", "of", "ministerial", "-", "–", "—", "/", "and", "their", "its", "edition");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(next|will|shall|upcoming|forthcoming|to be held|to be hosted|plan to meet|agreed to meet|look forward to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = Pattern.compile("\\b(previous|last|since|earlier|preceding|prior)\\b", Pattern.CASE_INSENSITIVE);

    record Mention(Span span, Sentence sentence, Integer ordinal, boolean future, boolean past) {}

    private CouncilRule() {}

    static void apply(Analysis a, Findings f) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(a.text);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            Sentence sentence = a.sentence(s.start());
            Span ordinalSpan = ordinalBefore(a, sentence, s);
            Integer ordinal = ordinalSpan == null ? null : a.lex.ordinals.get(ordinalWord(a, ordinalSpan));
            Span mention = ordinalSpan == null ? s : ordinalSpan.union(s);
            String before = a.text.substring(sentence.span().start(), s.end());
            boolean future = FUTURE.matcher(before).find();
            boolean past = PAST.matcher(before).find();
            mentions.add(new Mention(mention, sentence, ordinal, future, past));
        }
        if (mentions.isEmpty()) return;
        Integer maxOrdinal = mentions.stream().filter(x -> !x.future() && x.ordinal() != null)
                .map(Mention::ordinal).max(Integer::compare).orElse(null);
        Mention current = mentions.stream()
                .filter(x -> !x.future() && (maxOrdinal == null ? !x.past() : maxOrdinal.equals(x.ordinal())))
                .findFirst().orElse(null);
        if (current == null) current = mentions.stream().filter(x -> !x.future()).findFirst().orElse(null);
        List<Integer> done = new ArrayList<>();
        if (current != null) {
            f.councils.add(council(a, current, CouncilStatus.CURRENT, "council.current"));
            done.add(current.ordinal());
        }
        for (Mention x : mentions) {
            if (x == current || x.future() || x.ordinal() == null || done.contains(x.ordinal())) continue;
            done.add(x.ordinal());
            f.councils.add(council(a, x, CouncilStatus.PAST, "council.earlier"));
        }
        mentions.stream().filter(Mention::future).findFirst()
                .ifPresent(x -> f.councils.add(council(a, x, CouncilStatus.ANNOUNCED, "council.next")));
    }

    private static CouncilFact council(Analysis a, Mention x, CouncilStatus status, String rule) {
        Span window = x.sentence().span();
        DateMention date = nearestDate(a, window, x.span());
        PlaceRef place = Places.near(a, window, x.span().start(), rule + ".place");
        PartialDate d = date == null ? null : date.date();
        Ev dateEv = date == null ? null : new Ev(x.span().union(date.span()), rule + ".date");
        if (d == null && status == CouncilStatus.CURRENT) {
            DateMention dateline = datelineDate(a);
            if (dateline != null) {
                d = dateline.date();
                dateEv = new Ev(dateline.span(), rule + ".dateline");
            }
        }
        if (place != null) place = new PlaceRef(place.label(), place.kind(), place.country(), place.wikidata(), place.ev().with(x.span()));
        return new CouncilFact(x.ordinal(), new Ev(x.span(), rule), d, dateEv, place, status);
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
