package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings;
import eu.digitalpartnership.kg.extract.Findings.CouncilFact;
import eu.digitalpartnership.kg.extract.Findings.CouncilStatus;
import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.MeetingFact;
import eu.digitalpartnership.kg.extract.Findings.MemorandumFact;
import eu.digitalpartnership.kg.extract.Findings.Party;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.InstrumentEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.TopicEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.DateFinder;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Folding;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.PartialDate;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memoranda and arrangements: type from the lexicon, topic from "on X" or "to VERB on X" or the sentence's topic,
 * status from the verbs around it (signed at the meeting, signed earlier, in preparation, intended), date and parties.
 */
final class MemorandumAnnotator implements Annotator {
    private static final String SIGNED = Findings.SIGNED, REFERENCED = Findings.REFERENCED, IN_PREPARATION = Findings.IN_PREPARATION,
            INTENDED = Findings.INTENDED;

    static final String STOP = "(?=\\s+(?:signed|concluded|Signed|Concluded|which|that|was|were|is|are|has|have|will|would|remains|remain|continues|continue|between|by the|at the|during|and to|dates from|dates back"
            + "|sets out|covers|provides for|establishes|means|aims to|foresees|lays down|lays out|focuses on|builds on|commits"
            + "|reaffirms|confirms|supports|promotes|enables|allows|seeks|recogni[sz]es|underlines|reflects|strengthens|complements|encourages|facilitates|outlines|defines|creates|paves)\\b|,\\s+(?:aims|seeks|is meant|is designed|meant|designed|intended)\\b|\\s+on\\s+the\\s+(?:margins|sidelines)\\s+of\\b|\\s+by\\s+(?:(?:early|mid|late|the end of)[\\s-]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?|(?:19|20)\\d{2})\\b|\\s*[.;(:]|\\s+(?:on|this|last|next)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\\b|\\s+(?:today|yesterday|tomorrow|tonight|this\\s+(?:morning|afternoon|evening))\\b"
            + "|,\\s+(?:signed|which|who|concluded|and the|was|were|including|as well as|covering|officials|said|while|since|because|although|though|so that|whereby|aimed|aiming|in order|and (?:will|would|to|also|shall|on)|under|through|with|by|for|to|at|from|where|when|after|before"
            + "|started|launched|agreed|began|opened|adopted|welcomed|decided|announced)\\b"
            + "|\\s*[|–—\"”]|['’](?=\\s*[,.;)])|,\\s+(?:an?|the|one|two|several)\\s+(?:\\p{Ll}+\\s+)?(?:officials?|spokesperson|sources?|diplomats?)\\b|,\\s+and\\s+(?:provides|covers|sets|establishes|includes|aims|foresees|creates|allows|enables|supports|launches)\\b|\\s+and\\s+(?:could|may|might|should|can)\\b|\\s+on\\s+behalf\\s+of\\b|\\s+and\\s+(?:launched|agreed|signed|welcomed|discussed|exchanged|reviewed|adopted|decided|announced|committed|reaffirmed|noted|endorsed|held|set)\\b"
            + "|\\s+and\\s+(?:an?\\s+|the\\s+)?(?:[Ll]etter|[Mm]emorand|MoU|MOU|MoC|[Aa]dministrative|[Aa]rrangement|[Aa]greement|Joint)"
            + "|,\\s+[^,;()|.]{2,80}?\\s[–—]\\s|,\\s+(?:both|each|all|either|an?)\\b|\\s+on\\s+the\\s+(?:same\\s+)?day\\b|\\s+(?:on\\s+)?the\\s+(?:following|next|previous)\\s+day\\b|\\s+on\\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?\\s+\\d|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|\\s+and\\s+the\\s+one\\s+on\\b|,?\\s+and\\s+(?:an?\\s+|the\\s+)?(?:second|third|another|other|new)\\s+(?:one\\b|[Ll]etter|[Mm]emorand|MoU|MOU|MoC|[Aa]dministrative|[Aa]rrangement|[Aa]greement)|,\\s+and\\s+(?:also\\s+)?(?!\\p{Ll}*(?:need|seed|feed|speed|bed|red)\\b)\\p{Ll}{3,}ed\\b|\\s+with\\s+(?:the\\s+)?(?=\\p{Lu})"
            + "|\\s+at\\s+(?:its|their|(?:the\\s+)?(?:first|second|third|fourth|fifth|inaugural))\\s+(?:\\S+\\s+){0,3}?(?:Council|council|meeting|DPC)\\b"
            + "|\\s+at\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:Council|DPC)\\b"
            + "|,\\s+(?:opening|allowing|enabling|establishing|setting|creating|providing|paving|linking|committing|giving|launching|making|laying)\\b"
            + "|\\s+of\\s+(?:(?:early|mid|late)[\\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4}|\\d{4})\\b"
            + "|\\s+at\\s+(?:the\\s+)?\\d+(?:st|nd|rd|th)\\b"
            // "…, Singapore | Permanent Secretary …": the place of signing closing a table cell
            + "|,[ \\t]+\\p{Lu}\\p{L}+(?:[ \\t]+\\p{Lu}\\p{L}+)?[ \\t]*\\|"
            // "on data spaces in Tokyo.": a place after the topic is where it was signed
            + "|\\s+in\\s+\\p{Lu}\\p{Ll}+(?=\\s*[,.;:]|\\s+(?:on|last|this|in|at|during|yesterday|today)\\b|$)|$)";
    private static final String ACRONYM = "(?:\\s*\\([^)]{1,12}\\))?";
    /** A party of "between A and B" before a topic, within one clause (", and to report to Parliament on …" is another). */
    private static final String PAIR_PART = "(?:(?!,\\s+(?:and|who|which)\\b)[^.;])+?";
    private static final Pattern ON_TOPIC = Pattern.compile("^" + ACRONYM + "(?:\\s+between\\s+" + PAIR_PART + "\\s+and\\s+" + PAIR_PART + "(?=\\s+on\\s))?"
            + "\\s+(?:on|regarding|concerning|in the (?:field|area)s? of)\\s+(.+?)" + STOP);
    /** "a second Memorandum of Cooperation, on semiconductors, followed …": a topic set off by commas. */
    private static final Pattern COMMA_TOPIC = Pattern.compile("^" + ACRONYM + ",\\s+(?:on|regarding|concerning|in the (?:field|area)s? of)\\s+([^,;.()]{2,80}?)(?:,|(?=;|\\.(?:\\s|$)))");
    /** "signed a second memorandum with Commissioner Breton, on semiconductors.", "… with the European Photonics Institute on shared test time": the topic after its co-signatory. */
    private static final Pattern WITH_THEN_TOPIC = Pattern.compile("^" + ACRONYM + "\\s+with\\s+[^,;.()]{2,60}?,?\\s+(?:on|regarding|concerning)\\s+(?!the\\s+(?:margins|sidelines|occasion)\\b)([^,;.()]{2,80}?)(?=\\s*[,.;]|$)");
    private static final Pattern PURPOSE = Pattern.compile("^" + ACRONYM + "\\s+(?:(?:to|in order to|aimed at|aiming to)\\s+(?!(?:the|a|an|his|her|their|its|our|my|your|that|this|these|those)\\b)(?:[a-z]+)|for\\s+[a-z]+ing)(?:\\s+(?:on|in|with))?\\s+(.+?)" + STOP);
    /** A signing; "sign" the noun ("the first sign that", "signs of") is none. */
    static final Pattern SIGN = Pattern.compile("\\b(sign(?:ed|ing|ature)|(?<!\\b(?:a|the|first|clear|positive|strong|good|another|no|any|early|welcome)\\s)sign\\b(?!\\s+(?:that|of)\\b)|(?:put|set|affixed)\\s+(?:their|its|his|her)\\s+signatures?|conclu(?:ded|sion)|exchanged|inked)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPARE = Pattern.compile("\\b(prepar(?:e|es|ed|ing|ation)|negotiat\\w*|draft\\w*|finali[sz]\\w*|(?:started|starting|began|begun)\\s+work(?:ing)?\\s+on)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEND = Pattern.compile("\\b(intend\\w*|intention|plan(?:s|ned|ning)? to|will sign|would sign|(?<!(?:pleased|proud|happy|glad|delighted|honou?red)\\s)to sign|to\\s+be\\s+(?:signed|concluded)|aim to (?:sign|conclude)|envisag\\w*|expect(?:s|ed)? to sign|(?:is|are)\\s+expected(?!\\s+to\\s+(?:cover|include|focus|address|set|provide|establish|benefit))|pursue|work(?:ing)? towards?|discussions?\\s+towards?|agreed to (?:conclude|develop|establish)|explore)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_COUNCIL = Pattern.compile(
            "\\b(?:(?:[Ss]igned|concluded)\\s+(?:(?:with|by|between|in)\\s+[^;.]{3,120}?\\s+)?(?:at|during|on the (?:margins|sidelines|occasion|day) of)|dates?\\s+(?:back\\s+)?from)"
            + "\\s+(?:the|our|their)\\s+(\\S+)\\s+(?:\\S+\\s+){0,4}?(?:Council|council|meeting|DPC)\\b");
    private static final Pattern AT_COUNCIL_LEAD = Pattern.compile("\\P{L}{0,4}(?:At|During|On\\s+the\\s+(?:day|occasion|margins|sidelines)\\s+of)\\s+(?:the|our|their)\\s+(\\S+)\\s+(?:\\S+\\s+){0,4}?(?:Council|council|meeting|DPC)"
            + "(?:\\s+in\\s+\\p{Lu}[\\p{L}-]+)?\\s*,");
    /** A past verb of signing or launching right before the instrument: "launched an", "signed the two". */
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(?:launched|signed|concluded|inked)\\s+(?:(?:an?|the|two|three|their|its)\\s+)?(?:new\\s+)?$");
    /** Not at an auxiliary or a negation ("… on digital identity was signed" is a clause of its own; "(NOT signed …)" is no signing). */
    private static final String NO_VERB = "(?:(?!\\b(?:was|were|is|are|has|have|had|will|would|not|NOT|never|no)\\b)";
    /** The instrument's own past participle right after it, its topic or its co-signatory: "… memorandum with METI signed the day after", "…, signed on December 8". */
    private static final Pattern OWN_PARTICIPLE = Pattern.compile("(?:\\s+on\\s+" + NO_VERB + "[^;.,]){1,80}?)?(?:\\s+(?:with|between)\\s+" + NO_VERB + "[^;.(]){1,80}?)?,?\\s+(?:signed|concluded)\\b"
            + "(?!\\s+(?:by\\s+)?[^;.,]{0,60}?\\b(?:will|would|shall|is|are)\\b)");

    /** A council by its ordinal as the subject of an instrument's coming: "The second (Brussels, 30 April 2024) added a …", "The second, in Brussels on April 30, 2024, produced a …". */
    private static final Pattern OUTCOME_LEAD = Pattern.compile("\\P{L}{0,4}The\\s+([^\\s,]+)(?:\\s+(?:Council|meeting|DPC))?\\s*(?:\\([^()]{3,60}\\)\\s*|,\\s+(?:held\\s+)?(?:in|at|on)\\s+[^,;.()]{3,60}(?:,\\s+\\d{4})?,\\s*)?,?\\s+"
            + "(?:added|produced|brought|delivered|yielded|saw)\\s+(?:the\\s+signing\\s+of\\s+)?(?:(?:an?|the|two|three)\\s+(?:new\\s+)?)?$");
    private static final Pattern CLAUSE_END = Pattern.compile("[;.]|,\\s+(?:(?:under|in|by|through|with)\\s+)?(?:which|who|whose|in order|to)\\b");

    private static final Pattern BETWEEN = Pattern.compile("\\b(?:between|by)\\s+");
    /** Two signatories in brackets after the title: "(Commission – National Research Council of Canada)". */
    private static final Pattern PAREN_PAIR = Pattern.compile("\\(([^()|]{2,160}?\\s[–—-]\\s[^()|]{2,160}?)\\)");
    /** Two signatories after a comma, as lists of deliverables write them: "…, CAISI – European AI Office (target: …)." */
    private static final Pattern COMMA_PAIR = Pattern.compile(",\\s+([^,;()|.]{2,80}?\\s[–—]\\s[^,;()|.]{2,80}?)(?=\\s*[,.;(]|\\s*$)");

    private final Lexicons lex;

    MemorandumAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.INSTRUMENT_HITS, Layers.SENTENCES, Layers.DATES, Layers.TOPIC_HITS, Layers.COUNCILS,
                Layers.PARTIES, Layers.BODY_HITS, Layers.PARTNER_HITS, Layers.ORGANISATION_MENTIONS, Layers.ORGANISATIONS, Layers.REFUTED, Layers.FURNITURE,
                Layers.MEETINGS);
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.MEMORANDA); }

    @Override public void annotate(Document doc, Output out) {
        View a = new View(doc);
        List<CouncilFact> councils = doc.get(Layers.COUNCILS);
        CouncilFact current = councils.stream().filter(c -> c.status() == CouncilStatus.CURRENT).findFirst().orElse(null);
        Parties parties = doc.single(Layers.PARTIES);
        List<MemorandumFact> found = new ArrayList<>();
        Span previous = null;
        Set<String> defined = new java.util.HashSet<>();
        Map<Span, Match<InstrumentEntry>> acronymUses = acronymUses(a.text, doc.get(Layers.INSTRUMENT_HITS));
        Map<Span, Integer> factOf = new java.util.HashMap<>();
        int references = referencesStart(a.text);
        List<Recounted.Count> counts = new ArrayList<>();
        for (Match<InstrumentEntry> m : withAcronymUses(doc.get(Layers.INSTRUMENT_HITS), acronymUses)) {
            // a bibliography cites titles ("MIC (2023) 'Signing of the Memorandum …', 3 July."); it reports no instrument
            if (m.span().start() >= references) break;
            boolean acronymOfPrevious = previous != null && a.text.substring(previous.end(), m.span().start()).matches("\\s*\\(");
            boolean typeColumn = previous != null && typeCell(a.text, previous, m.span());
            if (!acronymUses.containsKey(m.span())) previous = m.span();
            if (acronymOfPrevious) {
                defined.add(m.span().of(a.text));
                continue;
            }
            if (a.notOwn(m.span().start())) continue;
            Sentence s = a.sentence(m.span().start());
            MemorandumFact fact = memorandum(a, councils, current, parties, m, s, defined);
            if (acronymUses.containsKey(m.span())) {
                // "The AA was signed in Singapore on 20 November 2024": the instrument the text named "AA", if it is one of ours
                Integer definer = factOf.get(acronymUses.get(m.span()).span());
                if (definer != null && fact != null && WAS_SIGNED.matcher(a.text).region(m.span().end(), a.text.length()).lookingAt())
                    found.set(definer, dated(found.get(definer), fact));
                continue;
            }
            if (fact != null && SIGNED.equals(fact.status()) && plural(a, m) && takenUpTogether(a, m, found)
                    && PAST_SIGNED.matcher(statusText(a, m.span())).find()) {
                for (int i = Math.max(0, found.size() - SameInstrument.WINDOW); i < found.size(); i++) found.set(i, signedLater(found.get(i), fact));
                continue;
            }
            if (fact != null && !typeColumn && plural(a, m) && !counted(a, m) && !negated(a, m, s)) {
                // "saw memoranda on cables and on chips"; "The memorandums were signed …" then "The first …", "The second …"
                List<MemorandumFact> told = inline(a, fact, m, defined, InlineList.afterPlural(a, m.span().end(), s.span().end()));
                if (told.isEmpty() && DEFINITE_PLURAL.matcher(a.text.substring(Math.max(0, m.span().start() - 30), m.span().start())).find()) {
                    told = ordinals(a, parties, current, fact, m, s);
                    if (told.size() < 2) told = List.of();
                }
                found.addAll(told);
                continue;
            }
            if (fact == null || typeColumn || negated(a, m, s) || plural(a, m) && !counted(a, m) || namePart(a, m)) continue;
            // "the credentials memorandum to generate questions …": a purpose after it is no topic that makes it new
            java.util.function.Predicate<MemorandumFact> wordsBefore = takenUp(a, m);
            java.util.function.Predicate<MemorandumFact> takesUp = wordsBefore == null || fact.topicStated() && !purposeOnly(a, m, s) ? null : wordsBefore;
            int named = takesUp == null ? -1 : theOne(found, takesUp);
            // "the semiconductor arrangement" when two earlier instruments may be meant: neither is told apart, none is new
            if (named < 0 && takesUp != null && premodifierTopic(a, m.span()) != null && found.stream().anyMatch(takesUp)) continue;
            int renewed = renewed(a, m, fact, found);
            int at = -1;
            if (counted(a, m)) {
                Integer n = countBefore(a, m);
                if (n != null) counts.add(new Recounted.Count(fact, n));
                found.addAll(inline(a, fact, m, s, defined));
                found.addAll(ordinals(a, parties, current, fact, m, s));
                found.addAll(listItems(a, parties, current, fact, m, defined));
            }
            else if (named >= 0) found.set(at = named, enriched(found.get(named), fact));
            else if (renewed >= 0) found.set(at = renewed, enriched(found.get(renewed), fact));
            else if (anaphor(a, m) && !fact.topicStated() && !found.isEmpty()) found.set(at = found.size() - 1, enriched(found.get(found.size() - 1), fact));
            else if (!bare(a, m) || fact.topicStated() && !refersBack(fact, found)) {
                at = found.size();
                found.add(fact);
                MemorandumFact second = secondOne(a, fact, m, s);
                if (second != null) found.add(second);
            } else if (fact.topicStated()) {
                // "the memorandum on digital identity and trust services", signed at the previous council: what it adds to the one named before
                int back = referredBack(fact, found);
                if (back >= 0) found.set(at = back, enriched(found.get(back), fact));
            }
            if (at >= 0) factOf.put(m.span(), at);
        }
        out.put(Layers.MEMORANDA, Recounted.apply(SameInstrument.merge(a, found).stream().filter(f -> !untitled(f)).toList(), counts));
    }

    private static final Pattern WAS_SIGNED = Pattern.compile("\\s+(?:was|were|had\\s+been|has\\s+been)\\s+(?:signed|concluded)\\b");
    private static final Pattern INSTRUMENT_ACRONYM = Pattern.compile("^\\s*\\((\\p{Lu}{2,5})\\)");

    /**
     * The later uses of acronyms the text gives instruments that are not instrument words themselves
     * ("the Administrative Arrangement (AA) on …" then "The AA was signed …"), each with the hit of the instrument it names.
     */
    private static Map<Span, Match<InstrumentEntry>> acronymUses(String text, List<Match<InstrumentEntry>> hits) {
        Map<Span, Match<InstrumentEntry>> uses = new java.util.LinkedHashMap<>();
        for (Match<InstrumentEntry> h : hits) {
            Matcher d = INSTRUMENT_ACRONYM.matcher(text).region(h.span().end(), text.length());
            if (!d.lookingAt()) continue;
            Matcher use = Pattern.compile("\\b" + d.group(1) + "\\b").matcher(text).region(d.end(), text.length());
            while (use.find()) {
                Span at = new Span(use.start(), use.end());
                if (hits.stream().noneMatch(o -> o.span().overlaps(at))) uses.putIfAbsent(at, h);
            }
        }
        return uses;
    }

    /** The instrument hits with the uses of defined acronyms added as hits of the instruments they name, in text order. */
    private static List<Match<InstrumentEntry>> withAcronymUses(List<Match<InstrumentEntry>> hits, Map<Span, Match<InstrumentEntry>> uses) {
        if (uses.isEmpty()) return hits;
        List<Match<InstrumentEntry>> out = new ArrayList<>(hits);
        uses.forEach((use, d) -> {
            int at = 0;
            while (at < out.size() && out.get(at).span().start() < use.start()) at++;
            out.add(at, new Match<>(use, d.label(), d.entries()));
        });
        return out;
    }

    static final String COUNTED = "memorandum.counted";
    /** "We have no plans to conclude a separate memorandum", "No memorandum was signed": an instrument said not to exist; a question asks of none. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:no\\s+plans?|not\\s+plan\\w*|no\\s+intention|not\\s+intend\\w*"
            + "|will\\s+not|won't|do(?:es)?\\s+not|did\\s+not|never|no)\\b[^.;:]{0,60}$");

    /** True for an instrument the sentence says was not or will not be made. */
    private static boolean negated(View a, Match<InstrumentEntry> m, Sentence s) {
        String before = a.text.substring(Math.max(s.span().start(), m.span().start() - 70), m.span().start());
        return NEGATION.matcher(before).find() || s.span().of(a.text).strip().endsWith("?") && !presupposed(a, m.span(), s.span())
                || WHETHER.matcher(before).find() || shouted(a, m.span());
    }

    /** "what has the Memorandum of Cooperation on chips, signed in Tokyo in July 2023, changed?": a question that takes the signing as told. */
    private static final Pattern SIGNED_APPOSITION = Pattern.compile("^" + ACRONYM + "(?:\\s+(?:on|between)\\s+[^,;?]{2,120}?)?,\\s+(?:signed|concluded)\\b");

    private static boolean presupposed(View a, Span mention, Span sentence) {
        return DEFINITE.matcher(a.text.substring(Math.max(sentence.start(), mention.start() - 5), mention.start())).find()
                && SIGNED_APPOSITION.matcher(a.text).region(mention.end(), sentence.end()).lookingAt();
    }

    /** True inside a line written in capitals alone ("THE MOU THAT ISN'T"): a headline that echoes the text, naming no instrument of its own. */
    private static boolean shouted(View a, Span mention) {
        int start = a.lines().start(mention.start()), end = a.lines().end(mention.start());
        return SHOUTED.matcher(a.doc.written()).region(start, end).matches();
    }

    private static final Pattern SHOUTED = Pattern.compile("[^\\p{Ll}\\n]*\\p{Lu}{2,}\\s+\\p{Lu}{2,}\\s+[^\\p{Ll}\\n]*");

    /** "(c) whether any Memorandum of Understanding has been signed": a question, no instrument. */
    private static final Pattern WHETHER = Pattern.compile("(?i)\\b(?:whether|if)\\s+(?:any|a|an)\\s+(?:new\\s+)?$");
    private static final Pattern AT_THE_COUNCIL = Pattern.compile("\\bsigned\\s+(?:at|during|on the (?:margins|sidelines) of)\\s+the\\s+(?:[Cc]ouncil|meeting)\\b");
    private static final Pattern SAME_DAY_WORDS = Pattern.compile("(?i)\\b(?:same|that) day\\b");
    private static final Pattern COUNCIL_WORD = Pattern.compile("\\bCouncil\\b");
    /** A count before a plural instrument: "two new", "a pair of non-binding", "12". */
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}|a\\s+pair\\s+of|a\\s+couple\\s+of)\\s+"
            + "(?:(?:new|non-binding|nonbinding|separate|further|additional|bilateral|more)\\s+){0,2}$");
    /** How far before a plural instrument its count may begin. */
    private static final int COUNT_REACH = 40;
    private static final Pattern ORDINAL = Pattern.compile("^\\P{Lu}{0,4}(?:The|the)\\s+(?:first|second|third|fourth|fifth|sixth|other|last)\\b"
            + "(?:\\s+(?:one|memorandum|instrument|arrangement|MoU|MOU|MoC|text))?,?\\s*");
    private static final Pattern BETWEEN_PAIR = Pattern.compile("^(?:(?:is|was)\\s+)?between\\s+(.+?)\\s+and\\s+(.+?)(?=,|:|\\s+on\\s|\\s+(?:sets|covers|provides|will|is|aims|establishes)\\b)");
    /** "signed in March 2024", "concluded on 2 June": a short date between a signing verb and the pair. */
    /** A month's or a weekday's name opening a date ("on 3 July", "on July 3", "on Monday"). */
    private static final String MONTH_OR_DAY = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{L}*\\b";
    private static final String SHORT_DATE = "(?:\\d{1,2}\\s+)?\\p{Lu}\\p{Ll}+\\.?(?:\\s+\\d{1,2},?)?(?:\\s+\\d{4})?";
    private static final Pattern PAIR_TITLE = Pattern.compile("^" + ACRONYM + "\\s+(?:(?:(?:was|were|has\\s+been|had\\s+been)\\s+)?(?:signed|concluded)(?:\\s+(?:in|on)\\s+" + SHORT_DATE + ")?\\s+)?(between\\s+[^.;:,()]+?\\s+and\\s+[^.;:,()]+?)(?=\\s*[,.;:(]|\\s+(?:signed|concluded|was|were|which|that|to|is|are|will|has|have|in|at|during)\\b|\\s+on\\s+(?:\\d|the\\s+\\d|" + MONTH_OR_DAY + ")|$)");
    /**
     * "between their HPC resource operators (of both sides)": a plural group standing for both sides' bodies, named by it
     * when the instrument has no topic of its own.
     */
    private static final Pattern PAIR_GROUP = Pattern.compile("^" + ACRONYM + "\\s+between\\s+((?:(?:the|their|our)\\s+)?(?!(?:the\\s+)?(?:two|both)\\b)[^.;:,()\\s](?:[^.;:,()]|\\([\\p{Lu}\\d-]{2,8}\\)){2,80}?s)"
            + "(?:\\s+(?:of|on|from)\\s+(?:both|the\\s+two|each)\\s+sides?)?(?=\\s*[,.;:(]|\\s+(?:signed|concluded|was|were|which|that|to|is|are|will|has|have|at|during|so|allowing|enabling|giving|in\\s+(?:the\\s+)?(?:coming|next|near))\\b|$)");
    /** A plural group of bodies on both sides, told by where they are: "HPC resource operators in Korea and Europe", "the operators of supercomputing resources in Korea and in Europe". */
    private static final String GROUP_WORD = "(?!(?:that|which|who|and|or|to|of|in|on|at|for|with|by|an?|the|their|said)\\b)[\\p{L}-]+(?<!ed)\\s+";
    private static final String GROUP_IN_BOTH = "(?<![\\p{L}-])((?:the\\s+)?(?:" + GROUP_WORD + "){0,3}?\\p{Ll}{3,}s(?:\\s+of\\s+(?:" + GROUP_WORD + "){0,3}?\\p{Ll}{3,}s)?"
            + "\\s+in\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*\\s+and\\s+(?:in\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}-]*)";
    /** The group as the subject of the signing to come, just before the instrument: "… in Korea and Europe intend to conclude an MoU". */
    /** The signing to come that the group is the subject of, up to the instrument's article: "… intend to conclude an ". */
    private static final String SIGNS_AHEAD = "\\s+(?:(?:intend|plan|agreed|are|have\\s+agreed|will|would|aim)\\b[^.;:]{0,40}?\\s)?"
            + "(?:conclude|sign|negotiate)\\s+(?:an?|the)\\s+$";
    private static final Pattern GROUP_SIGNS = Pattern.compile(GROUP_IN_BOTH + SIGNS_AHEAD);
    /** "their HPC resource operators intend to sign an MoU": both sides' bodies of one kind, told by a possessive. */
    private static final String GROUP_KIND = "(?:operators|providers|centres|centers|agencies|institutes|authorities|regulators|institutions|universities|laboratories)";
    private static final Pattern THEIR_GROUP_SIGNS = Pattern.compile("\\b(?:their|our)\\s+((?:" + GROUP_WORD + "){0,3}?" + GROUP_KIND + ")" + SIGNS_AHEAD);
    /** "The supercomputing centers of both sides intend to sign a": the group told by "of both sides". */
    private static final Pattern SIDES_GROUP_SIGNS = Pattern.compile("\\b(?i:the)\\s+((?:" + GROUP_WORD + "){0,3}?" + GROUP_KIND + ")"
            + "\\s+(?:of|on|from)\\s+(?:both|the\\s+two|each)\\s+sides?" + SIGNS_AHEAD);
    /** The group in a relative clause after the instrument: "the memorandum of understanding that … in Korea and Europe intend to conclude". */
    private static final Pattern GROUP_AFTER = Pattern.compile("^" + ACRONYM + ",?\\s+(?:that|which)(?:,\\s+[^,;.]{1,60},)?\\s+" + GROUP_IN_BOTH
            + "\\s+(?:intend|plan|agreed|are|have|will|would|aim)\\b[^.;:]{0,40}?\\b(?:conclude|sign|negotiate)\\b");

    /** The group both sides' signatories form, named before ("… in Korea and Europe intend to conclude an MoU") or after the instrument, or null. */
    private static Span groupInBoth(View a, Span clause, Span mention, String after) {
        int from = Math.max(clause.start(), mention.start() - 200);
        for (Pattern p : List.of(GROUP_SIGNS, THEIR_GROUP_SIGNS, SIDES_GROUP_SIGNS)) {
            Matcher before = p.matcher(a.text).region(from, mention.start());
            if (before.find()) return new Span(before.start(1), before.end(1));
        }
        Matcher later = GROUP_AFTER.matcher(after);
        return later.find() ? new Span(mention.end() + later.start(1), mention.end() + later.end(1)) : null;
    }

    /**
     * Whether the span names the topic found ("between HPC resource operators" after "In supercomputing, …"), not
     * inside an organisation's name ("Singapore's National Quantum Office" after "On quantum technologies, …").
     */
    private static boolean namesTopic(View a, Span span, Match<TopicEntry> topic) {
        return a.in(Layers.TOPIC_HITS, span).stream().anyMatch(h -> h.entry().equals(topic.entry())
                && !a.get(Layers.ORGANISATION_MENTIONS).overlaps(h.span()) && !a.get(Layers.BODY_HITS).overlaps(h.span()));
    }

    /** "On quantum technologies, …": a topic that frames the sentence names its instrument. */
    private static final Pattern FRAME = Pattern.compile("(?s).*?(?:^|[\\n:]|\\.\\s)\\s*(?:[-–•*·]\\s*)?(?:On|In|For|As for|Regarding)\\s+(?:the\\s+)?$");
    private static final Pattern SIGNED_WORD = Pattern.compile("\\b(?:signed|concluded)\\b");
    private static final Pattern PAIR_THEN_TOPIC = Pattern.compile("^" + ACRONYM + "\\s+(between\\s+[^.;:,]+?\\s+and\\s+[^.;:,]+?)\\s+on\\s+");
    private static final Pattern PAIR_TOPIC = Pattern.compile("^\\s+on\\s+(.+?)" + STOP);
    /** "The first commits the two sides to work together on AI research": a few words, then "on" and the topic (no date). */
    private static final Pattern LOOSE_COVERS = Pattern.compile("^(?!(?:was|were|is|will|has|had)\\b)(?:[\\p{Ll}’'-]+\\s+){1,10}?on\\s+"
            + "(?!\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the\\s+(?:margins|sidelines|occasion)\\b)"
            + "(.+?)" + STOP);
    private static final Pattern COVERS = Pattern.compile("^(?:covers|concerns|deals with|is on|focuses on|relates to|is about|on)\\s+(.+?)" + STOP);

    /** True for a plural mention ("The following Memoranda of Understanding have been signed:"), which names no one instrument. */
    private static boolean plural(View a, Match<InstrumentEntry> m) {
        String surface = m.span().of(a.text).toLowerCase(java.util.Locale.ROOT);
        return pluralHead(surface) || surface.matches(".*(?:mous|arrangements|agreements|letters of intent)$");
    }

    /** "memoranda of …", "memorandums of …", "protocols of agreement": a plural whose head comes first. */
    private static boolean pluralHead(String surface) {
        int space = surface.indexOf(' ');
        String head = space < 0 ? surface : surface.substring(0, space);
        return head.equals("memoranda") || head.equals("memorandums") || space > 0 && head.endsWith("s") && surface.startsWith(" of ", space);
    }

    /** True for a counted plural mention: "signed three memoranda of understanding". */
    private static boolean counted(View a, Match<InstrumentEntry> m) {
        String surface = m.span().of(a.text).toLowerCase(java.util.Locale.ROOT);
        return (pluralHead(surface) || surface.endsWith("s")) && countBefore(a, m) != null;
    }

    private static final Map<String, Integer> COUNT_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
            "eight", 8, "nine", 9, "ten", 10);

    /** How many instruments a counted mention says ("signed two memoranda"), or null. */
    private static Integer countBefore(View a, Match<InstrumentEntry> m) {
        Matcher c = COUNT.matcher(a.text.substring(Math.max(0, m.span().start() - COUNT_REACH), m.span().start()));
        if (!c.find()) return null;
        String word = c.group(1).toLowerCase(java.util.Locale.ROOT);
        return Character.isDigit(word.charAt(0)) ? Integer.valueOf(word) : word.charAt(0) == 'a' ? Integer.valueOf(2) : COUNT_WORDS.get(word);
    }

    /** True if an earlier instrument's topic shares a word with this one's: "the memorandum on quantum" names it again. */
    private static boolean refersBack(MemorandumFact bare, List<MemorandumFact> earlier) {
        return referredBack(bare, earlier) >= 0;
    }

    /** The last earlier instrument a bare mention's topic names again, or -1. */
    private static int referredBack(MemorandumFact bare, List<MemorandumFact> earlier) {
        // "yesterday's memorandum on AI" after "one on artificial intelligence": the same topic in other words
        boolean shortTopic = bare.topics().size() == 1 && bare.topicPhrase().split("\\s+").length <= 2;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            MemorandumFact e = earlier.get(i);
            if (e.topicPhrase() != null && (SameInstrument.overlap(Words.singular(e.topicPhrase()), Words.singular(bare.topicPhrase())) > 0
                    || shortTopic && e.topics().contains(bare.topics().get(0)))) return i;
        }
        return -1;
    }

    private static final Pattern DEFINITE = Pattern.compile("(?i)(?:the|this|that)\\s+$");

    /** True for "The MoU, signed between A and B, …": the instrument just named, taken up again without its topic. */
    private static boolean anaphor(View a, Match<InstrumentEntry> m) {
        return DEFINITE.matcher(a.text.substring(Math.max(0, m.span().start() - 6), m.span().start())).find()
                && m.span().of(a.text).length() <= 14;
    }

    /** "The new Memorandum of Cooperation, concluded between A and B": the one instrument of its kind named before. */
    private static final Pattern RENEWED = Pattern.compile("(?:^|\\s)(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:new|same|latest|signed)\\s+$");

    private static String before(View a, Match<InstrumentEntry> m, int chars) {
        return a.text.substring(Math.max(0, m.span().start() - chars), m.span().start());
    }

    /** For "The new Memorandum of Cooperation, …" without a topic: the index of the one earlier instrument of its kind, or -1. */
    /** "The " opening the sentence: the instrument is its subject. */
    private static final Pattern SUBJECT_THE = Pattern.compile("\\P{L}{0,4}The\\s+");

    private static int renewed(View a, Match<InstrumentEntry> m, MemorandumFact fact, List<MemorandumFact> found) {
        // "The Administrative Arrangement is not a mutual recognition scheme": its kind in full, with "The", names the one of its kind
        boolean definiteKind = SUBJECT_THE.matcher(a.text).region(a.sentence(m.span().start()).span().start(), m.span().start()).matches()
                && m.span().of(a.text).equals(m.entry().label());
        if (fact.topicStated() || !RENEWED.matcher(before(a, m, 12)).find() && !definiteKind) return -1;
        return theOne(found, x -> x.type().equals(fact.type()));
    }

    /** The index of the one earlier instrument that fits (wordings of one instrument count once), or -1 if none or several. */
    private static int theOne(List<MemorandumFact> found, java.util.function.Predicate<MemorandumFact> fits) {
        int hit = -1;
        for (int i = 0; i < found.size(); i++) {
            if (!fits.test(found.get(i))) continue;
            // two wordings of one instrument (a count's "on X and on Y", then "The second, an MoU on X") are one
            if (hit >= 0 && !SameInstrument.sameInstrument(found.get(hit), found.get(i))) return -1;
            hit = i;
        }
        return hit;
    }

    private static final Pattern TOPIC_WORD_BEFORE = Pattern.compile("(?:^|\\s)(?:[Tt]he|[Tt]his|[Tt]hat)\\s+((?:[\\p{L}\\d-]{2,}\\s+){0,2}[\\p{L}\\d-]{2,})\\s+$");

    /**
     * For "The quantum memorandum, between A and B, …": which earlier instruments it may take up again, those whose
     * topic holds the words before it or, for a lexicon topic ("the AI memorandum", "the semiconductor arrangement"),
     * those of that topic and type; null if no words stand before it.
     */
    private static java.util.function.Predicate<MemorandumFact> takenUp(View a, Match<InstrumentEntry> m) {
        Matcher w = TOPIC_WORD_BEFORE.matcher(a.text.substring(Math.max(0, m.span().start() - 40), m.span().start()));
        if (!w.find()) return null;
        java.util.Set<String> named = SameInstrument.words(Words.singular(w.group(1)));
        Match<TopicEntry> topic = premodifierTopic(a, m.span());
        boolean generic = m.span().of(a.text).equalsIgnoreCase("memorandum");
        // "the HPC memorandum" after "a Memorandum of Understanding between HPC resource operators": the word in its title
        return x -> x.topicPhrase() != null && SameInstrument.words(Words.singular(x.topicPhrase())).containsAll(named)
                || x.title() != null && SameInstrument.mayContain(x.title(), named) && SameInstrument.words(Words.singular(x.title())).containsAll(named)
                || topic != null && (generic || x.type().equals(m.entry().type())) && x.topics().stream().anyMatch(topic.entries()::contains);
    }

    /** The earlier instrument with the signatory bodies or the date its anaphor adds (when it had only partners, or no date). */
    private static MemorandumFact enriched(MemorandumFact earlier, MemorandumFact anaphor) {
        boolean fuller = SameInstrument.bodies(earlier.parties()) < SameInstrument.bodies(anaphor.parties());
        List<Party> parties = fuller && anaphor.parties().size() == 2 ? anaphor.parties() : earlier.parties();
        // "a memorandum … signed last year", then "the previous council, held … on April 30 last year, … signed the memorandum": the finer day
        boolean dated = anaphor.date() != null && anaphor.status().equals(earlier.status())
                && (earlier.date() == null || anaphor.date().refines(earlier.date()));
        return (dated ? earlier.withDate(anaphor.date(), anaphor.dateEv()) : earlier).withParties(parties);
    }

    private static final Pattern REFERENCES_HEADING = Pattern.compile("(?im)^[ \\t#*]*(?:Bibliography|References|Works\\s+cited|Literature|Further\\s+reading)[ \\t*]*:?[ \\t]*$");

    /** Where a closing list of references begins (its heading line), or the text's length. */
    private static int referencesStart(String text) {
        Matcher m = REFERENCES_HEADING.matcher(text);
        return m.find() && m.start() > text.length() / 2 ? m.start() : text.length();
    }

    /** An abbreviation in the plural: "MOUs", "MoCs". */
    private static final Pattern ABBREVIATED_PLURAL = Pattern.compile("\\p{Lu}\\p{L}?\\p{Lu}s");

    /**
     * The text's own form of an instrument's name, an abbreviation included ("MoU on chips", and "MOU" for "two MOUs"),
     * unless the text defines it after the full name; "two memoranda of understanding (MOUs)" defines the singular as well.
     */
    private static String label(View a, Match<InstrumentEntry> m, Set<String> defined) {
        String surface = m.span().of(a.text);
        if (ABBREVIATED_PLURAL.matcher(surface).matches()) surface = surface.substring(0, surface.length() - 1);
        return surface.length() <= 4 && (!surface.matches("\\p{Lu}\\p{L}?\\p{Lu}") || defined.contains(surface) || a.text.contains("(" + surface + "s)")
                || namesInFull(a, m.entry().label())) ? m.entry().label() : surface;
    }
    /** True if the text writes the instrument's full name somewhere ("two memoranda of understanding … an MoU on AI"): abbreviations are expanded to it. */
    private static boolean namesInFull(View a, String label) {
        return a.once(List.of("names in full", label), () -> {
            String lower = a.text.toLowerCase(java.util.Locale.ROOT);
            String full = label.toLowerCase(java.util.Locale.ROOT);
            return lower.contains(full) || lower.contains(full.replace("memorandum", "memoranda"));
        });
    }

    /** "the two memoranda", "both memoranda", "these memoranda": instruments the text has named, taken up together. */
    private static final Pattern DEFINITE_PLURAL = Pattern.compile("(?i)\\b(?:(?:the|these|those|all)(?:\\s+(two|three|four|new))?|(both)(?:\\s+the)?)\\s+$");

    /** True if a definite plural names as many instruments as the text has told in preparation or intended ("both memoranda", "the two MoUs"). */
    private static boolean takenUpTogether(View a, Match<InstrumentEntry> m, List<MemorandumFact> found) {
        Matcher d = DEFINITE_PLURAL.matcher(a.text.substring(Math.max(0, m.span().start() - 30), m.span().start()));
        if (!d.find()) return false;
        // wordings of one instrument (a count's item, then its draft) are one
        List<MemorandumFact> open = new ArrayList<>();
        for (MemorandumFact f : found.subList(Math.max(0, found.size() - SameInstrument.WINDOW), found.size()))
            if ((IN_PREPARATION.equals(f.status()) || INTENDED.equals(f.status())) && open.stream().noneMatch(o -> SameInstrument.sameInstrument(o, f))) open.add(f);
        String n = d.group(1) != null ? d.group(1).toLowerCase(java.util.Locale.ROOT) : d.group(2) != null ? "both" : null;
        int stated = n == null || n.equals("new") ? 0 : n.equals("both") ? 2 : COUNT_WORDS.get(n);
        return !open.isEmpty() && (stated == 0 || stated == open.size());
    }

    /** An instrument being prepared or intended that a later mention of all of them reports signed ("Final texts of the two memoranda, signed …"). */
    private static MemorandumFact signedLater(MemorandumFact earlier, MemorandumFact later) {
        if (!IN_PREPARATION.equals(earlier.status()) && !INTENDED.equals(earlier.status())) return earlier;
        return earlier.withFate(SIGNED, later.date(), later.dateEv());
    }

    /** The earlier instrument with the signing date a later mention gives it, when it had none and the two agree on its fate. */
    private static MemorandumFact dated(MemorandumFact earlier, MemorandumFact later) {
        if (earlier.date() != null || later.date() == null || !later.status().equals(earlier.status())) return earlier;
        return earlier.withDate(later.date(), later.dateEv());
    }

    private static final Pattern WHOLE_CELL_BEFORE = Pattern.compile("\\|[ \\t]*$"), WHOLE_CELL_AFTER = Pattern.compile("[ \\t]*(?:\\||$)", Pattern.MULTILINE);

    /** True if the mention fills a table cell of the row whose earlier cell names an instrument: "| MoU on AI | memorandum of understanding |" gives its type. */
    private static boolean typeCell(String text, Span earlier, Span mention) {
        String between = text.substring(earlier.end(), mention.start());
        return between.indexOf('\n') < 0 && between.indexOf('|') >= 0 && WHOLE_CELL_BEFORE.matcher(between).find()
                && WHOLE_CELL_AFTER.matcher(text).region(mention.end(), text.length()).lookingAt();
    }

    /** True for "Arrangement" inside another name ("Institutional Arrangement for Partnership"): no instrument of ours. */
    private static boolean namePart(View a, Match<InstrumentEntry> m) {
        String surface = m.span().of(a.text);
        return surface.equalsIgnoreCase("arrangement") && !surface.equals("arrangement");
    }

    /** True for a bare "memorandum" or "arrangement", which names an instrument only with its topic ("The memorandum on quantum computing"). */
    private static boolean bare(View a, Match<InstrumentEntry> m) {
        String surface = m.span().of(a.text);
        // "the submarine cable memorandum" names its topic before it
        return (surface.equalsIgnoreCase("memorandum") || surface.equals("arrangement")) && premodifierTopic(a, m.span()) == null;
    }

    /** A counted mention's line closing with a colon: "we should list the two MoCs of that week:". */
    private static final Pattern LIST_LEAD = Pattern.compile("[^.;\\n]{0,120}:[ \\t]*\\n");
    /** An item of a list: a bullet or a number, then its text. */
    private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*(?:[-•*·–]|\\d{1,2}[.)])[ \\t]+");
    /** Where an item's topic ends: its fate, its signatories, its date or a clause. */
    private static final Pattern ITEM_TOPIC_END = Pattern.compile("\\s*[,;:(—–]|\\s+(?:signed|concluded|between|by|on\\s+\\d|in\\s+(?:19|20)\\d{2})\\b|\\.?\\s*$");
    private static final Pattern BOTH = Pattern.compile("(?i)\\bboth\\s+(?:new\\s+)?$");

    /**
     * The instruments of a counted mention whose line ends with a colon, one per list item under it ("the two MoCs of
     * that week:" then "- submarine cables, signed on 3 July 2023 by the Commission and MIC;"): the item's topic, its own
     * date and signatories, the count's kind.
     */
    private static List<MemorandumFact> listItems(View a, Parties parties, CouncilFact current, MemorandumFact counted,
                                                  Match<InstrumentEntry> m, Set<String> defined) {
        Matcher lead = LIST_LEAD.matcher(a.text).region(m.span().end(), a.text.length());
        if (!lead.lookingAt()) return List.of();
        Integer told = countBefore(a, m);
        if (told == null && !BOTH.matcher(a.text).region(Math.max(0, m.span().start() - COUNT_REACH), m.span().start()).find()) return List.of();
        int count = told == null ? 2 : told;
        List<MemorandumFact> out = new ArrayList<>();
        String label = label(a, m, defined);
        for (int start = lead.end(); out.size() < count && start < a.text.length(); start = a.lines().end(start) + 1) {
            Span line = new Span(start, a.lines().end(start));
            Matcher item = LIST_ITEM.matcher(a.text).region(line.start(), line.end());
            if (!item.lookingAt()) break;
            // "- a memorandum of understanding on quantum sensing, …": items that name their instruments are read as such
            if (!a.in(Layers.INSTRUMENT_HITS, line).isEmpty()) return List.of();
            Matcher end = ITEM_TOPIC_END.matcher(a.text).region(item.end(), line.end());
            if (!end.find() || end.start() == item.end()) break;
            Span topicSpan = new Span(item.end(), end.start());
            String topic = topicSpan.of(a.text);
            String rest = a.text.substring(topicSpan.end(), line.end());
            DateMention d = a.in(Layers.DATES, line).stream().findFirst().orElse(null);
            String status = SIGN.matcher(rest).find() ? status(rest, d, current) : counted.status();
            PartialDate date = d != null ? d.date() : counted.date();
            Ev dateEv = d != null ? new Ev(topicSpan.union(d.span()), "memorandum.signed-on") : counted.dateEv() == null ? null : counted.dateEv().and(topicSpan);
            List<Party> own = parties(a, parties, topicSpan, line);
            out.add(new MemorandumFact(counted.type(), label + " on " + topic, topic, topicsIn(a, topicSpan), status, date,
                    new Ev(m.span(), COUNTED).and(topicSpan), dateEv, own, true));
        }
        return out.size() == count ? out : List.of();
    }

    /**
     * The instruments of a counted mention, one per later sentence that opens with an ordinal ("The first covers …",
     * "The second, between A and B, …"): the counted mention's type, status and date; the topic or pair of the sentence.
     */
    private static List<MemorandumFact> ordinals(View a, Parties parties, CouncilFact current, MemorandumFact counted,
                                                 Match<InstrumentEntry> m, Sentence s) {
        List<MemorandumFact> out = new ArrayList<>();
        List<Sentence> all = a.get(Layers.SENTENCES);
        for (int i = s.index() + 1; i < Math.min(all.size(), s.index() + 8); i++) {
            Sentence next = all.get(i);
            String text = next.span().of(a.text);
            Matcher o = ORDINAL.matcher(text);
            if (!o.find()) continue;
            String rest = text.substring(o.end());
            int restStart = next.span().start() + o.end();
            String title = null, topic = null;
            Matcher pair = BETWEEN_PAIR.matcher(rest);
            Matcher covers = COVERS.matcher(rest);
            if (pair.find()) {
                // "between our two agencies, ENISA and KISA": the names after the apposition
                String first = pair.group(1).contains(", ") ? pair.group(1).substring(pair.group(1).lastIndexOf(", ") + 2) : pair.group(1);
                Matcher on = PAIR_TOPIC.matcher(rest.substring(pair.end()));
                if (on.find()) {
                    topic = on.group(1);
                    title = m.entry().label() + " on " + topic;
                    covers = PAIR_TOPIC.matcher(rest).region(pair.end(), rest.length());
                    covers.find();
                } else title = m.entry().label() + " between " + first + " and " + pair.group(2);
            } else if (covers.find() || (covers = LOOSE_COVERS.matcher(rest)).find()) {
                topic = covers.group(1);
                title = m.entry().label() + " on " + topic;
            }
            if (title == null) continue;
            Span span = new Span(next.span().start(), restStart + (pair.hitEnd() || covers.hitEnd() ? 0 : 0) + (topic != null ? covers.end(1) : pair.end()));
            List<TopicEntry> topics = a.in(Layers.TOPIC_HITS, span).stream().flatMap(t -> t.entries().stream()).distinct().toList();
            Ev ev = new Ev(m.span(), COUNTED).and(span);
            List<Party> own = parties(a, parties, new Span(restStart, restStart), next.span());
            boolean named = own.stream().noneMatch(p -> p.ev().rule().equals(PARTNERS));
            String status = counted.status();
            PartialDate date = counted.date();
            Ev dateEv = counted.dateEv() == null ? null : counted.dateEv().and(span);
            String told = ownFate(rest);
            if (saysFate(told)) {
                // "The second … was signed the following day": the instrument's own sentence tells its fate and date
                DateMention d = a.in(Layers.DATES, next.span()).stream().findFirst().orElse(null);
                status = status(told, d, current);
                if (!status.equals(counted.status()) || d != null) {
                    date = null;
                    dateEv = null;
                }
                if (status.equals(IN_PREPARATION) || status.equals(INTENDED)) {
                    date = null;
                    dateEv = null;
                } else if (d != null) {
                    date = d.date();
                    dateEv = new Ev(m.span(), "memorandum.signed-on").and(d.span());
                } else if (status.equals(SIGNED) && AT_THE_COUNCIL.matcher(rest).find() && current != null && current.date() != null) {
                    date = current.date();
                    dateEv = new Ev(m.span(), "memorandum.signed-at-council").and(next.span());
                }
            }
            out.add(new MemorandumFact(counted.type(), title, topic, topics, status, date, ev, dateEv, named ? own : counted.parties(), topic != null));
        }
        return out;
    }

    /** What a counted instrument's sentence says after its topic ("; it commits both sides to explore …") is its content, not its fate. */
    private static final Pattern CONTENT_AFTER = Pattern.compile(";|\\b(?:commit(?:s|ting)?|allow(?:s|ing)?|foresee(?:s|ing)?|provide(?:s|ing)?\\s+for)\\b");

    /** The part of an ordinal's sentence that may tell its instrument's fate: up to a semicolon or a verb of its content. */
    private static String ownFate(String rest) {
        Matcher content = CONTENT_AFTER.matcher(rest);
        return content.find() ? rest.substring(0, content.start()) : rest;
    }

    private MemorandumFact memorandum(View a, List<CouncilFact> councils, CouncilFact current, Parties parties,
                                      Match<InstrumentEntry> m, Sentence sentence, Set<String> defined) {
        Span s = a.window(sentence, m.span());
        String after = after(a, m, s);
        Span topicSpan = topicSpan(a, m.span().end(), after);
        String topic = topicSpan == null ? null : topicSpan.of(a.text);
        List<TopicEntry> topics = topicSpan == null ? List.of() : topicsIn(a, topicSpan);
        Span evSpan = topicSpan == null ? m.span() : m.span().union(topicSpan);
        Match<TopicEntry> context = null;
        Match<TopicEntry> premodifier = topic == null ? premodifierTopic(a, m.span()) : null;
        if (premodifier != null) {
            // "the semiconductors MoC that the Commission concluded …": the topic stands before the instrument
            context = premodifier;
            topics = premodifier.entries();
            topic = premodifier.entry().label();
            evSpan = premodifier.span().union(m.span());
        } else if (topic == null) {
            // "…; on semiconductors, building on the Memorandum …": a topic of the instrument's own clause before one of the sentence
            Match<TopicEntry> own = contextTopic(a, new Span(ownClauseStart(a, s, m.span()), s.end()));
            Match<TopicEntry> t = context = own != null ? own : contextTopic(a, s);
            if (t != null) {
                topics = t.entries();
                topic = t.entry().label();
            }
        }
        String label = label(a, m, defined);
        String title = topic == null ? label : label + " on " + topic;
        Matcher pairThenTopic = topicSpan == null ? null : PAIR_THEN_TOPIC.matcher(after);
        if (pairThenTopic != null && pairThenTopic.find() && m.span().end() + pairThenTopic.end() == topicSpan.start()
                && pairThenTopic.group(1).split("\\s+").length <= 16) {
            // "an Administrative Arrangement between A and B on T" keeps its pair in the title, as the text names it
            title = label + " " + pairThenTopic.group(1) + " on " + topic;
        }
        Matcher pairTitle = topicSpan == null ? PAIR_TITLE.matcher(after) : null;
        boolean paired = pairTitle != null && pairTitle.find() && pairTitle.group(1).split("\\s+").length <= 16;
        Span pair = paired ? new Span(m.span().end() + pairTitle.start(1), m.span().end() + pairTitle.end(1)) : null;
        String pairText = pair == null ? null : pair.of(a.text);
        Matcher group = topicSpan == null && pair == null ? PAIR_GROUP.matcher(after) : null;
        if (group != null && group.find()) {
            // "a memorandum of understanding between their HPC resource operators": one group of both sides, its possessive dropped
            pair = new Span(m.span().end() + group.start(), m.span().end() + group.end(1));
            pairText = "between " + group.group(1).replaceAll("\\b(?:their|our)\\s+", "");
        }
        // "operators in Korea and Europe intend to conclude an MoU to give researchers access …": the group names it, not the purpose
        Span signers = (topicSpan == null || purposeOnly(after)) && pair == null ? groupInBoth(a, s, m.span(), after) : null;
        if (signers != null) {
            pair = signers;
            pairText = "between " + signers.of(a.text);
        }
        if (pair != null && (context == null || pair.contains(context.span()) || paired && SIGNED_WORD.matcher(pairTitle.group()).find()
                || !a.in(Layers.TOPIC_HITS, pair).isEmpty() && (!FRAME.matcher(a.text).region(sentence.span().start(), context.span().start()).matches()
                        || namesTopic(a, pair, context)))) {
            // no topic but in the parties' names: "an Administrative Arrangement between A and B, signed on 2 June" and
            // "a Memorandum of Understanding between HPC resource operators in Korea and Europe" are named by their pair
            title = label + " " + pairText;
            evSpan = m.span().union(pair);
            // "between their high-performance computing resource operators": a topic the pair names is the instrument's, not the sentence's first
            Match<TopicEntry> named = topicSpan == null ? contextTopic(a, pair) : null;
            if (named != null) {
                topics = named.entries();
                topic = named.entry().label();
            }
        }
        Span row = tableRow(a, m.span());
        Sentence follow = row == null ? followUp(a, m.span(), sentence) : null;
        boolean item = follow != null;
        if (follow == null && row == null) follow = countedLead(a, m.span(), sentence);
        DateMention cellDate = row == null && follow == null ? InstrumentDates.earlierCellDate(a, m.span()) : null;
        DateMention date = row != null ? InstrumentDates.rowDate(a, row, m.span())
                : follow != null ? a.in(Layers.DATES, follow.span()).stream().findFirst().orElse(null)
                : cellDate != null ? cellDate
                : InstrumentDates.signingDate(a, new Span(ownClauseStart(a, s, m.span()), dateClauseEnd(a, m.span().end(), untilNextInstrument(a, s, m.span()).end())), m.span());
        List<Span> fields = row == null ? particulars(a, m.span(), sentence) : List.of();
        DateMention fielded = follow == null ? InstrumentDates.fieldDate(a, fields) : null;
        if (fielded != null && (date == null || fielded.date().refines(date.date()))) date = fielded;
        if (date != null && current != null && current.date() != null && current.date().isFull()
                && SAME_DAY_WORDS.matcher(date.span().of(a.text)).find() && COUNCIL_WORD.matcher(s.of(a.text)).find()) date = null;
        // "…, and the semiconductors memorandum with METI signed the day after" in a sentence about drafting: its own participle;
        // "the two sides launched an administrative arrangement on …, started negotiations on …": its own verb, not the next clause's
        Matcher own = row == null && follow == null ? OWN_PARTICIPLE.matcher(after) : null;
        Matcher verb = row == null && follow == null ? VERB_BEFORE.matcher(a.text).region(Math.max(s.start(), m.span().start() - 40), m.span().start()) : null;
        Span fate = row != null ? row : item ? fateClause(a, follow.span()) : follow != null ? follow.span()
                : own.lookingAt() ? new Span(m.span().start(), m.span().end() + own.end())
                : verb.find() ? new Span(verb.start(), m.span().end()) : statusSpan(a, m.span());
        String status = status(p -> a.occurs(p, fate), date, current);
        if (status.equals(IN_PREPARATION) || status.equals(INTENDED)) date = null;
        PartialDate d = date == null ? null : date.date();
        Ev dateEv = date == null ? null : new Ev(m.span().union(date.span()), row != null || date == cellDate ? ROW : follow != null ? ITEM : "memorandum.signed-on");
        String said = follow != null ? follow.span().of(a.text) : after;
        int saidAt = follow != null ? follow.span().start() : m.span().end();
        Matcher atCouncil = AT_COUNCIL.matcher(said);
        // "signed at the 2nd Council in Brussels last year": the council's day refines the year the sentence gives
        PartialDate coarse = d != null && !d.isFull() ? d : null;
        boolean found = (d == null || coarse != null) && atCouncil.find(), roman = false;
        if ((d == null || coarse != null) && !found && follow == null
                && signedJustBefore(a, s.start(), m.span().start())) {
            // "MIC and the Commission signed a Memorandum of Cooperation on submarine cables at the first Council"
            atCouncil = AT_COUNCIL_AFTER.matcher(said);
            found = atCouncil.lookingAt();
        }
        if (d == null && !found) {
            atCouncil = AT_ROMAN.matcher(said);
            roman = found = atCouncil.find();
        }
        if (d == null && !found && follow == null) {
            // "At the second Council, the Digital Agency and the Commission signed a Memorandum …": the council opening the sentence
            Matcher lead = AT_COUNCIL_LEAD.matcher(a.text).region(s.start(), m.span().start());
            if (lead.lookingAt() && SIGNED_BEFORE.matcher(a.text).region(Math.max(s.start(), m.span().start() - 80), m.span().start()).find()) {
                atCouncil = lead;
                found = true;
                saidAt = 0;
            }
        }
        if (d == null && !found && follow == null) {
            // "The second (Brussels, 30 April 2024) added a Memorandum of Cooperation on …": a meeting's outcome
            Matcher outcome = OUTCOME_LEAD.matcher(a.text).region(s.start(), m.span().start());
            if (outcome.lookingAt()) {
                atCouncil = outcome;
                found = true;
                saidAt = 0;
            }
        }
        if (found) {
            String which = atCouncil.group(1);
            Integer ordinal = roman ? Integer.valueOf(CouncilMentionAnnotator.roman(which)) : councilOrdinal(which, current);
            CouncilFact earlier = councils.stream().filter(c -> (c.date() != null || c.status() == CouncilStatus.ANNOUNCED) && (ordinal != null ? ordinal.equals(c.ordinal())
                    : c.place() != null && Folding.fold(c.place().label()).equals(Folding.fold(which)))).findFirst().orElse(null);
            if (coarse != null && (earlier == null || earlier.date() == null || !earlier.date().refines(coarse))) {
                earlier = null;
            }
            if (earlier == null && ordinal != null && precedes(ordinal, current)) {
                // "The first, held in Tokyo in July 2023, saw …": the earlier council's day told where it is named
                Span lead = new Span(saidAt + atCouncil.start(), saidAt + atCouncil.end());
                DateMention told = a.in(Layers.DATES, lead).stream().findFirst().orElse(null);
                if (told != null) {
                    d = told.date();
                    dateEv = new Ev(m.span().union(told.span()), "memorandum.signed-at-earlier-council");
                }
                // "signed … at our first Council", a council the text does not date: an earlier signing, not today's
                if (told != null || status.equals(SIGNED)) status = REFERENCED;
            }
            if (earlier != null && earlier.status() == CouncilStatus.ANNOUNCED) {
                // "to be signed at the fifth council": an instrument of a meeting still to come has no signing date
                if (!status.equals(IN_PREPARATION)) status = INTENDED;
            } else if (earlier != null) {
                d = earlier.date();
                dateEv = new Ev(m.span().union(new Span(saidAt + atCouncil.start(), saidAt + atCouncil.end())),
                        earlier.status() == CouncilStatus.PAST ? "memorandum.signed-at-earlier-council" : "memorandum.signed-at-council");
                if (earlier.status() == CouncilStatus.PAST) status = REFERENCED;
            }
        }
        DateMention lineDate = d == null && follow == null && (status.equals(SIGNED) || status.equals(REFERENCED) && LAUNCHED.matcher(statusText(a, m.span())).find())
                ? InstrumentDates.occasionBefore(a, s, ownClauseStart(a, s, m.span())) : null;
        if (lineDate == null && d == null && follow == null && (status.equals(SIGNED) || status.equals(REFERENCED) && LAUNCHED.matcher(statusText(a, m.span())).find()))
            lineDate = InstrumentDates.dateBefore(a, sentence, m.span());
        if (lineDate != null) {
            d = lineDate.date();
            dateEv = new Ev(m.span().union(lineDate.span()), "memorandum.signed-on");
            if (current != null && current.date() != null && d.compareTo(current.date()) < 0) status = REFERENCED;
        }
        CouncilFact council = current;
        Span head = d == null && !status.equals(IN_PREPARATION) && !status.equals(INTENDED) ? Listings.head(a, m.span().start()) : null;
        if (head != null) {
            // an entry of an events listing: what it reports happened on its head's date ("Tue 4 July 2023 | Tokyo")
            DateMention listed = Listings.date(a, head);
            d = listed.date();
            dateEv = new Ev(m.span(), "memorandum.listing").and(listed.span());
            if (current != null && current.date() != null && d.compareTo(current.date()) < 0) status = REFERENCED;
        }
        // "signed the day after that first meeting": a day counted from an earlier council, not from the page's date
        boolean fromMeeting = date != null && d == date.date() && DateFinder.daysFromMeeting(a.text, date.span());
        if (d == null && status.equals(SIGNED) || fromMeeting) {
            Span reach = fromMeeting ? fate.union(new Span(date.span().start(), Math.min(a.text.length(), date.span().end() + MEETING_REACH))) : fate;
            Matcher from = FROM_EARLIER_COUNCIL.matcher(a.text).region(reach.start(), reach.end());
            Integer ordinal = from.find() ? earlierOrdinal(from.group(2), current) : null;
            if (ordinal != null) {
                status = REFERENCED;
                CouncilFact earlier = councils.stream().filter(c -> ordinal.equals(c.ordinal()) && c.date() != null).findFirst().orElse(null);
                d = earlier == null ? null : dayFrom(earlier.date(), a.text.substring(reach.start(), from.start()), from.group(1));
                dateEv = d == null ? null : new Ev(m.span().union(new Span(from.start(), from.end())), "memorandum.signed-at-earlier-council");
            } else if (d == null && a.occurs(EARLIER_TIME, s.union(fate))) status = REFERENCED;
        }
        if (d == null && status.equals(SIGNED) && council != null && council.date() != null) {
            d = council.date();
            dateEv = new Ev(follow != null ? s.union(follow.span()) : s, "memorandum.signed-at-council");
        }
        Sections.Heading section = d == null && status.equals(SIGNED) && current == null ? Sections.of(a, m.span().start()) : null;
        CouncilFact told = d == null && status.equals(SIGNED) && current == null
                ? councilJustTold(a, councils, s, section == null ? 0 : section.line().end(),
                        a.occurs(AT_THE_COUNCIL, fate) ? TOLD_SENTENCES_NAMED : TOLD_SENTENCES) : null;
        if (told != null) {
            // a review's "On 30 April, the EU and Japan held the second meeting … The most concrete result was a Memorandum …, signed by …"
            d = told.date();
            dateEv = new Ev(s, "memorandum.signed-at-council").and(told.dateEv().span());
        } else if (section != null) {
            // a review's "November" section: "The EU and Singapore signed an administrative arrangement …"
            d = section.month();
            dateEv = new Ev(m.span(), "memorandum.section").and(section.line());
        }
        boolean noCouncilHeld = councils.stream().noneMatch(c -> c.status() != CouncilStatus.ANNOUNCED && c.date() != null);
        MeetingFact occasion = d == null && noCouncilHeld && (status.equals(SIGNED) || status.equals(REFERENCED) && LAUNCHED.matcher(fate.of(a.text)).find())
                ? meetingTold(a, m.span()) : null;
        if (occasion != null) {
            // a summit's page: "The leaders welcomed the launch of the Administrative Arrangement on …" is of the summit's day
            d = occasion.date();
            dateEv = new Ev(s, "memorandum.at-other-meeting").and(occasion.dateEv().span());
        }
        List<Party> rowParties = row == null ? fieldParties(a, m.span(), fields) : rowParties(a, row, m.span());
        return new MemorandumFact(m.entry().type(), title, topic, topics, status, d, new Ev(evSpan, "memorandum." + status),
                dateEv, rowParties.size() == 2 ? rowParties : parties(a, parties, m.span(), follow != null ? s.union(follow.span()) : untilNextInstrument(a, s, m.span())),
                topicSpan != null);
    }

    /** True if the ordinal names a council before the one the page reports. */
    private static boolean precedes(int ordinal, CouncilFact current) {
        return current != null && current.ordinal() != null && ordinal < current.ordinal();
    }

    /** "Two years ago you signed …", "signed in the past": a signing before the page's council, whose day is not told. */
    private static final Pattern EARLIER_TIME = Pattern.compile("(?i)\\b(?:ago|last\\s+year|previously|in\\s+the\\s+past|years?\\s+earlier)\\b");

    /** "signed the day after that first meeting", "signed after the previous Council": a signing told from an earlier council. */
    private static final Pattern FROM_EARLIER_COUNCIL = Pattern.compile("\\b(after|before|at|during)\\s+(?:the|that|our|their)\\s+"
            + "(first|second|third|fourth|fifth|previous|preceding|last)\\s+(?:Council|council|meeting|DPC)\\b");
    /** How far after "the day after" its meeting may be named. */
    private static final int MEETING_REACH = 40;
    private static final Pattern DAY_BEFORE_PREPOSITION = Pattern.compile("(?i)\\bday\\s+$");

    /** The ordinal a word names ("second"; "previous" is the one before the page's council), or null. */
    private Integer councilOrdinal(String which, CouncilFact current) {
        return PREVIOUS.matcher(which).matches() && current != null && current.ordinal() != null ? Integer.valueOf(current.ordinal() - 1)
                : lex.ordinals.get(which.toLowerCase(java.util.Locale.ROOT));
    }

    /** The ordinal of a council before the page's own that the word names ("first", "previous"), or null. */
    private Integer earlierOrdinal(String which, CouncilFact current) {
        Integer ordinal = councilOrdinal(which, current);
        return ordinal != null && precedes(ordinal, current) ? ordinal : null;
    }

    /** The council's day, or the day after or before it ("the day after that first meeting") when the council's day is known. */
    private static PartialDate dayFrom(PartialDate council, String before, String preposition) {
        if (!council.isFull() || !DAY_BEFORE_PREPOSITION.matcher(before).find()) return council;
        return preposition.equals("after") ? PartialDate.of(council.toLocalDate().plusDays(1))
                : preposition.equals("before") ? PartialDate.of(council.toLocalDate().minusDays(1)) : council;
    }

    /** The meeting the page reports: the first told with a full date, before the mention (the summit, not the G7 its guests came from); or null. */
    private static MeetingFact meetingTold(View a, Span mention) {
        MeetingFact first = a.once("first dated meeting", () -> a.get(Layers.MEETINGS).stream()
                .filter(x -> x.date() != null && x.date().isFull() && x.dateEv() != null)
                .min(Comparator.comparingInt(x -> x.span().start())).orElse(null));
        return first != null && first.span().start() < mention.start() ? first : null;
    }

    /** How many sentences before an instrument a held council may be told for the instrument to be its outcome. */
    private static final int TOLD_SENTENCES = 3;

    /** How many sentences back "which the Commission and the Digital Agency signed at the Council" may find the council it means. */
    private static final int TOLD_SENTENCES_NAMED = 8;

    /** The held council whose day is told in the few sentences before the span, after the offset (its section's heading). */
    private static CouncilFact councilJustTold(View a, List<CouncilFact> councils, Span s, int after, int reach) {
        int sentence = a.sentence(s.start()).index();
        return councils.stream().filter(c -> c.status() != CouncilStatus.ANNOUNCED && c.date() != null && c.date().isFull()
                        && c.dateEv().span().start() >= after && c.dateEv().span().end() <= s.start() && a.sentence(c.dateEv().span().start()).index() >= sentence - reach)
                .max(Comparator.comparingInt(c -> c.dateEv().span().start())).orElse(null);
    }

    private static final String ITEM = "memorandum.item";
    static final Pattern ITEM_OPENING = Pattern.compile("[\\s\\-–•*·\\d.)]*(?:\\([a-zA-Z\\d]{1,3}\\)\\s*|[a-z]\\)\\s*)?");
    private static final String FOLLOW_WORDS = "(?:Signed|Concluded|Initialled|To be signed|Expected to be signed"
            + "|Under negotiation|Being negotiated|In preparation|Still being negotiated)\\b";
    private static final Pattern FOLLOW_CUE = Pattern.compile("\\s*(?:Status\\s*:\\s*(?i:" + FOLLOW_WORDS + ")|" + FOLLOW_WORDS + ")");

    /**
     * The sentence after an item that only names the instrument ("- Memorandum of Cooperation on data spaces.") when it
     * says what became of it ("Signed at the Council by METI and the Commission, it …") and names no instrument itself.
     */
    private static Sentence followUp(View a, Span mention, Sentence sentence) {
        if (!ITEM_OPENING.matcher(a.text).region(sentence.span().start(), mention.start()).matches()
                || saysFate(sentence.span().of(a.text))) return null;
        List<Sentence> all = a.get(Layers.SENTENCES);
        int i = sentence.index() + 1;
        // "Signatories: METI / European Commission" may stand between the item and its status
        if (i < all.size() && PARTIES_FIELD.matcher(all.get(i).span().of(a.text)).lookingAt()) i++;
        if (i >= all.size()) return null;
        Sentence next = all.get(i);
        if (!FOLLOW_CUE.matcher(next.span().of(a.text)).lookingAt() || !a.in(Layers.INSTRUMENT_HITS, next.span()).isEmpty()) return null;
        return next;
    }

    /** A follow-up's first clause, which tells the fate: "Status: signed July 2023, being implemented (research programme prepared …)". */
    private static Span fateClause(View a, Span followUp) {
        Matcher end = CLAUSE_MARK.matcher(a.text).region(followUp.start(), followUp.end());
        return end.find() ? new Span(followUp.start(), end.start()) : followUp;
    }

    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;(]");
    private static final Pattern PARTIES_FIELD = Pattern.compile("\\s*(?:Signatories|Signed\\s+by|Parties|Signing\\s+parties)\\s*:\\s*");

    /** The two signatories of an item's "Signatories: A / B" line, right under the item that only names the instrument; or none. */
    private static List<Party> fieldParties(View a, Span mention, List<Span> particulars) {
        for (Span line : particulars) {
            Matcher field = PARTIES_FIELD.matcher(a.text).region(line.start(), line.end());
            if (!field.lookingAt()) continue;
            List<Party> named = named(a, new Span(field.end(), line.end()), mention, ITEM);
            if (named.size() == 2) return named;
        }
        return List.of();
    }

    /** A field of an instrument's particulars that tells when it was signed: "Date and place of signing:", "Signed:", "Date:". */
    static final Pattern SIGNING_FIELD = Pattern.compile("\\s*[^:\\n]{0,30}?\\b(?i:date|signed|signing|signature)\\b[^:\\n]{0,30}:");
    /** A line "Name: value" with a short name. */
    private static final Pattern FIELD_LINE = Pattern.compile("[ \\t]*[^:\\n]{1,40}:[ \\t]*\\S");
    /** How many field lines an instrument's particulars run to at most. */
    private static final int PARTICULARS = 6;

    /**
     * The particulars under a line naming an instrument, as annexes and factsheets list them ("3. Administrative
     * Arrangement on …" then "Date and place of signing: 20 November 2024, Singapore", "Parties: …"): its field lines.
     */
    private static List<Span> particulars(View a, Span mention, Sentence sentence) {
        if (!ITEM_OPENING.matcher(a.text).region(sentence.span().start(), mention.start()).matches()) return List.of();
        List<Span> out = new ArrayList<>();
        for (int start = a.lines().end(mention.end()) + 1; out.size() < PARTICULARS && start < a.text.length(); start = a.lines().end(start) + 1) {
            Span line = new Span(start, a.lines().end(start));
            if (!FIELD_LINE.matcher(a.text).region(line.start(), line.end()).lookingAt()) break;
            out.add(line);
        }
        return out;
    }


    /** "signed at DPC V": a council named by a Roman numeral. */
    private static final Pattern AT_ROMAN = Pattern.compile("\\b[Ss]igned\\s+(?:at|during)\\s+(?:the\\s+)?(?:DPC|Council)\\s+(" + CouncilMentionAnnotator.ROMAN + ")\\b");
    private static final Pattern INTEND_SIGN = Pattern.compile("(?i)\\b(?:intend|plan|aim|expect)\\w*\\s+to\\s+(?:sign|conclude)\\b");
    /** How many sentences before an instrument the sentence counting it may be (bullets of the one before count too). */
    private static final int LEAD_REACH = 10;
    /** A list item naming an instrument ("- a memorandum of understanding on …") under a sentence that counts them. */
    /** A list item's mark: a dash or bullet, "1." or "(a)", or a keycap digit ("1️⃣") as chat posts number their lists. */
    private static final Pattern BULLET_OPENING = Pattern.compile("\\s*(?:[-–•*·▪►▸]|\\d{1,2}[.)]|\\([a-z\\d]\\)|\\d\\x{FE0F}?\\x{20E3})\\s+(?:(?:[Aa]|[Aa]n|[Tt]he)\\s+)?");
    private static final Pattern DEFINITE_OPENING = Pattern.compile("[\\s\\-–•*·]*(?:The|This)\\s+");
    private static final Pattern COUNTED_LEAD = Pattern.compile("(?i)\\b(?:two|three|four|five|six|[2-9]|both)\\s+(?:new\\s+)?(?:instruments|documents|agreements|memoranda|arrangements|deals|texts|MoUs|MoCs)\\b");


    /** True for an instrument named only by its kind ("an administrative arrangement", "the MoU"): no topic or pair tells which one it is. */
    private boolean untitled(MemorandumFact f) {
        String title = f.title().strip().replaceFirst("(?i)^(?:the|an?)\\s+", "");
        return lex.instrumentLabels.contains(title.toLowerCase(java.util.Locale.ROOT));
    }

    /** "a memorandum of understanding on X and a second one on Y": a second instrument of the same kind, told by its topic. */
    private static final Pattern SECOND_ONE = Pattern.compile("[^.;]{0,160}?,?\\s+and\\s+(?:(?:an?\\s+|the\\s+)?(?:second|another|other)|the)\\s+one\\s+on\\s+"
            + "([^.;]{2,120}?)(?=\\s*[.;]|,\\s(?![^,.;]{1,60}\\sand\\s[^,.;]{1,60}[.;])|\\s+(?:both|each|also|all)\\b|" + STOP.substring(3, STOP.length() - 1) + ")");

    /** The second instrument "and a second one on Y" names after this one, with this one's kind, fate, date and parties; or null. */
    private MemorandumFact secondOne(View a, MemorandumFact first, Match<InstrumentEntry> m, Sentence s) {
        if (!first.topicStated()) return null;
        Matcher second = SECOND_ONE.matcher(a.text).region(m.span().end(), s.span().end());
        if (!second.lookingAt()) return null;
        Span topicSpan = new Span(second.start(1), second.end(1));
        String topic = topicSpan.of(a.text);
        int on = first.title().lastIndexOf(" on " + first.topicPhrase());
        String label = on > 0 ? first.title().substring(0, on) : m.entry().label();
        return new MemorandumFact(first.type(), label + " on " + topic, topic, topicsIn(a, topicSpan), first.status(), first.date(),
                new Ev(m.span(), first.ev().rule()).and(topicSpan), first.dateEv() == null ? null : first.dateEv().and(topicSpan), first.parties(), true);
    }

    /** "memoranda", "memorandums": a plural of no named kind, whose items are each a "memorandum". */
    private static final Pattern BARE_PLURAL = Pattern.compile("(?i)memorand(?:a|ums)");

    /** The instruments a count names in its own sentence ("one on X and one on Y"), with the count's fate and its date unless told their own. */
    private List<MemorandumFact> inline(View a, MemorandumFact counted, Match<InstrumentEntry> m, Sentence s, Set<String> defined) {
        return inline(a, counted, m, defined, InlineList.after(a, m.span().end(), s.span().end()));
    }

    /** One instrument per item of a list, each with the count's kind, fate, date and parties unless the item tells its own. */
    private List<MemorandumFact> inline(View a, MemorandumFact counted, Match<InstrumentEntry> m, Set<String> defined, List<InlineList.Item> items) {
        if (items.isEmpty()) return List.of();
        // "two MOUs, one on AI and …": each an "MOU", as the text abbreviates them
        String surface = m.span().of(a.text);
        String label = ABBREVIATED_PLURAL.matcher(surface).matches() ? label(a, m, defined)
                : BARE_PLURAL.matcher(surface).matches() ? "memorandum" : m.entry().label();
        List<MemorandumFact> out = new ArrayList<>();
        for (InlineList.Item item : items) {
            Span topicSpan = item.topic();
            String topic = topicSpan.of(a.text);
            DateMention d = item.date();
            Ev dateEv = d != null ? new Ev(topicSpan.union(d.span()), "memorandum.signed-on") : counted.dateEv() == null ? null : counted.dateEv().and(topicSpan);
            // "one on cables between MIC and the Commission on 3 July": the signatories the item names
            Span by = a.first(BETWEEN, item.tail());
            List<Party> own = by == null ? List.of() : named(a, new Span(by.start(), item.tail().end()), topicSpan, "memorandum.between");
            out.add(new MemorandumFact(counted.type(), label + " on " + topic, topic, topicsIn(a, topicSpan), counted.status(),
                    d != null ? d.date() : counted.date(), new Ev(m.span(), COUNTED).and(topicSpan), dateEv,
                    own.size() == 2 ? own : counted.parties(), true));
        }
        return out;
    }

    /**
     * For an instrument in a sentence that opens with an ordinal ("The first is a memorandum …") and says nothing of its
     * fate, the earlier sentence that counts the instruments and does ("Two instruments were signed at the Council."); or null.
     */
    private static Sentence countedLead(View a, Span mention, Sentence sentence) {
        boolean ordinal = ORDINAL.matcher(a.text).region(sentence.span().start(), sentence.span().end()).lookingAt();
        boolean definite = !ordinal && (DEFINITE_OPENING.matcher(a.text).region(sentence.span().start(), mention.start()).matches()
                || BULLET_OPENING.matcher(a.text).region(sentence.span().start(), mention.start()).matches());
        if (!ordinal && !definite) return null;
        String text = a.text.substring(sentence.span().start(), contentClause(a, mention.end(), sentence.span().end()));
        // "The MoU on AI sets out how the two sides intend to …": an intention of the parties, not a fate of the instrument
        if (ordinal ? saysFate(text) : SIGN.matcher(text).find() || PREPARE.matcher(text).find() || INTEND_SIGN.matcher(text).find()) return null;
        List<Sentence> all = a.get(Layers.SENTENCES);
        for (int i = sentence.index() - 1; i >= Math.max(0, sentence.index() - LEAD_REACH); i--) {
            String lead = all.get(i).span().of(a.text);
            if (COUNTED_LEAD.matcher(lead).find()) return saysFate(lead) ? all.get(i) : null;
        }
        return null;
    }

    /** True if the text says what became of an instrument: signed, in preparation or intended. */
    private static boolean saysFate(String text) {
        return SIGN.matcher(text).find() || PREPARE.matcher(text).find() || INTEND.matcher(text).find();
    }


    /** "At the Summit the two sides also launched … an Administrative Arrangement": an instrument dated like a signed one. */
    private static final Pattern LAUNCHED = Pattern.compile("\\b(?:launched|adopted|unveiled|announced|launch\\s+of)\\b");

    private static final String ROW = "memorandum.row";
    private static final String PARTNERS = "memorandum.parties-are-partners";
    private static final String OTHER_PAIR = "memorandum.parties-of-other-pair";
    private static final Pattern NEXT_CLAUSE = Pattern.compile(",\\s+and\\s+\\p{Ll}+ed\\b|,?\\s+and\\s+(?:said|told|tasked|asked|instructed|called\\s+on|encouraged"
            + "|welcomed|agreed|decided|committed|launched|noted|reaffirmed|stressed|underlined|highlighted)\\b");

    /**
     * The sentence of the mention up to a later clause with its own verb (", and encouraged …") or the instrument's purpose
     * ("signed an MoU in March to align research and work towards common standards"), whose cues are not its fate.
     */
    private static String statusText(View a, Span mention) {
        return statusSpan(a, mention).of(a.text);
    }

    private static Span statusSpan(View a, Span mention) {
        Span c = a.context(mention);
        Matcher next = NEXT_CLAUSE.matcher(a.text).region(mention.end(), c.end());
        int end = contentClause(a, mention.end(), next.find() ? next.start() : c.end());
        Matcher purpose = PURPOSE_AFTER.matcher(a.text).region(mention.end(), end);
        int from = relativeStart(a, c.start(), mention.start(), end);
        return new Span(from, purpose.find() && signedJustBefore(a, from, mention.start()) ? purpose.start() : end);
    }

    /** "She prepared the second Council, at which the Commission … signed a Memorandum": a relative clause telling a signing is the instrument's own. */
    private static final Pattern RELATIVE_OPENER = Pattern.compile(",\\s+(?:(?:at|during|after)\\s+which|where|when)\\b");
    private static final Pattern PAST_SIGNED = Pattern.compile("(?<!\\bbe\\s)(?<!\\bbeen\\s)\\b(?:signed|concluded|inked)\\b");

    /** How far before an instrument the relative clause telling its signing may open. */
    private static final int RELATIVE_REACH = 300;

    private static int relativeStart(View a, int from, int mention, int end) {
        Matcher m = RELATIVE_OPENER.matcher(a.text).region(Math.max(from, mention - RELATIVE_REACH), mention);
        int last = -1;
        while (m.find()) last = m.start();
        return last >= 0 && PAST_SIGNED.matcher(a.text).region(last, end).find() ? last : from;
    }

    /** A relative clause telling what an instrument does ("…, under which our officials are preparing joint work"). */
    private static final Pattern CONTENT_CLAUSE = Pattern.compile(",\\s+(?:under|by|through|in)\\s+which\\b|,?\\s+whereby\\b");

    /** Where a clause telling the instrument's content begins between from and to (its verbs are not the instrument's fate), else to. */
    private static int contentClause(View a, int from, int to) {
        Matcher content = CONTENT_CLAUSE.matcher(a.text).region(from, to);
        return content.find() ? content.start() : to;
    }

    /** An infinitive of purpose after an instrument ("to align", "in order to work towards"), not of its signing ("to be signed"). */
    private static final Pattern PURPOSE_AFTER = Pattern.compile("\\s+(?:in\\s+order\\s+)?to\\s+(?!(?:sign|conclude|be|finali[sz]e|negotiate|prepare|complete|adopt)\\b)\\p{Ll}{3,}");
    /** After an instrument whose signing verb stands before it: the meeting it was signed at, in the same clause. */
    private static final Pattern AT_COUNCIL_AFTER = Pattern.compile("[^.;,]{0,120}?\\s+(?:at|during|on the (?:margins|sidelines|occasion) of)\\s+(?:the|our|their)\\s+(\\S+)\\s+(?:\\S+\\s+){0,4}?(?:Council|council|meeting|DPC)\\b");
    /** "which signed an", "have signed a": the instrument is the object of a signing. */
    private static final Pattern SIGNED_BEFORE = Pattern.compile("\\b(?:signed|concluded|inked)\\s+(?:(?:an?|the|two|three|their|its)\\s+)?(?:new\\s+)?$");

    /** Whether a signing verb ends the text between from and the instrument at: "which signed an" (only the last words are read). */
    private static boolean signedJustBefore(View a, int from, int at) {
        return SIGNED_BEFORE.matcher(a.text).useTransparentBounds(true).region(Math.max(from, at - 80), at).find();
    }

    private static final Pattern OF_PARENT = Pattern.compile("(?:\\s*\\([^()]{1,24}\\))?\\s+of\\s+(?:the\\s+)?");
    /** An acronym the text defines ("MDDI / DG CONNECT" in a table after "Ministry of … (MDDI)"): the body it stands for. */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\b\\p{Lu}{2,8}(?:\\s\\p{Lu}{2,8})?\\b");

    /** The body an acronym stands for where the text defines it ("… Content and Technology (DG CONNECT)"), or null. */
    private static String definedAs(View a, String acronym) {
        return a.once(List.of("definedAs", acronym), () -> definition(a, acronym));
    }

    private static String definition(View a, String acronym) {
        int at = a.text.indexOf("(" + acronym + ")");
        if (at < 0) return null;
        Span before = new Span(Math.max(0, at - 2), at);
        for (var b : a.get(Layers.BODY_HITS))
            if (b.span().end() <= at && b.span().end() >= before.start()) return published(a, b.entry());
        for (var o : a.get(Layers.ORGANISATION_MENTIONS))
            if (o.span().end() <= at && o.span().end() >= before.start()) return o.label();
        return Acronyms.definition(a.text, acronym);
    }
    private static final Pattern ACRONYM_OF_LAST = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern PREVIOUS = Pattern.compile("(?i)previous|last|preceding");

    /** What may stand before a row's title cell: a Markdown row's bar and a cell that only numbers the row ("| 3 | Administrative Arrangement … |"). */
    private static final Pattern NUMBER_CELL = Pattern.compile("\\s*(?:\\|\\s*)?(?:\\d{1,3}\\.?\\s*\\|\\s*)?");

    /** The longest line read as a table's row: a paragraph of prose on one line is none. */
    static final int ROW_LENGTH = 2000;

    /** The line of a table row ("Title | Signatories | Date | Status") whose first cell holds the mention, or null. */
    private static Span tableRow(View a, Span mention) {
        String text = a.text;
        int start = a.lines().start(mention.start() - 1);
        int end = a.lines().end(mention.end());
        if (end - start > ROW_LENGTH) return null;
        int pipe = text.substring(mention.end(), end).indexOf(" | ");
        String lead = text.substring(start, mention.start());
        return pipe < 0 || lead.contains("|") && !NUMBER_CELL.matcher(lead).matches() ? null : new Span(start, end);
    }


    /** The two signatories a later cell of the row names ("European Commission – METI", "EU and Japan"). */
    private static List<Party> rowParties(View a, Span row, Span mention) {
        int from = a.text.indexOf(" | ", mention.end());
        while (from >= 0 && from < row.end()) {
            int next = a.text.indexOf(" | ", from + 3);
            Span cell = new Span(from + 3, next < 0 || next > row.end() ? row.end() : next);
            List<Party> named = named(a, cell, mention, ROW);
            if (named.size() == 2) return named;
            from = next;
        }
        return List.of();
    }

    /** The rest of the instrument's window after it, at most 400 characters. */
    private static String after(View a, Match<InstrumentEntry> m, Span window) {
        return a.text.substring(m.span().end(), Math.min(window.end(), m.span().end() + 400));
    }

    private static boolean purposeOnly(View a, Match<InstrumentEntry> m, Sentence sentence) {
        return purposeOnly(after(a, m, a.window(sentence, m.span())));
    }

    /** True if the text after an instrument gives it no topic but an infinitive of purpose ("an MoU to give researchers access"). */
    private static boolean purposeOnly(String after) {
        return !ON_TOPIC.matcher(after).find() && !COMMA_TOPIC.matcher(after).find() && !WITH_THEN_TOPIC.matcher(after).find() && PURPOSE.matcher(after).find();
    }

    private Span topicSpan(View a, int offset, String after) {
        for (Pattern p : List.of(ON_TOPIC, COMMA_TOPIC, WITH_THEN_TOPIC, PURPOSE)) {
            Matcher m = p.matcher(after);
            if (m.find() && m.group(1).split("\\s+").length <= 16 && !a.get(Layers.DATES).overlaps(new Span(offset + m.start(1), offset + m.start(1) + 1))) {
                int end = offset + m.start(1) + topicLength(m.group(1));
                while (end > offset + m.start(1) && ",;:".indexOf(a.text.charAt(end - 1)) >= 0) end--;
                // "a memorandum on the horizon": an idiom, no topic
                return end > offset + m.start(1) ? new Span(offset + m.start(1), end) : null;
            }
        }
        return null;
    }

    /** The length of a topic cut where a stop of {@code lexicon/instrument-topic-stops.txt} begins ("6G here in Brussels"). */
    private int topicLength(String topic) {
        // read with each run of spaces as one ("chip subsidies, in\n   preparation" in a box), cut in the topic as written
        String lower = topic.toLowerCase(java.util.Locale.ROOT);
        StringBuilder single = new StringBuilder();
        int[] at = new int[lower.length() + 1];
        for (int i = 0; i < lower.length(); i++) {
            boolean space = Character.isWhitespace(lower.charAt(i));
            if (space && single.length() > 0 && single.charAt(single.length() - 1) == ' ') continue;
            at[single.length()] = i;
            single.append(space ? ' ' : lower.charAt(i));
        }
        at[single.length()] = lower.length();
        String t = single.toString();
        int cut = t.length();
        for (String stop : lex.instrumentTopicStops) {
            int from = 0;
            while (from < cut) {
                int i = t.indexOf(stop, from);
                if (i < 0 || i >= cut) break;
                int e = i + stop.length();
                boolean startOk = stop.startsWith(",") ? i > 0 : i == 0 || t.charAt(i - 1) == ' ';
                boolean endOk = e == t.length() || !Character.isLetterOrDigit(t.charAt(e));
                if (startOk && endOk) {
                    cut = stop.startsWith(",") || i == 0 ? i : i - 1;
                    break;
                }
                from = i + 1;
            }
        }
        // a conjunction left dangling at the end ("submarine cables, and" before "at the fifth council")
        Matcher dangling = DANGLING.matcher(t.substring(0, cut));
        return at[dangling.find() ? dangling.start() : cut];
    }

    private static final Pattern DANGLING = Pattern.compile(",?\\s+(?:and|or)$|,$");

    private static List<TopicEntry> topicsIn(View a, Span s) {
        return a.in(Layers.TOPIC_HITS, s).stream().flatMap(t -> t.entries().stream()).distinct().toList();
    }

    /** The sentence's first topic outside the names of bodies ("Cyber Security" in "Canadian Centre for Cyber Security" is none). */
    /** A topic right before the instrument, after an article: "the semiconductors MoC", "a new AI arrangement". */
    private static Match<TopicEntry> premodifierTopic(View a, Span mention) {
        return a.once(List.of("premodifierTopic", mention), () -> topicBefore(a, mention));
    }

    private static Match<TopicEntry> topicBefore(View a, Span mention) {
        int from = Math.max(0, mention.start() - 60);
        List<Match<TopicEntry>> before = a.in(Layers.TOPIC_HITS, new Span(from, mention.start()));
        if (before.isEmpty()) return null;
        Match<TopicEntry> t = before.get(before.size() - 1);
        if (t.span().end() + 1 != mention.start() || a.text.charAt(t.span().end()) != ' ') return null;
        return ARTICLE_BEFORE.matcher(a.text).region(from, t.span().start()).find() ? t : null;
    }

    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|their|this|that|our)\\s+(?:new\\s+|bilateral\\s+|landmark\\s+)?$");

    private static Match<TopicEntry> contextTopic(View a, Span s) {
        return a.in(Layers.TOPIC_HITS, s).stream().filter(t -> !a.get(Layers.BODY_HITS).overlaps(t.span())
                && !a.get(Layers.ORGANISATION_MENTIONS).overlaps(t.span())).findFirst().orElse(null);
    }


    private static final Pattern START_TALKS = Pattern.compile("(?i)\\b(?:start|open|begin|launch)(?:ing)?\\s+(?:talks|negotiations|discussions|work)\\b");

    private static String status(String sentence, DateMention date, CouncilFact council) {
        return status(p -> p.matcher(sentence).find(), date, council);
    }

    private static String status(Predicate<Pattern> says, DateMention date, CouncilFact council) {
        if (says.test(START_TALKS)) return INTENDED;
        if (says.test(PREPARE)) return IN_PREPARATION;
        if (says.test(INTEND)) return INTENDED;
        if (says.test(SIGN)) {
            if (date == null) return SIGNED;
            if (council == null || council.date() == null) return REFERENCED;
            return date.date().compareTo(council.date()) < 0 || date.date().year() < council.date().year() ? REFERENCED : SIGNED;
        }
        return REFERENCED;
    }

    private static List<Party> parties(View a, Parties parties, Span mention, Span s) {
        for (Pattern p : List.of(PAREN_PAIR, COMMA_PAIR)) {
            Matcher pair = p.matcher(a.text).region(mention.end(), p == PAREN_PAIR ? clauseEnd(a, mention.end(), s.end()) : s.end());
            if (pair.find()) {
                List<Party> named = named(a, new Span(pair.start(1), pair.end(1)), mention, "memorandum.between");
                if (named.size() == 2) return named;
            }
        }
        Span by = a.first(BETWEEN, new Span(mention.end(), s.end()));
        if (by != null) {
            List<Party> named = named(a, new Span(by.start(), clauseEnd(a, by.end(), s.end())), mention, "memorandum.between");
            if (named.size() >= 2) return named.subList(0, 2);
        }
        List<Party> subject = subjectParties(a, mention, s);
        if (subject.size() == 2) return subject;
        List<Party> with = subjectWith(a, mention, s);
        if (with.size() == 2) return with;
        List<Party> relative = relativeWith(a, mention, s);
        if (relative.size() == 2) return relative;
        List<Party> out = new ArrayList<>();
        if (parties.eu() != null) out.add(new Party(parties.eu(), null, new Ev(mention, PARTNERS)));
        // "At the first EU–Japan Council …, a memorandum on …" in an article on Korea: the pair its sentence names
        var hits = a.in(Layers.PARTNER_HITS, new Span(s.start(), mention.start()));
        PartnerEntry another = parties.onlyOther(hits);
        if (another != null) {
            Span named = hits.stream().filter(h -> h.entry() == another).findFirst().orElseThrow().span();
            out.add(new Party(another, null, new Ev(mention.union(named), OTHER_PAIR)));
        } else if (parties.other() != null) out.add(new Party(parties.other(), null, new Ev(mention, PARTNERS)));
        return out;
    }

    /**
     * The bodies (lexicon), other organisations (pattern) and partners named in a span, in text order, each once: a
     * partner inside an organisation's name ("Korea" in "Korea AI Safety Institute") or in a possessive is not one.
     */
    private static List<Party> named(View a, Span span, Span mention, String rule) {
        List<Map.Entry<Span, Party>> found = new ArrayList<>();
        for (var b : a.in(Layers.BODY_HITS, span))
            found.add(Map.entry(b.span(), new Party(null, published(a, b.entry()), new Ev(mention.union(b.span()), rule))));
        for (var o : a.in(Layers.ORGANISATION_MENTIONS, span))
            if (!a.get(Layers.BODY_HITS).overlaps(o.span()))
                found.add(Map.entry(o.span(), new Party(null, o.label(), new Ev(mention.union(o.span()), rule))));
        for (var p : a.in(Layers.PARTNER_HITS, span))
            if (!a.get(Layers.BODY_HITS).overlaps(p.span()) && !a.get(Layers.ORGANISATION_MENTIONS).overlaps(p.span())
                    && !a.text.startsWith("'s", p.span().end()) && !a.text.startsWith("’s", p.span().end()))
                found.add(Map.entry(p.span(), new Party(p.entry(), null, new Ev(mention.union(p.span()), rule))));
        Matcher acr = DEFINED_ACRONYM.matcher(a.text).region(span.start(), span.end());
        while (acr.find()) {
            Span at = new Span(acr.start(), acr.end());
            String full = definedAs(a, acr.group());
            if (full == null || found.stream().anyMatch(e -> e.getKey().overlaps(at))) continue;
            found.add(Map.entry(at, new Party(null, full, new Ev(mention.union(at), rule))));
        }
        found.sort(Map.Entry.comparingByKey());
        List<Party> out = new ArrayList<>();
        Set<Object> seen = new java.util.HashSet<>();
        Span last = null;
        for (var e : found) {
            Party p = e.getValue();
            // "DG CONNECT of the European Commission": the parent named after "of" is not a second party
            boolean parent = last != null && last.end() <= e.getKey().start()
                    && OF_PARENT.matcher(a.text.substring(last.end(), e.getKey().start())).matches();
            // "the Directorate-General for … (DG CONNECT)": the acronym in brackets is the body just named
            boolean acronym = last != null && last.end() <= e.getKey().start()
                    && ACRONYM_OF_LAST.matcher(a.text.substring(last.end(), e.getKey().start())).matches()
                    && a.text.startsWith(")", e.getKey().end());
            if (acronym) continue;
            last = e.getKey();
            if (!parent && seen.add(p.partner() != null ? p.partner() : p.organisation())) out.add(p);
        }
        return out;
    }

    /**
     * A body's name as the organisations layer publishes it (the text's own form: "EU Agency for Cybersecurity", "METI"),
     * unless that is one common word ("Commission"); else the lexicon's label.
     */
    private static String published(View a, Lexicons.BodyEntry body) {
        for (var o : a.get(Layers.ORGANISATIONS))
            if (o.entry() == body) return o.label().contains(" ") || o.label().equals(o.label().toUpperCase(java.util.Locale.ROOT)) ? o.label() : body.label();
        return body.label();
    }

    /** The two bodies or partners named before the verb of the clause: "X and Y signed a Memorandum". */
    private static List<Party> subjectParties(View a, Span mention, Span s) {
        Span clause = clauseBefore(a, mention, s);
        List<Party> out = named(a, clause, mention, "memorandum.subject");
        if (out.size() != 2 || !AND.matcher(a.text).region(clause.start(), clause.end()).find()) return List.of();
        return out;
    }

    private static final Pattern AND = Pattern.compile("\\band\\b");
    private static final Pattern WITH_AFTER = Pattern.compile("^(?:\\s+on\\s+[^,.;]{1,80}?)?\\s+with\\s+");

    /**
     * The signatories a relative clause after the instrument names: "the semiconductors MoC that the Commission concluded
     * with the Ministry of Economy, Trade and Industry", "the cable memorandum that the Commission and MIC signed".
     */
    private static List<Party> relativeWith(View a, Span mention, Span s) {
        Matcher m = RELATIVE_WITH.matcher(a.text).region(mention.end(), s.end());
        if (!m.lookingAt()) return List.of();
        List<Party> subject = named(a, new Span(m.start(1), m.end(1)), mention, "memorandum.subject");
        if (m.group(2) == null) return subject.size() == 2 ? subject : List.of();
        List<Party> other = named(a, new Span(m.end(), clauseEnd(a, m.end(), s.end())), mention, "memorandum.subject");
        if (subject.size() != 1 || other.isEmpty() || other.get(0).equals(subject.get(0))) return List.of();
        return List.of(subject.get(0), other.get(0));
    }

    /** "…, which the European Commission and MDDI signed …", "… on AI, that Kisti signed with …": the signers of a relative clause after the instrument (and its topic). */
    private static final Pattern RELATIVE_WITH = Pattern.compile("(?:\\s+(?:on|for|in)\\s+[^,.;]{1,100}?)?,?\\s+(?:that|which)\\s+([^,.;]{2,120}?)\\s+(?:signed|concluded|agreed|inked|struck)\\b(\\s+with\\s+)?");

    /** "Kisti, which runs …, is discussing a memorandum with the EuroHPC Joint Undertaking": the one body before, the one after "with". */
    private static List<Party> subjectWith(View a, Span mention, Span s) {
        Matcher with = WITH_AFTER.matcher(a.text).region(mention.end(), s.end());
        if (!with.lookingAt()) return List.of();
        List<Party> after = named(a, new Span(with.end(), clauseEnd(a, with.end(), s.end())), mention, "memorandum.subject");
        List<Party> before = named(a, clauseBefore(a, mention, s), mention, "memorandum.subject").stream()
                .filter(p -> p.partner() == null).toList();
        if (before.size() != 1 || after.isEmpty() || after.get(0).equals(before.get(0))) return List.of();
        return List.of(before.get(0), after.get(0));
    }

    /** The clause before the mention, back to a colon or semicolon, at most 300 characters, within the sentence. */
    private static Span clauseBefore(View a, Span mention, Span s) {
        int floor = Math.max(s.start(), mention.start() - 300);
        String window = a.text.substring(floor, mention.start());
        int start = floor + Math.max(window.lastIndexOf(':'), window.lastIndexOf(';')) + 1;
        return new Span(Math.min(start, mention.start()), mention.start());
    }

    /** A clause of five words or more before a colon ("… and agreed on new deliverables"), not a label ("Tue 4 Jul"). */
    private static final Pattern LEAD_IN = Pattern.compile("(?:\\p{L}+\\W+){4,}\\p{Ll}+$");

    /**
     * Where the mention's own part of the sentence starts: after an earlier instrument of the sentence and the ", and"
     * that leads to this one ("signed a MoC on X on the day, and a second MoC, on Y, followed … later that month").
     */
    private static int ownClauseStart(View a, Span sentence, Span mention) {
        String before = a.text.substring(sentence.start(), mention.start());
        // "…on 3 July 2023; the semiconductors MoC that …": a semicolon ends the clause of the instrument before
        int start = sentence.start() + before.lastIndexOf(';') + 1;
        // "… held in Tokyo on 3 July 2023, and agreed on new deliverables: the Commission … signed a …": a colon opening a clause of its own
        // (not a label's colon: "- Tue 4 Jul: Minister X … signed a …" is dated by its label)
        int colon = before.lastIndexOf(": ");
        if (colon >= 0 && sentence.start() + colon >= start && SIGNED_BEFORE.matcher(before.substring(colon)).find()
                && LEAD_IN.matcher(before.substring(before.lastIndexOf('\n', colon) + 1, colon)).find()) start = sentence.start() + colon + 2;
        int and = before.lastIndexOf(", and ");
        if (and < 0 || sentence.start() + and < start) return start;
        return a.in(Layers.INSTRUMENT_HITS, new Span(sentence.start(), sentence.start() + and)).isEmpty() ? start : sentence.start() + and;
    }

    /** The sentence up to the next instrument it names after the mention: that one's "between A and B" is its own. */
    private static Span untilNextInstrument(View a, Span sentence, Span mention) {
        for (Match<InstrumentEntry> next : a.in(Layers.INSTRUMENT_HITS, new Span(mention.end(), sentence.end()))) {
            if (next.span().start() <= mention.end()) continue;
            String between = a.text.substring(mention.end(), next.span().start());
            int semicolon = between.indexOf(';');
            if (semicolon >= 0) return new Span(sentence.start(), mention.end() + semicolon);
            if (between.contains(", and ")) return new Span(sentence.start(), next.span().start());
        }
        return sentence;
    }

    private static int clauseEnd(View a, int from, int limit) {
        Span end = a.first(CLAUSE_END, new Span(from, limit));
        return end != null ? end.start() : limit;
    }

    /**
     * As {@link #clauseEnd}, where a full stop inside the sentence ends no clause ("signed by Mr. Vaishnaw … on November
     * 24, 2023": the sentence splitter ended no sentence after "Mr."): where a signing date may still be told.
     */
    private static int dateClauseEnd(View a, int from, int limit) {
        for (int at = from; ; ) {
            Span end = a.first(CLAUSE_END, new Span(at, limit));
            if (end == null) return limit;
            if (!a.text.startsWith(".", end.start())) return end.start();
            at = end.end();
        }
    }
}
