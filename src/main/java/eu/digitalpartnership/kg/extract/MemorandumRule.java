package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.CouncilFact;
import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.MemorandumFact;
import eu.digitalpartnership.kg.extract.Findings.Party;
import eu.digitalpartnership.kg.extract.Lexicons.InstrumentEntry;
import eu.digitalpartnership.kg.extract.Lexicons.TopicEntry;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.PartialDate;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memoranda and arrangements: type from the lexicon, topic from "on X" or "to VERB on X" or the sentence's topic,
 * status from the verbs around it (signed at the meeting, signed earlier, in preparation, intended), date and parties.
 */
final class MemorandumRule {
    static final String SIGNED = "signed", REFERENCED = "referenced", IN_PREPARATION = "in_preparation", INTENDED = "intended";

    private static final String STOP = "(?=\\s+(?:signed|concluded|which|that|was|were|is|are|has|have|will|would|between|by the|at the|during)\\b|\\s*[.;(:]|,\\s+(?:signed|which|concluded|and the|was|were)\\b|$)";
    private static final Pattern ON_TOPIC = Pattern.compile("^\\s+(?:on|regarding|concerning|in the (?:field|area)s? of)\\s+(.+?)" + STOP);
    private static final Pattern PURPOSE = Pattern.compile("^\\s+(?:to|in order to|aimed at|aiming to)\\s+(?:[a-z]+)(?:\\s+(?:on|in|with))?\\s+(.+?)" + STOP);
    private static final Pattern SIGN = Pattern.compile("\\b(sign(?:ed|ing|ature)?|conclu(?:ded|sion)|exchanged|inked)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPARE = Pattern.compile("\\b(prepar(?:e|es|ed|ing|ation)|negotiat\\w*|draft\\w*|finali[sz]\\w*|work(?:ing)? towards)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEND = Pattern.compile("\\b(intend\\w*|intention|plan(?:s|ned|ning)? to|will sign|to sign|aim to (?:sign|conclude)|envisag\\w*|expect(?:s|ed)? to sign)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(.+?)\\s+and\\s+(.+?)(?=[.;,]|$)");

    private MemorandumRule() {}

    static void apply(Analysis a, Findings f) {
        List<MemorandumFact> found = new ArrayList<>();
        for (Match<InstrumentEntry> m : a.lex.instruments.find(a.text)) {
            Sentence s = a.sentence(m.span().start());
            MemorandumFact fact = memorandum(a, f, m, s);
            if (fact != null) found.add(fact);
        }
        f.memoranda.addAll(merge(found));
    }

    private static MemorandumFact memorandum(Analysis a, Findings f, Match<InstrumentEntry> m, Sentence s) {
        String after = a.text.substring(m.span().end(), s.span().end());
        String before = a.text.substring(s.span().start(), m.span().start());
        Span topicSpan = topicSpan(a, m.span().end(), after);
        String topic = topicSpan == null ? null : topicSpan.of(a.text);
        List<TopicEntry> topics = topicSpan == null ? List.of() : topicsIn(a, topicSpan);
        Span evSpan = topicSpan == null ? m.span() : m.span().union(topicSpan);
        if (topic == null) {
            Match<TopicEntry> t = contextTopic(a, s);
            if (t != null) {
                topics = t.entries();
                topic = t.entry().label();
            }
        }
        String surface = m.span().of(a.text);
        String label = surface.length() <= 4 ? m.entry().label() : surface;
        String title = topic == null ? label : label + " on " + topic;
        DateMention date = signingDate(a, s, m.span());
        String status = status(before, s.text(a.text), date, f);
        PartialDate d = date == null ? null : date.date();
        Ev dateEv = date == null ? null : new Ev(m.span().union(date.span()), "memorandum.signed-on");
        CouncilFact council = f.currentCouncil();
        if (d == null && status.equals(SIGNED) && council != null && council.date() != null) {
            d = council.date();
            dateEv = new Ev(s.span(), "memorandum.signed-at-council");
        }
        return new MemorandumFact(m.entry().type(), title, topic, topics, status, d, new Ev(evSpan, "memorandum." + status),
                dateEv, parties(a, m.span(), s));
    }

    private static Span topicSpan(Analysis a, int offset, String after) {
        for (Pattern p : List.of(ON_TOPIC, PURPOSE)) {
            Matcher m = p.matcher(after);
            if (m.find() && m.group(1).split("\\s+").length <= 16)
                return new Span(offset + m.start(1), offset + m.end(1));
        }
        return null;
    }

    private static List<TopicEntry> topicsIn(Analysis a, Span s) {
        return Analysis.in(a.topicMentions, s).stream().flatMap(t -> t.entries().stream()).distinct().toList();
    }

    private static Match<TopicEntry> contextTopic(Analysis a, Sentence s) {
        List<Match<TopicEntry>> in = Analysis.in(a.topicMentions, s.span());
        return in.isEmpty() ? null : in.get(0);
    }

    private static DateMention signingDate(Analysis a, Sentence s, Span mention) {
        if (!SIGN.matcher(s.text(a.text)).find()) return null;
        return a.datesIn(s.span()).stream()
                .min(Comparator.comparingInt(d -> Math.abs(d.span().start() - mention.end())))
                .orElse(null);
    }

    private static String status(String before, String sentence, DateMention date, Findings f) {
        if (PREPARE.matcher(before).find()) return IN_PREPARATION;
        if (INTEND.matcher(before).find()) return INTENDED;
        CouncilFact council = f.currentCouncil();
        if (SIGN.matcher(sentence).find()) {
            if (date == null) return SIGNED;
            if (council == null || council.date() == null) return REFERENCED;
            return date.date().compareTo(council.date()) < 0 || date.date().year() < council.date().year() ? REFERENCED : SIGNED;
        }
        return REFERENCED;
    }

    private static List<Party> parties(Analysis a, Span mention, Sentence s) {
        Matcher m = BETWEEN.matcher(a.text).region(mention.end(), s.span().end());
        if (m.find()) {
            List<Party> out = new ArrayList<>();
            for (int g = 1; g <= 2; g++) {
                Span side = new Span(m.start(g), m.end(g));
                Party p = party(a, side);
                if (p != null) out.add(p);
            }
            if (out.size() == 2) return out;
        }
        List<Party> out = new ArrayList<>();
        if (a.eu != null) out.add(new Party(a.eu, null, new Ev(mention, "memorandum.parties-are-partners")));
        if (a.other != null) out.add(new Party(a.other, null, new Ev(mention, "memorandum.parties-are-partners")));
        return out;
    }

    private static Party party(Analysis a, Span side) {
        for (var b : a.bodyMentions)
            if (side.contains(b.span())) return new Party(null, b.entry().label(), new Ev(side, "memorandum.between"));
        for (var p : a.partnerMentions)
            if (side.contains(p.span())) return new Party(p.entry(), null, new Ev(side, "memorandum.between"));
        return null;
    }

    private static List<MemorandumFact> merge(List<MemorandumFact> found) {
        Map<String, MemorandumFact> byKey = new LinkedHashMap<>();
        List<MemorandumFact> untitled = new ArrayList<>();
        for (MemorandumFact m : found) {
            if (m.topicPhrase() == null) { untitled.add(m); continue; }
            byKey.putIfAbsent(m.type() + "|" + m.title().toLowerCase(), m);
        }
        List<MemorandumFact> out = new ArrayList<>(byKey.values());
        for (MemorandumFact u : untitled) {
            boolean covered = out.stream().anyMatch(o -> o.type().equals(u.type()) && o.status().equals(u.status())
                    && (u.date() == null || Objects.equals(o.date(), u.date())));
            if (!covered) out.add(u);
        }
        return out;
    }
}
