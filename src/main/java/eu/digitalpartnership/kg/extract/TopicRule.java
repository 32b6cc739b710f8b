package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.TopicFact;
import eu.digitalpartnership.kg.extract.Lexicons.TopicEntry;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import java.util.HashSet;
import java.util.Set;

/** Technology topics: every label, alternative or hidden label of the SKOS scheme found in the text. */
final class TopicRule {
    private TopicRule() {}

    static void apply(Analysis a, Findings f) {
        Set<String> seen = new HashSet<>();
        for (Match<TopicEntry> m : a.topicMentions)
            for (TopicEntry t : m.entries())
                if (seen.add(t.slug())) f.topics.add(new TopicFact(t, new Ev(m.span(), "topic.lexicon")));
    }
}
