package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instruments a count names in its own sentence, each by "on" and its topic, with a date its own brackets or a
 * clause after its group gives it: "three memoranda: on cables and on chips, both signed in July 2023, and on digital
 * identity (April 2024)", "two MoUs, one on AI and one on credentials".
 * <pre>{@code List<InlineList.Item> items = InlineList.after(view, mention.end(), sentence.end());}</pre>
 */
final class InlineList {
    /** One named instrument: its topic, the words after it up to the next item, and the date told of it (null when none of its own). */
    record Item(Span topic, Span tail, DateMention date) {}

    private static final Pattern LEAD = Pattern.compile("[^.;]{0,160}?(?:\\b(?:one|the\\s+first)\\s+|[,:]\\s*)on\\s+");
    private static final String ORDINAL = "(?:one|another|the\\s+(?:second|third|fourth|fifth|other|last))\\s+";
    /** Where the next item begins: ", on", "and on", ", and one on", "; the other on" (not "on the margins of"). */
    private static final String NEXT = "(?:\\s*[,;]\\s*(?:and\\s+)?(?:" + ORDINAL + ")?|\\s+and\\s+(?:" + ORDINAL + ")?)on\\s+"
            + "(?!(?:the\\s+)?(?:margins|sidelines|occasion|behalf|same|day|following|next|previous)\\b)";
    /** "one on AI, covering standards and skills, and one on …": what an item covers is no part of its topic. */
    private static final String COVERS = ",\\s+(?:covering|including|aimed|focusing|focused|dealing)\\b";
    /** ", both signed in July 2023": the fate and date of the items told since the last such clause. */
    private static final String GROUP_CLAUSE = ",\\s+(?:both\\s+|all\\s+(?:three\\s+|four\\s+|five\\s+)?|each\\s+|the\\s+latter\\s+)?(?:signed|concluded|dated)\\b";
    private static final String ENDS = "\\s*[.;]|$";
    /** A topic ends where the next item, a date in brackets, a clause or the sentence begins, or where an instrument's topic ends. */
    private static final Pattern TOPIC = Pattern.compile("([^.;]{2,120}?)(?:(?=\\s*\\([^()]{1,40}\\)|" + COVERS + "|" + GROUP_CLAUSE + "|" + NEXT + "|" + ENDS
            // the last topic may be a list closing the sentence: "the other on digital credentials, wallets and trust services."
            + "|,\\s(?![^,.;]{1,60}\\sand\\s[^,.;]{1,60}[.;]))|" + MemorandumAnnotator.STOP + ")");
    /** What an item says after its topic ("between MIC and the Commission on 3 July"), up to the next item or a dash. */
    private static final Pattern TAIL = Pattern.compile("[^.;]{0,300}?(?=" + GROUP_CLAUSE + "|" + NEXT + "|" + ENDS + "|\\s+[–—]\\s|\\s*\\))");
    /** A date after these words is no signing's: "by 2027", "since 2023". */
    private static final Pattern NOT_SIGNING = Pattern.compile("(?i)\\b(?:by|until|till|before|from|since|of|than)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?$");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]{1,40})\\)");
    private static final Pattern CLAUSE = Pattern.compile(GROUP_CLAUSE + "[^.;]{0,120}?(?=" + NEXT + "|" + ENDS + "|,\\s)");
    private static final Pattern NEXT_ITEM = Pattern.compile(NEXT);

    /** How many instruments one count's list may name (a bound that keeps a run-on list linear). */
    private static final int MAX_ITEMS = 12;

    private InlineList() {}

    /** The items listed between a count's mention and its sentence's end; empty unless there are two or more. */
    static List<Item> after(View a, int from, int to) {
        Matcher lead = LEAD.matcher(a.text).region(from, to);
        return lead.lookingAt() ? items(a, lead.end(), to) : List.of();
    }

    /** The items right after a plural instrument that repeats its "on" ("memoranda on cables and on chips"); empty unless two or more. */
    static List<Item> afterPlural(View a, int from, int to) {
        Matcher lead = PLURAL_LEAD.matcher(a.text).region(from, to);
        return lead.lookingAt() ? items(a, lead.end(), to) : List.of();
    }

    private static final Pattern PLURAL_LEAD = Pattern.compile("\\s+on\\s+(?=[^.;]{2,120}?\\s+and\\s+on\\s+)");

    private static List<Item> items(View a, int start, int to) {
        List<Item> items = new ArrayList<>();
        int undatedGroup = 0;
        for (int at = start; items.size() < MAX_ITEMS; ) {
            Matcher topic = TOPIC.matcher(a.text).region(at, to);
            if (!topic.lookingAt()) break;
            at = topic.end();
            DateMention own = null;
            Matcher brackets = BRACKETS.matcher(a.text).region(at, to);
            if (brackets.lookingAt()) {
                own = dateIn(a, new Span(brackets.start(1), brackets.end(1)));
                at = brackets.end();
            }
            Matcher tail = TAIL.matcher(a.text).region(at, to);
            Span rest = tail.lookingAt() ? new Span(at, tail.end()) : new Span(at, at);
            if (own == null) own = a.in(Layers.DATES, rest).stream()
                    .filter(d -> !NOT_SIGNING.matcher(a.text).region(rest.start(), d.span().start()).find()).findFirst().orElse(null);
            at = rest.end();
            items.add(new Item(new Span(topic.start(1), topic.end(1)), rest, own));
            if (own != null) undatedGroup = items.size();
            Matcher clause = CLAUSE.matcher(a.text).region(at, to);
            if (clause.lookingAt()) {
                DateMention told = dateIn(a, new Span(clause.start(), clause.end()));
                for (int i = undatedGroup; i < items.size() && told != null; i++) items.set(i, new Item(items.get(i).topic(), items.get(i).tail(), told));
                undatedGroup = items.size();
                at = clause.end();
            }
            Matcher next = NEXT_ITEM.matcher(a.text).region(at, to);
            if (!next.lookingAt()) break;
            at = next.end();
        }
        return items.size() >= 2 ? items : List.of();
    }

    private static DateMention dateIn(View a, Span span) {
        return a.in(Layers.DATES, span).stream().findFirst().orElse(null);
    }
}
