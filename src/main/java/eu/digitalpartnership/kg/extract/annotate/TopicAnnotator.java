package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.TopicFact;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.TopicEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotations;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Technology topics: every label, alternative or hidden label of the SKOS scheme found in the text (first hit of
 * each), except a label inside a longer label of another topic ("5G" in "Beyond 5G", which is 6G) or inside a body's
 * name where {@code lexicon/topic-labels-not-in-names.txt} lists it ("Networks" in "Directorate-General for Communications
 * Networks, Content and Technology").
 */
final class TopicAnnotator implements Annotator {
    private final Lexicons lex;

    TopicAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() { return Set.of(Layers.TOPIC_HITS, Layers.BODY_HITS); }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.TOPICS); }

    @Override public void annotate(Document doc, Output out) {
        List<TopicFact> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        var hits = doc.get(Layers.TOPIC_HITS);
        for (Match<TopicEntry> m : hits)
            for (TopicEntry t : m.entries())
                if (!insideOther(hits, m, t) && !inName(doc, m) && seen.add(t.slug()))
                    found.add(new TopicFact(t, new Ev(m.span(), "topic.lexicon")));
        out.put(Layers.TOPICS, found);
    }

    private boolean inName(Document doc, Match<TopicEntry> m) {
        return doc.get(Layers.BODY_HITS).overlaps(m.span())
                && lex.topicLabelsNotInNames.contains(m.span().of(doc.text()).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean insideOther(Annotations<Match<TopicEntry>> hits, Match<TopicEntry> m, TopicEntry t) {
        for (Match<TopicEntry> o : hits.overlapping(m.span()))
            if (o != m && o.span().contains(m.span()) && o.span().length() > m.span().length() && !o.entries().contains(t)) return true;
        return false;
    }
}
