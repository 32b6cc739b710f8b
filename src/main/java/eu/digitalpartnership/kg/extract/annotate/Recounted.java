package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings;
import eu.digitalpartnership.kg.extract.Findings.MemorandumFact;
import eu.digitalpartnership.kg.model.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's instruments reconciled as a whole: one named again with no fate of its own (a link "Memorandum of
 * understanding between Canada and the European Union on …" under "Associated links") is the dated one of its kind and
 * topic; and those still without a fate make up a count of instruments signed ("signed two memoranda of understanding").
 */
final class Recounted {
    /** A counted mention: the instrument fact it gave and how many instruments it says. */
    record Count(MemorandumFact counted, int n) {}

    static final String NAMED_AGAIN = "memorandum.named-again", COUNTED_SIGNED = "memorandum.counted-signed";

    private Recounted() {}

    /** The instruments, each named again joined to its dated namesake, then the count of those signed made up. */
    static List<MemorandumFact> apply(List<MemorandumFact> found, List<Count> counts) {
        List<MemorandumFact> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            MemorandumFact again = out.get(i);
            if (!unstated(again)) continue;
            int into = namesake(out, again);
            if (into < 0) continue;
            out.set(into, joined(out.get(into), again));
            out.remove(i--);
        }
        for (Count c : counts) {
            MemorandumFact counted = c.counted();
            if (!Findings.SIGNED.equals(counted.status()) || counted.date() == null) continue;
            long signed = out.stream().filter(m -> m.type().equals(counted.type()) && Findings.SIGNED.equals(m.status())).count();
            for (int i = 0; i < out.size() && signed < c.n(); i++) {
                MemorandumFact m = out.get(i);
                if (!unstated(m) || !m.type().equals(counted.type())) continue;
                out.set(i, new MemorandumFact(m.type(), m.title(), m.topicPhrase(), m.topics(), Findings.SIGNED, counted.date(),
                        m.ev().rule(COUNTED_SIGNED).and(counted.ev().span()), counted.dateEv() == null ? null : counted.dateEv().and(m.ev().span()),
                        m.parties(), m.topicStated()));
                signed++;
            }
        }
        return out;
    }

    /** True for an instrument named without a date or a fate: referenced only because nothing else is said of it. */
    private static boolean unstated(MemorandumFact m) {
        return Findings.REFERENCED.equals(m.status()) && m.date() == null && m.topicStated();
    }

    /** The dated instrument of the same kind and topic, or -1. */
    private static int namesake(List<MemorandumFact> all, MemorandumFact again) {
        for (int j = 0; j < all.size(); j++) {
            MemorandumFact m = all.get(j);
            if (m == again || m.date() == null || !m.type().equals(again.type()) || m.topicPhrase() == null) continue;
            boolean sameTopic = SameInstrument.sharedWords(Words.singular(m.topicPhrase()), Words.singular(again.topicPhrase())) >= 0.5
                    || !m.topics().isEmpty() && again.topics().containsAll(m.topics());
            if (sameTopic) return j;
        }
        return -1;
    }

    /** The dated fact, with the fuller title and the parties the instrument's own title names when it was bare. */
    private static MemorandumFact joined(MemorandumFact dated, MemorandumFact again) {
        boolean bare = Character.isLowerCase(dated.title().charAt(0)) && !Character.isLowerCase(again.title().charAt(0));
        return new MemorandumFact(dated.type(), bare ? again.title() : dated.title(), bare ? again.topicPhrase() : dated.topicPhrase(),
                bare ? again.topics() : dated.topics(), dated.status(), dated.date(), dated.ev().and(again.ev().span()).rule(NAMED_AGAIN),
                dated.dateEv(), bare && again.parties().size() == 2 ? again.parties() : dated.parties(), dated.topicStated() || again.topicStated());
    }
}
