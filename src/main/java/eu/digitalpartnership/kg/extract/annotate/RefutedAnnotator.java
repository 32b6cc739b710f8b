package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences that tell a claim the next sentence refutes, as corrections and fact-checks do ("A report on Saturday said
 * the meeting was held on Thursday, June 29. In fact, the Council was held on Friday, June 30.", a quoted headline
 * followed by "[Error: this was the second meeting.]"): their facts are none of the text's own.
 */
final class RefutedAnnotator implements Annotator {
    /** A report, post or claim said something. */
    private static final Pattern CLAIM = Pattern.compile("(?i)\\b(?:report|article|story|post|caption|headline|claim|tweet|video|item|piece|version|edition"
            + "|lead|section|infobox|entry)s?\\b"
            + "[^.]{0,160}?\\b(?:said|says|claimed|claims|stated|states|reported|wrote|suggested|asserted|described|placed|dated|called)\\b"
            // a wiki edit: "I have changed the date of the second council in the infobox to 26 April 2024."
            + "|\\bI\\s+(?:have\\s+|'ve\\s+)?(?:changed|updated|corrected|set)\\s+the\\s+(?:date|place|venue|year|number|ordinal)\\b");
    /** A sentence quoted as struck from a text ("I removed the sentence "The third council was held in Seoul …""): its facts are none. */
    private static final Pattern REMOVED = Pattern.compile("(?i)\\b(?:removed|deleted|struck|took\\s+out)\\s+the\\s+(?:sentence|claim|line|statement|phrase|paragraph)\\s*[\"“]"
            + "|[\"“][^\"“”\\n]{3,80}[\"”]\\s+(?:removed|deleted)\\b");
    /** How long a line between a claim and its correction may be (a reply's signature, "Source?"). */
    private static final int BETWEEN = 100;
    /** A quoted headline on a line of its own, as digests and corrections cite it. */
    private static final Pattern HEADLINE = Pattern.compile("\\s*[\"“][^\"“”\\n]{5,200}[\"”]\\s*");
    /** The next sentence opens by setting it right. */
    private static final Pattern CORRECTION = Pattern.compile("(?i)\\P{L}{0,4}(?:in\\s+fact|actually|in\\s+reality|(?:but|however),?\\s+in\\s+fact"
            + "|(?:error|wrong|incorrect|inaccurate|correction)\\s*[:\\]]"
            + "|(?:this|that|it)\\s+(?:is|was)\\s+(?:incorrect|wrong|false|untrue|not\\s+(?:true|correct|so))"
            + "|no\\s+(?:\\p{L}+\\s+){1,3}(?:was|were|has\\s+been|had\\s+been)\\b|none\\s+(?:was|were)\\b"
            + "|(?:it|they|this|that)\\s+(?:did|does|was|were|is|are)\\s+not\\s*[.!]"
            + "|(?:i'?m\\s+(?:fairly\\s+|pretty\\s+|quite\\s+)?sure\\s+)?(?:that|this|it)(?:'s|\\s+is)\\s+(?:not\\s+right|not\\s+correct|wrong|incorrect)"
            + "|i\\s+(?:can't|cannot|could\\s+not|couldn't)\\s+find\\s+(?:one|any|it|a\\s+source))");
    /** After a claim quoted in its own words, the next sentence telling the event again: "It was held on June 30 last year." */
    private static final Pattern RETOLD = Pattern.compile("(?i)\\P{L}{0,4}(?:it|they)\\s+(?:was|were)\\s+(?:held|signed|concluded|launched|adopted)\\b");
    private static final Pattern QUOTE = Pattern.compile("[\"“”]");

    /** How many short lines (a reply's signature, "Source?") may stand between a claim and its correction. */
    private static final int SHORT_LINES = 2;

    /** True if the sentence at from, or one after at most two short ones, opens by setting the claim right. */
    private static boolean corrected(String text, List<Sentence> sentences, int from) {
        for (int k = from; k < sentences.size() && k <= from + SHORT_LINES; k++) {
            Sentence x = sentences.get(k);
            if (CORRECTION.matcher(text).region(x.span().start(), x.span().end()).lookingAt()) return true;
            if (x.span().length() > BETWEEN) return false;
        }
        return false;
    }

    @Override public Set<Layer<?>> reads() { return Set.of(Layers.SENTENCES); }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.REFUTED); }

    @Override public void annotate(Document doc, Output out) {
        String text = doc.text();
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        List<Sentence> refuted = new ArrayList<>();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence s = sentences.get(i), next = sentences.get(i + 1);
            boolean claim = CLAIM.matcher(text).region(s.span().start(), s.span().end()).find();
            if (REMOVED.matcher(text).region(s.span().start(), s.span().end()).find()) {
                refuted.add(s);
                continue;
            }
            if ((claim || HEADLINE.matcher(text).region(s.span().start(), s.span().end()).matches()) && corrected(text, sentences, i + 1)
                    || claim && QUOTE.matcher(text).region(s.span().start(), s.span().end()).find()
                    && RETOLD.matcher(text).region(next.span().start(), next.span().end()).lookingAt()) refuted.add(s);
        }
        out.put(Layers.REFUTED, refuted);
    }
}
