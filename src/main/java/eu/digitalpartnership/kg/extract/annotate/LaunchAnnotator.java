package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.LaunchFact;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The partnership's launch: a sentence that says it was launched, signed or established, and its date. */
final class LaunchAnnotator implements Annotator {
    private static final Pattern LAUNCH = Pattern.compile(
            "\\b(launched|signed|established|concluded|inaugurated)\\b[^.]{0,40}?\\bDigital Partnership\\b(?!\\s+Council)"
            + "|\\bDigital Partnership\\b(?!\\s+Council)[^.]{0,30}?\\b(was|were) (launched|signed|established|concluded)\\b");

    @Override public Set<Layer<?>> reads() { return Set.of(Layers.SENTENCES, Layers.DATES); }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.LAUNCH); }

    @Override public void annotate(Document doc, Output out) {
        View a = new View(doc);
        Matcher m = LAUNCH.matcher(a.text);
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            DateMention date = a.in(Layers.DATES, a.window(a.sentence(s.start()), s)).stream()
                    .min(Comparator.comparingInt(d -> Math.abs(d.span().start() - s.end()))).orElse(null);
            if (date == null) continue;
            out.put(Layers.LAUNCH, List.of(new LaunchFact(date.date(), new Ev(s.union(date.span()), "partnership.launched"))));
            return;
        }
        out.put(Layers.LAUNCH, List.of());
    }
}
