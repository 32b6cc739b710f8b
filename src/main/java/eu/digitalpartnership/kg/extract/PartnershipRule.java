package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The partnership's launch: a sentence that says it was launched, signed or established, and its date. */
final class PartnershipRule {
    private static final Pattern LAUNCH = Pattern.compile(
            "\\b(launched|signed|established|concluded|inaugurated)\\b[^.]{0,40}?\\bDigital Partnership\\b(?!\\s+Council)"
            + "|\\bDigital Partnership\\b(?!\\s+Council)[^.]{0,30}?\\b(was|were) (launched|signed|established|concluded)\\b");

    private PartnershipRule() {}

    static void apply(Analysis a, Findings f) {
        Matcher m = LAUNCH.matcher(a.text);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            Sentence sentence = a.sentence(s.start());
            DateMention date = a.datesIn(sentence.span()).stream()
                    .min(Comparator.comparingInt(d -> Math.abs(d.span().start() - s.end()))).orElse(null);
            if (date == null) continue;
            f.launchedOn = date.date();
            f.launchedEv = new Ev(s.union(date.span()), "partnership.launched");
            return;
        }
    }
}
