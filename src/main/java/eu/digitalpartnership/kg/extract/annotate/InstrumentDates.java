package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.text.DateFinder;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an instrument's signing date is told: in its own clause or brackets, a relative clause, the meeting it came out
 * of, a table row, a particulars field, or the sentence before (a timeline row, an occasion).
 * <pre>{@code DateMention d = InstrumentDates.signingDate(view, clause, mention);}</pre>
 */
final class InstrumentDates {
    private InstrumentDates() {}

    /**
     * For a signed instrument whose sentence has no date, a date the sentence before gives it: a timeline row's
     * ({@link #sameLineDate}) or an occasion's ({@link #occasionDate}); null otherwise.
     */
    static DateMention dateBefore(View a, Sentence sentence, Span mention) {
        // "At that time, A and B signed a memorandum on X, and the following day, C signed …": the later clause's date is not its own
        int own = coordinatedClause(a, mention.end(), sentence.span().end());
        if (sentence.index() == 0 || !a.in(Layers.DATES, new Span(sentence.span().start(), own)).isEmpty()) return null;
        Sentence before = a.get(Layers.SENTENCES).get(sentence.index() - 1);
        DateMention row = sameLineDate(a, sentence, before);
        return row != null ? row : occasionDate(a, sentence, before);
    }

    /**
     * A timeline row's date for an instrument named after the row's meeting ("Oct. 14 - 3rd Council, Seoul. MOU on 6G
     * signed"): the date opening the sentence before, on the same line, when that sentence opens the line.
     */
    static DateMention sameLineDate(View a, Sentence sentence, Sentence before) {
        if (a.text.substring(before.span().end(), sentence.span().start()).indexOf('\n') >= 0) return null;
        int lineStart = a.lines().start(Math.max(0, before.span().start() - 1));
        if (!a.text.substring(lineStart, before.span().start()).isBlank()) return null;
        return a.in(Layers.DATES, before.span()).stream().filter(d -> d.date().isFull()
                && MemorandumAnnotator.ITEM_OPENING.matcher(a.text.substring(before.span().start(), d.span().start())).matches()).findFirst().orElse(null);
    }

    private static final Pattern OCCASION_NOUN = Pattern.compile("(?i)\\b(?:summit|meeting|event|visit)\\b");
    private static final Pattern OCCASION = Pattern.compile("^\\P{L}{0,4}(?:On\\s+(?:that|the\\s+same)\\s+occasion|At\\s+(?:that|the)\\s+time|There|At\\s+(?:that|the)\\s+(?:meeting|event|occasion|[Ss]ummit)|During\\s+(?:that|the)\\s+(?:meeting|visit)"
            + "|(?:The|That)\\s+same\\s+(?:Council|council|meeting|[Ss]ummit))\\b");
    /** The same openings after a semicolon, in lower case ("…; on that occasion the Commission and MIC signed …"). */
    private static final Pattern CLAUSE_OCCASION = Pattern.compile(OCCASION.pattern(), Pattern.CASE_INSENSITIVE);


    /** "On 24 September, … co-chaired the Ministerial Meeting in Kyoto. On that occasion, METI and the Commission signed …": the date of the sentence before. */
    /**
     * "The first Council met in Tokyo on 3 July 2023; on that occasion … signed a Memorandum …": the full date of the
     * sentence before the semicolon that opens the instrument's clause with an occasion; or null.
     */
    static DateMention occasionBefore(View a, Span sentence, int clauseStart) {
        if (clauseStart <= sentence.start() || !CLAUSE_OCCASION.matcher(a.text).region(clauseStart, sentence.end()).lookingAt()) return null;
        return a.in(Layers.DATES, new Span(sentence.start(), clauseStart)).stream().filter(d -> d.date().isFull()).findFirst().orElse(null);
    }

    static DateMention occasionDate(View a, Sentence sentence, Sentence before) {
        Matcher occasion = OCCASION.matcher(sentence.span().of(a.text));
        if (!occasion.find()) return null;
        List<DateMention> full = a.in(Layers.DATES, before.span()).stream().filter(d -> d.date().isFull()).toList();
        // "At the Summit …": the date told of the summit when the sentence before dates something else too
        Matcher noun = OCCASION_NOUN.matcher(occasion.group());
        int at = noun.find() ? a.text.toLowerCase(java.util.Locale.ROOT).lastIndexOf(noun.group().toLowerCase(java.util.Locale.ROOT), before.span().end()) : -1;
        if (at >= before.span().start())
            for (DateMention d : full) if (d.span().start() > at) return d;
        return full.isEmpty() ? null : full.get(0);
    }

    /** The first date in the cells after the instrument's. */
    static DateMention rowDate(View a, Span row, Span mention) {
        return a.in(Layers.DATES, new Span(mention.end(), row.end())).stream()
                .filter(d -> a.text.substring(mention.end(), d.span().start()).contains("|")).findFirst().orElse(null);
    }

    /**
     * The date of an earlier cell of the table row whose later cell holds the instrument ("3rd | October 2026 | Seoul |
     * MOU on 6G research"): the meeting it came from; or null.
     */
    static DateMention earlierCellDate(View a, Span mention) {
        int at = mention.start();
        for (int rows = 0; rows < CONTINUED_ROWS; rows++) {
            int start = a.lines().start(Math.max(0, at - 1));
            if (at - start > MemorandumAnnotator.ROW_LENGTH) return null;
            String lead = a.text.substring(start, at);
            int bar = lead.lastIndexOf(" | ");
            if (bar < 0) return null;
            DateMention date = a.in(Layers.DATES, new Span(start, start + bar)).stream().findFirst().orElse(null);
            // a row whose earlier cells are empty (" | | Memorandum … signed") continues the row above
            if (date != null || !EMPTY_CELLS.matcher(lead).matches() || start < 2) return date;
            at = a.lines().end(start - 2);
        }
        return null;
    }

    /** How many rows with empty leading cells may continue the dated row above them. */
    private static final int CONTINUED_ROWS = 3;
    private static final Pattern EMPTY_CELLS = Pattern.compile("[\\s|]*\\|\\s*");

    /** Between an instrument and its own date in brackets: its topic, then "(" ("the MoC on semiconductors (July 2023)"). */
    private static final Pattern BRACKETED_BEFORE = Pattern.compile("[^(),;.]{0,120}\\(\\s*(?:(?:signed|concluded)\\s+)?(?:(?:in|on)\\s+)?");
    /** "the Memorandum of Cooperation in the field of Beyond 5G/6G of June 2025": the date right after its topic. */
    private static final Pattern OWN_DATE_BEFORE = Pattern.compile("(?![^,;.]*\\b(?:since|after|before|following|than|adopted|decision)\\b)[^(),;.]{0,80}\\s+of\\s+");
    /** "…, which was signed in Ottawa on 2 May", "…, which Singapore and the Commission concluded in November 2024": the instrument's own date in a relative clause after it. */
    private static final Pattern WHICH_SIGNED = Pattern.compile("[^.;]{0,240}?,\\s+which\\s+(?:(?:was|were|had\\s+been|has\\s+been)\\s+(?:signed|concluded)\\b[^.;,]{0,90}?"
            + "|(?:the\\s+)?\\p{Lu}[^.;,]{0,120}?\\s+(?:signed|concluded)(?:\\s+it)?(?:\\s+(?:here|there))?(?:\\s+in\\s+\\p{Lu}\\p{L}+)?)\\s+(?:on|in)\\s+");
    /** "The Memorandum of Cooperation on semiconductors dates from 4 July 2023": the instrument's own date. */
    private static final Pattern DATES_FROM = Pattern.compile("[^.;]{0,120}?\\s+dates\\s+(?:back\\s+to|from)\\s+");
    private static final Pattern NOT_SIGNING = Pattern.compile("(?i)\\b(?:since|until|till|from|of)\\s+(?:the\\s+)?$");

    static DateMention signingDate(View a, Span s, Span mention) {
        DateMention bracketed = a.in(Layers.DATES, new Span(mention.end(), s.end())).stream()
                .filter(d -> BRACKETED_BEFORE.matcher(a.text.substring(mention.end(), d.span().start())).matches()
                        && a.text.startsWith(")", d.span().end())
                        || OWN_DATE_BEFORE.matcher(a.text.substring(mention.end(), d.span().start())).matches())
                .findFirst().orElse(null);
        if (bracketed != null) return bracketed;
        int sentenceEnd = a.sentence(mention.start()).span().end();
        DateMention which = a.in(Layers.DATES, new Span(mention.end(), sentenceEnd)).stream()
                .filter(d -> {
                    String gap = a.text.substring(mention.end(), d.span().start());
                    return WHICH_SIGNED.matcher(gap).matches() || DATES_FROM.matcher(gap).matches();
                }).findFirst().orElse(null);
        if (which != null) return which;
        DateMention outcome = outcomeDate(a, mention);
        if (outcome != null) return outcome;
        // "…; a Memorandum of Cooperation on semiconductors … followed the next day": the day it came
        DateMention followed = a.in(Layers.DATES, new Span(mention.end(), s.end())).stream()
                .filter(d -> FOLLOWED.matcher(a.text).region(Math.max(mention.end(), d.span().start() - 24), d.span().start()).find()).findFirst().orElse(null);
        if (followed != null) return followed;
        if (!MemorandumAnnotator.SIGN.matcher(a.context(mention).of(a.text)).find()) return null;
        // an events listing's head line ("April 30, 2030 | Brussels") is read by memorandum.listing
        DateMention heading = Listings.head(a, mention.start()) == null ? Sections.dateAbove(a, a.sentence(mention.start())) : null;
        return a.in(Layers.DATES, s).stream()
                // "the first of its kind since the adequacy decision of December 2021" dates something else
                .filter(d -> !NOT_SIGNING.matcher(a.text.substring(Math.max(0, d.span().start() - 12), d.span().start())).find()
                        && !DateFinder.boundsOtherEvent(a.text, d.span()))
                // under a date heading, "…, the day after the first Council" is the Council's day (the heading is the signing's)
                .filter(d -> heading == null || !DateFinder.daysFromMeeting(a.text, d.span()))
                .filter(d -> d.span().start() < mention.end() || d.span().start() < coordinatedClause(a, mention.end(), s.end()))
                .min(Comparator.comparingInt(d -> Math.abs(d.span().start() - mention.end())))
                // under an entry's date heading ("July 4th, 2023" over "… sign a Memorandum …"): that day
                .orElse(heading);
    }


    /** "The second Council in Brussels on 30 April 2024 added a Memorandum …": an outcome of a dated meeting. */
    private static final Pattern MEETING_OUTCOME = Pattern.compile("\\b(?:[Cc]ouncil|[Mm]eeting|[Ss]ummit)\\b([^.;]{0,60}?)\\b"
            + "(?:added|produced|delivered|yielded|brought|saw|resulted\\s+in|(?:had\\s+been|was|became)\\s+the\\s+occasion\\s+for)\\s+"
            + "(?:(?:a|an|the|one|two|three)\\s+)?(?:new\\s+)?$");

    /** An instrument's coming told by its own verb right before a date: "followed the next day", "came on 4 July". */
    private static final Pattern FOLLOWED = Pattern.compile("\\b(?:followed|came|was\\s+added)\\s+(?:on\\s+)?$");

    /** How far before an instrument {@link #MEETING_OUTCOME} can begin: the meeting's noun, 60 characters, a verb and an article. */
    private static final int OUTCOME_REACH = 160;

    /** The date of the meeting whose outcome the mention is, stated between the meeting and its verb; or null. */
    static DateMention outcomeDate(View a, Span mention) {
        int from = Math.max(a.sentence(mention.start()).span().start(), mention.start() - OUTCOME_REACH);
        Matcher m = MEETING_OUTCOME.matcher(a.text).useTransparentBounds(true).region(from, mention.start());
        if (!m.find()) return null;
        return a.in(Layers.DATES, new Span(m.start(1), m.end(1))).stream().filter(d -> d.date().isFull()).findFirst().orElse(null);
    }

    /** The date of the signing field of an instrument's particulars, or null. */
    static DateMention fieldDate(View a, List<Span> particulars) {
        for (Span line : particulars)
            if (MemorandumAnnotator.SIGNING_FIELD.matcher(a.text).region(line.start(), line.end()).lookingAt())
                return a.in(Layers.DATES, line).stream().findFirst().orElse(null);
        return null;
    }

    /** ", and the following day, then Minister X signed a separate memorandum": a coordinated clause with a signing of its own (not "…, and sustainable connectivity signed on 3 July"). */
    private static final Pattern COORDINATED_SIGNING = Pattern.compile(",\\s+and\\s+(?!(?:was|were|is|are|has|have|had|been|then|subsequently|later|formally|finally|signed|concluded)\\b)"
            + "(?=[^.;]{0,120}?\\b(?:signed|concluded|inked)\\s+(?:a|an|the|another|two|three|their|its)\\b)");

    /** Where a coordinated clause telling another signing begins after the offset, or the limit. */
    static int coordinatedClause(View a, int from, int limit) {
        Matcher m = COORDINATED_SIGNING.matcher(a.text).region(from, Math.min(limit, from + COORDINATION_REACH));
        return m.find() ? m.start() : limit;
    }

    /** How far after an instrument its clause may be joined by another signing's (a bound that keeps a run-on sentence linear). */
    private static final int COORDINATION_REACH = 400;
}
