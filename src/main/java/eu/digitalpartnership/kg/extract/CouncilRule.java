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
    static final String DPC = "Digital Partnership Council";
    private static final Pattern MENTION = Pattern.compile(
            "\\bDigital\\s+Partnership\\s+Council\\b|\\bDPC\\b|\\bnext\\s+Council\\b|\\b(?:meeting|session) of the Council\\b"
            + "|\\bnext\\s+meeting\\b(?!\\s+of\\s+the\\s+(?!Council))"
            + "|(?<ttc>\\bTrade\\s+and\\s+Technology\\s+Council\\b|\\bTTC\\b)"
            + "|(?<its>\\b[Ii]ts\\s+(?:first|second|third|fourth|fifth|inaugural|\\d+(?:st|nd|rd|th))\\s+(?:ministerial\\s+)?meeting\\b)"
            + "|(?<firstmet>\\b[Cc]ouncil\\s+first\\s+met\\b)"
            + "|(?<bare>\\bCouncil\\b)");
    private static final Pattern SUB_BODY_AFTER = Pattern.compile("^\\s+(?:Working\\s+Group|working\\s+group|WG|[Ss]ub-?group|[Tt]ask\\s+[Ff]orce)");
    private static final Pattern SUB_BODY_BEFORE = Pattern.compile("(?:Working\\s+Group|working\\s+group|[Ss]ub-?group)\\b.*\\b(?:under|of)\\s+the\\s+\\S*\\s*$");
    private static final Pattern MEETING_VERB = Pattern.compile(
            "\\b(held|hold|holds|holding|met|meet|meets|took place|take place|takes place|convened|convene|co-chaired|co-chair|chaired|hosted|gathered)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BACK_SKIP = Set.of("the", "meeting", "of", "ministerial", "-", "–", "—", "/", "and", "their", "its", "edition");
    private static final Pattern NEXT = Pattern.compile("\\b(next|upcoming|forthcoming)\\b[^.;]{0,30}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE_VERB = Pattern.compile(
            "\\b(?:will|shall)\\s+(?:be\\s+held|take\\s+place|meet|convene|host|be\\s+hosted|be\\s+organi[sz]ed|be\\s+convened)\\b"
            + "|\\b(?:plan|agreed|decided)\\s+to\\s+(?:meet|hold|convene)\\b"
            + "|\\b(?:is|are)\\s+(?:scheduled|planned|expected)\\s+(?:to|for)\\b|\\bto be held\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = Pattern.compile("\\b(previous|last|since|earlier|preceding|prior)\\b", Pattern.CASE_INSENSITIVE);

    record Mention(Span span, Sentence sentence, Integer ordinal, boolean future, boolean past, boolean meeting, String kind,
                   Span window) {
        Mention within(Span w) { return new Mention(span, sentence, ordinal, future, past, meeting, kind, w); }
    }

    private CouncilRule() {}

    static void apply(Analysis a, Findings f) {
        List<Mention> mentions = mentions(a);
        List<Mention> held = mentions.stream().filter(x -> !x.future()).toList();
        Integer max = held.stream().filter(Mention::meeting).map(Mention::ordinal).filter(java.util.Objects::nonNull)
                .max(Integer::compare).orElse(null);
        List<Mention> current = held.stream().filter(Mention::meeting)
                .filter(x -> max == null ? !x.past() : max.equals(x.ordinal()) || x.ordinal() == null && !x.past()).toList();
        Integer currentOrdinal = max;
        if (!current.isEmpty()) {
            CouncilFact c = council(a, current, CouncilStatus.CURRENT, "council.current");
            if (longBefore(a, c.date())) {
                if (c.ordinal() != null) f.councils.add(council(a, current, CouncilStatus.PAST, "council.earlier"));
                currentOrdinal = null;
            } else {
                f.councils.add(c);
            }
        }
        held.stream().map(Mention::ordinal).filter(o -> o != null && !o.equals(max)).distinct().sorted()
                .forEach(o -> f.councils.add(council(a, held.stream().filter(x -> o.equals(x.ordinal())).toList(),
                        CouncilStatus.PAST, "council.earlier")));
        List<Mention> next = mentions.stream().filter(Mention::future).toList();
        if (next.isEmpty()) return;
        CouncilFact announced = council(a, next, CouncilStatus.ANNOUNCED, "council.next");
        Span mention = next.get(0).span();
        Span withNext = new Span(Math.max(next.get(0).sentence().span().start(), mention.start() - 9), mention.end());
        if (announced.ordinal() == null && currentOrdinal != null && withNext.of(a.text).matches("(?is).*\\bnext\\b.*")) {
            int from = a.text.toLowerCase(Locale.ROOT).lastIndexOf("next", mention.start());
            announced = new CouncilFact(currentOrdinal + 1, new Ev(new Span(from, mention.end()), "council.next-ordinal"), announced.date(),
                    announced.dateEv(), announced.place(), announced.status(), announced.kind());
        }
        Integer nextOrdinal = announced.ordinal();
        boolean alsoHeld = nextOrdinal != null && f.councils.stream().anyMatch(c -> nextOrdinal.equals(c.ordinal()));
        if (!alsoHeld) f.councils.add(announced);
    }

    /** True when a date lies more than a month before the publication date: not the meeting a press release reports. */
    private static boolean longBefore(Analysis a, PartialDate date) {
        if (date == null || !date.isFull() || a.reference == null) return false;
        return java.time.LocalDate.of(date.year(), date.month(), date.day()).isBefore(a.reference.minusDays(31));
    }

    private static List<Mention> mentions(Analysis a) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(a.text);
        Span previous = null;
        String previousKind = DPC;
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            Sentence sentence = a.sentence(s.start());
            boolean acronym = previous != null && a.text.substring(previous.end(), s.start()).matches("\\s*\\(");
            String before = a.text.substring(Math.max(sentence.span().start(), s.start() - 400), s.start());
            String after = a.text.substring(s.end(), Math.min(sentence.span().end(), s.end() + 400));
            if (m.group("its") != null && (previous == null || a.sentence(previous.start()).index() < sentence.index() - 1)) continue;
            String kind = m.group("ttc") != null ? "Trade and Technology Council" : m.group("its") != null ? previousKind : DPC;
            previous = s;
            previousKind = kind;
            if (acronym || SUB_BODY_AFTER.matcher(after).find() || SUB_BODY_BEFORE.matcher(before).find()) continue;
            if (otherPartnership(a, s)) {
                previous = null;
                continue;
            }
            Span ordinalSpan = m.group("its") != null || m.group("firstmet") != null ? ordinalIn(a, s)
                    : ordinalBefore(a, sentence, s, m.group("bare") != null ? 2 : 8);
            Integer ordinal = ordinalSpan == null ? null : a.lex.ordinals.get(ordinalWord(a, ordinalSpan));
            if (m.group("bare") != null && ordinal == null && !NEXT.matcher(before).find()) continue;
            Span mention = ordinalSpan == null ? s : ordinalSpan.union(s);
            String clause = before.substring(Math.max(0, before.length() - 80)).replaceFirst("(?s)^.*[.;:]", "");
            boolean future = NEXT.matcher(clause).find() || FUTURE_VERB.matcher(after).find() || FUTURE_VERB.matcher(clause).find();
            boolean past = PAST.matcher(before).find();
            boolean meeting = ordinal != null || MEETING_VERB.matcher(a.context(s).of(a.text)).find();
            mentions.add(new Mention(mention, sentence, ordinal, future, past, meeting, kind, sentence.span()));
        }
        return withWindows(mentions);
    }

    /** True if partners named just before the mention ("the EU-Japan Digital Partnership Council") are not this article's pair. */
    private static boolean otherPartnership(Analysis a, Span mention) {
        int from = Math.max(0, mention.start() - 30);
        String before = a.text.substring(from, mention.start());
        int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')));
        Span window = new Span(from + cut + 1, mention.start());
        for (var m : Analysis.in(a.partnerMentions, window))
            if (m.entry() != a.eu && m.entry() != a.other) return true;
        return false;
    }

    /** Each mention's window: its sentence, cut where another mention in the same sentence starts or ends. */
    private static List<Mention> withWindows(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention x = mentions.get(i);
            int start = x.sentence().span().start(), end = x.sentence().span().end();
            if (i > 0 && mentions.get(i - 1).sentence() == x.sentence()) start = mentions.get(i - 1).span().end();
            if (i + 1 < mentions.size() && mentions.get(i + 1).sentence() == x.sentence()) end = mentions.get(i + 1).span().start();
            out.add(x.within(new Span(start, Math.max(start, end))));
        }
        return out;
    }

    private static Span ordinalIn(Analysis a, Span s) {
        for (Token t : a.sentence(s.start()).tokens())
            if (s.contains(t.span()) && a.lex.ordinals.containsKey(t.text().toLowerCase(Locale.ROOT))) return t.span();
        return null;
    }

    private static CouncilFact council(Analysis a, List<Mention> group, CouncilStatus status, String rule) {
        Mention first = group.get(0);
        DateMention date = null;
        Mention dated = first;
        for (Mention x : group) {
            date = nearestDate(a, x.window(), x.span());
            if (date != null) { dated = x; break; }
        }
        PlaceRef place = null;
        for (Mention x : group) {
            place = Places.near(a, x.window(), x.span().start(), rule + ".place");
            if (place != null) {
                place = new PlaceRef(place.label(), place.kind(), place.country(), place.wikidata(), place.ev().with(x.span()));
                break;
            }
        }
        Integer ordinal = group.stream().map(Mention::ordinal).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        PartialDate d = date == null ? null : date.date();
        Ev dateEv = date == null ? null : new Ev(dated.span().union(date.span()), rule + ".date");
        if (d == null && status == CouncilStatus.CURRENT) {
            DateMention before = previousSentenceDate(a, first);
            if (before != null) {
                d = before.date();
                dateEv = new Ev(before.span(), rule + ".previous-sentence");
            }
        }
        if (place == null && status == CouncilStatus.CURRENT) place = previousSentencePlace(a, first, rule);
        if (place == null && a.text.substring(first.window().start(), first.window().end()).matches("(?s).*\\bhere\\b.*"))
            place = Places.dateline(a, rule + ".here");
        if (d == null && status == CouncilStatus.CURRENT) {
            DateMention dateline = datelineDate(a);
            if (dateline != null) {
                d = dateline.date();
                dateEv = new Ev(dateline.span(), rule + ".dateline");
            }
        }
        Mention named = group.stream().filter(x -> x.ordinal() != null).findFirst().orElse(first);
        return new CouncilFact(ordinal, new Ev(named.span(), rule), d, dateEv, place, status, first.kind());
    }

    private static DateMention previousSentenceDate(Analysis a, Mention m) {
        if (m.sentence().index() == 0) return null;
        Sentence prev = a.index.sentences().get(m.sentence().index() - 1);
        return a.datesIn(prev.span()).stream().filter(d -> d.date().isFull()).findFirst().orElse(null);
    }

    private static PlaceRef previousSentencePlace(Analysis a, Mention m, String rule) {
        if (m.sentence().index() == 0) return null;
        Sentence prev = a.index.sentences().get(m.sentence().index() - 1);
        if (a.datesIn(prev.span()).stream().noneMatch(d -> d.date().isFull())) return null;
        return Places.near(a, prev.span(), prev.span().end(), rule + ".previous-sentence");
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

    private static Span ordinalBefore(Analysis a, Sentence s, Span mention, int maxSteps) {
        List<Token> t = s.tokens();
        int i = s.tokenBefore(mention.start());
        for (int steps = 0; i >= 0 && steps < maxSteps; i--, steps++) {
            Token tok = t.get(i);
            String w = tok.text().toLowerCase(Locale.ROOT);
            if (a.lex.ordinals.containsKey(w)) return tok.span();
            if (BACK_SKIP.contains(w) || w.equals("#") || a.partnerAt(tok.span()) != null) continue;
            if (i > 0 && t.get(i - 1).text().equals("#") && t.get(i - 1).end() == tok.start()) continue;
            break;
        }
        return null;
    }

    private static String ordinalWord(Analysis a, Span s) {
        return s.of(a.text).toLowerCase(Locale.ROOT);
    }
}
