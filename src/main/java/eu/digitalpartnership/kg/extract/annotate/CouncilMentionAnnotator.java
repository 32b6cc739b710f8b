package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.rules.Rule;
import eu.digitalpartnership.kg.extract.rules.RuleBook;
import eu.digitalpartnership.kg.extract.rules.RuleMatch;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions of council meetings: "the second Digital Partnership Council", "the DPC", "its third meeting", "the next
 * Council", with the ordinal before them, whether they are announced or past, and whether a meeting is spoken of.
 */
final class CouncilMentionAnnotator implements Annotator {
    private static final String DPC = eu.digitalpartnership.kg.extract.Findings.DPC;
    /** The rule of "the previous council": the meeting before the one reported, numbered once that one's number is known. */
    static final String PREVIOUS_RULE = "council.previous";
    private static Pattern mention(Lexicons lex) {
        StringBuilder related = new StringBuilder();
        for (String name : lex.relatedBodies.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList())
            related.append(related.length() == 0 ? "" : "|").append("\\b").append(Pattern.quote(name).replace(" ", "\\E\\s+\\Q")).append("\\b");
        return Pattern.compile(
            "\\bDigital\\s+Partnership\\s+Council\\b|(?<![\"“‘'])\\b[Dd]igital\\s+[Pp]artnership\\s+[Cc]ouncil\\b|\\bDPC\\b|\\bnext\\s+Council\\b|\\b(?:meeting|session) of the Council\\b"
            + "|\\bnext\\s+meeting\\b(?!\\s+of\\s+the\\s+(?!Council))"
            + "|(?<ttc>" + related + ")"
            + "|(?<its>\\b[Ii]ts\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|inaugural|\\d+(?:st|nd|rd|th))\\s+(?:ministerial\\s+)?(?:meeting|session)\\b)"
            + "|(?<firstmet>\\b[Cc]ouncil(?:,[^.;,]{1,100},)?,?(?:\\s+which)?\\s+first\\s+met\\b)"
            + "|(?<ordmeeting>\\b(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|\\d+(?:st|nd|rd|th))"
            + "\\s+(?i:ministerial\\s+)?(?i:meeting)\\b(?!\\s+(?:of(?!\\s+(?:our|the|this|its)\\s+(?:[Cc]ouncil|DPC)\\b)|between|with|on)\\b))"
            + "|(?<appos>\\b(?:previous|last|preceding)\\s+(?:meeting|council|session),\\s+the\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\b)"
            + "|(?<previous>\\b(?:previous|preceding|last)\\s+(?:[Cc]ouncil|DPC)(?:\\s+meeting)?\\b(?!\\s+(?:of|on)\\b)"
            + "|\\b(?:[Cc]ouncil['’]s|DPC['’]s)\\s+(?:previous|preceding|last)\\s+(?:meeting|session)\\b)"
            + "|(?<prevmeeting>\\b(?:previous|preceding|last)\\s+meeting\\b(?!\\s+(?:of|on|with|between)\\b))"
            + "|(?<bare>\\b[Cc]ouncil\\b)");
    }
    /** "The Digital Partnership Council is a ministerial format that meets once a year": what the body is, no meeting of it. */
    private static final Pattern DEFINITION = Pattern.compile("\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:is|remains)\\s+(?:a|an|the|its|their)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:format|body|forum|mechanism|platform|framework|structure|vehicle|instrument)\\b");
    /** "a ministerial Digital Partnership Council that meets roughly once a year": the kind of body, told by its habit, no meeting. */
    private static final Pattern HABIT = Pattern.compile("\\s*,?\\s+(?:that|which)\\s+(?:normally\\s+|usually\\s+|typically\\s+)?meets\\s+"
            + "(?:roughly\\s+|about\\s+|around\\s+)?(?:once|twice|annually|yearly|every|each|regularly|at\\s+least)\\b");
    private static final Pattern SUB_BODY_AFTER = Pattern.compile("^\\s+(?:Working\\s+Group|working\\s+group|WG|[Ss]ub-?group|[Tt]ask\\s+[Ff]orce)");
    private static final Pattern SUB_BODY_BEFORE = Pattern.compile("(?:Working\\s+Group|working\\s+group|[Ss]ub-?group)\\b.*\\b(?:under|of)\\s+the\\s+\\S*\\s*$");
    private static final Pattern MEETING_VERB = Pattern.compile(
            "\\b(held|hold|holds|holding|met|meet|meets|took place|take place|takes place|convened|convene|co-chaired|co-chair|chaired|hosted|gathered)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words between an ordinal and the council's name: "the third ministerial meeting of the …", "1st (inaugural) EU–…". */
    private static final Set<String> BACK_SKIP = Set.of("the", "meeting", "of", "ministerial", "-", "–", "—", "/", "(", ")", "and", "their", "its", "our", "edition",
            "level", "ministerial-level", "high-level", "digital");
    private static final Pattern NEXT = Pattern.compile("\\b(next|upcoming|forthcoming)\\b[^.;]{0,30}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_BEFORE = Pattern.compile("(?i)\\bno\\s+$");
    /** In a question, a meeting asked about in the future tense: "Will there be a fourth Council?". */
    private static final Pattern WILL = Pattern.compile("(?i)\\b(?:will|shall)\\b");
    private static final Pattern FUTURE_VERB = Pattern.compile(
            "\\b(?:will|shall|would)\\s+(?:be\\s+held|take\\s+place|meet|convene|host|hold|be\\s+hosted|be\\s+organi[sz]ed|be\\s+convened)\\b"
            // "Japan will work closely with the EU to hold a Japan-EU Summit and the third Council"
            + "|\\bwill\\s+\\w+(?:\\s+\\w+){0,5}?\\s+to\\s+(?:hold|host|convene)\\b[^.;]{0,60}$"
            + "|\\b(?:plan|plans|agreed|decided|intend|intends|aim|aims|expect|expects)\\s+to\\s+(?:meet|hold|convene|host)\\b"
            + "|\\b(?:is|are)\\s+(?:scheduled|planned|expected)\\s+(?:to|for)\\b|(?<!\\b(?:first|second|third|last|only|one)\\s)\\bto be held\\b"
            + "|\\b(?:has|have|had)\\s+(?:yet\\s+)?(?:not\\s+)?(?:yet\\s+)?been\\s+(?:set|fixed|decided|announced)\\s+for\\b"
            + "|\\bnot\\s+(?:yet\\s+)?(?:announced|set|fixed|decided|confirmed|scheduled)\\b[^.;]{0,40}\\b(?:of|for)\\s+(?:(?:the|its)\\s+\\S+\\s*)?$"
            + "|\\bno\\s+(?:date|venue|place|time)\\b[^.;]{0,30}\\b(?:given|set|fixed|announced|decided|confirmed)\\s+(?:yet\\s+)?for\\s+(?:(?:the|its)\\s+\\S+\\s*)?$"
            + "|\\bno\\s+(?:date|venue|place|time)(?:\\s+(?:or|and|nor)\\s+(?:date|venue|place|time))?\\s+(?:yet\\s+)?for\\s+(?:the|its|a)\\s+\\S+\\s*$"
            + "|\\b(?:intend|intends|plan|plans|aim|aims|expect|expects)\\s+to\\s+\\w+\\b[^.;]{0,60}\\b(?:at|during|by)\\s+(?:(?:the|its)\\s+\\S+\\s*)?$", Pattern.CASE_INSENSITIVE);
    /** "the first Council held outside Europe": a superlative about the meeting, not its number. */
    private static final Pattern SUPERLATIVE = Pattern.compile("\\s+(?:ever\\s+)?(?:to\\s+be\\s+)?(?:held|hosted|convened)\\s+(?:outside|in\\s+the\\s+\\S+\\s+region)\\b"
            + "|\\s+(?:ever\\s+)?to\\s+be\\s+(?:held|hosted|convened)\\b|\\s+outside\\b"
            // "the first meeting of the council since the second one": the first after some, not the first of all
            + "|\\s+(?:of\\s+(?:the|this)\\s+(?:[Cc]ouncil|DPC)\\s+)?(?:since|after)\\s+(?:the|its)\\s+(?:\\S+\\s+){0,2}?(?:one|meeting|[Cc]ouncil|DPC|session)\\b"
            // "her first Council in this format since she took office": the first of someone's, not of the series
            + "|\\s+(?:in\\s+this\\s+format\\s+)?since\\s+(?:she|he|I|we|they|taking|becoming|joining)\\b"
            // "the first council meeting attended by Virkkunen": the first of one person's
            + "|\\s+(?:meeting\\s+)?(?:attended\\s+by|for\\s+(?:her|him))\\b");
    /** "the second Council held in Japan outside Tokyo", "the second Japanese-hosted Council": a count within some meetings, not the ordinal. */
    private static final Pattern SUBSET_AFTER = Pattern.compile("\\s+(?:(?:to\\s+be\\s+)?(?:held|hosted|convened)\\s+(?:in|on)\\s+[^.;,]{1,40}?\\s+)?outside\\b"
            + "|\\s+(?:(?:held|hosted)\\s+)?in\\s+(?:this|that|the\\s+same)\\s+(?:city|country|capital)\\b"
            + "|\\s+(?:to\\s+be\\s+)?(?:held|hosted|convened)\\s+in\\s+[^.;,]{1,40}?\\s+since\\b");
    private static final Pattern SUBSET_BEFORE = Pattern.compile("-hosted\\s+$");
    /** "DPC IV", "Digital Partnership Council VII": a Roman numeral after the name is its ordinal. */
    /** A Roman numeral of I to XXIX. */
    static final String ROMAN = "X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,2}";
    private static final Pattern ROMAN_AFTER = Pattern.compile("\\s+(" + ROMAN + ")\\b(?![’'-]|\\s+(?:am|was|have|had|will|would|think|can|could|do|did)\\b)");

    /** The value of a Roman numeral of I to XXIX. */
    static int roman(String numeral) {
        int total = 0, previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) { case 'I' -> 1; case 'V' -> 5; default -> 10; };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    private static final Set<String> PERSON_OWNER = Set.of("his", "her", "my", "your");
    /** "The Council was held at the Lotte Hotel Seoul": the bare name as the subject of a past meeting verb. */
    private static final Pattern BARE_HELD = Pattern.compile("\\s+(?:was\\s+(?:held|convened|hosted)|took\\s+place|met|meets\\s+(?:next|this|on|today|tomorrow)|convened)\\b");
    private static final Pattern BARE_THE = Pattern.compile("\\b[Tt]he\\s+$");
    /** "Do we know anything about a third meeting?": a meeting asked after, with an indefinite article, is none ("Will there be a fourth?" asks of one to come). */
    private static final Pattern ASKED_ANY = Pattern.compile("\\b(?:a|an|any)\\s+(?:\\S+\\s+){0,6}?$");
    /** "When and where is the 3rd Council?": a question after a meeting's time or place names no meeting. */
    private static final Pattern QUESTION_WHEN = Pattern.compile("\\s*(?:When|Where)\\b[^?]*\\?\\s*$");
    /** "Quick recap: Council on Tuesday 26 March in Brussels": the bare name opening a clause, without its article. */
    private static final Pattern BARE_OPENS = Pattern.compile("(?:^|[:\\n]|\\.\\s)\\s*$");
    /** "Timing of the Council on Monday, December 8": the bare name dated by a day names the meeting of that day. */
    private static final Pattern BARE_DATED = Pattern.compile("\\s+on\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d)");
    private static final Pattern FIRST_MET = Pattern.compile(",?\\s+(?:which\\s+|that\\s+)?(first)\\s+met\\b");
    /** "convened in Ottawa today for the fifth time": the ordinal after the meeting verb; "for the first time in X" is none. */
    private static final Pattern NTH_TIME = Pattern.compile("^[^.;]{0,80}?\\b(?:met|meets|convened|convenes|gathered|was\\s+held|took\\s+place)\\b"
            + "[^.;]{0,40}?\\bfor\\s+the\\s+(\\S+)\\s+time\\b(?!\\s+(?:at|outside|since)\\b)");
    /** "… for the first time in Tokyo on 3 July 2023 and for the second time in Brussels on …": the next count of the same sentence. */
    private static final Pattern AND_NTH_TIME = Pattern.compile("\\s*,?\\s+and\\s+(?:again\\s+)?for\\s+the\\s+(\\S+)\\s+time\\b");
    private static final Pattern IN_OR_ON = Pattern.compile("\\s+(in|on)\\s+");
    private static final Pattern ON_AFTER_PLACE = Pattern.compile(",?\\s+(?:on\\s+)?");

    /** True if a date follows at: "… in Montréal on December 8", "… in Seoul last June". */
    private static boolean datedAfter(View a, int at) {
        Matcher on = ON_AFTER_PLACE.matcher(a.text).region(at, a.text.length());
        return on.lookingAt() && !a.get(Layers.DATES).startingWithin(new Span(on.end(), Math.min(a.text.length(), on.end() + 1))).isEmpty();
    }
    /** Before an ordinal: an owner that makes "the second meeting" some other body's ("the Committee's", "their"). */
    private static final Pattern OTHER_OWNER = Pattern.compile("(?:['’]s|\\b(?:their|his|her|our))\\s*$");
    private static final Pattern COUNCIL_OWNER = Pattern.compile("\\b(?:[Cc]ouncil|DPC)['’]s\\s*$");
    private static final Pattern NAMED_BEFORE = Pattern.compile("\\bthe\\s+(\\p{Lu}[\\p{L}-]*)(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+$");
    /** "the first held in the capital", "was the first to": a superlative, not a meeting standing for its ordinal. */
    private static final Pattern SUPERLATIVE_ORDINAL = Pattern.compile("\\s+(?:held|hosted|convened|organi[sz]ed|ever|to)\\b");
    private static final Pattern PREDICATE = Pattern.compile("\\b(?:was|is|were|are|be|been|being|as)\\s+$");
    private static final Pattern WHOSE = Pattern.compile("^\\s*whose\\b");
    private static final Pattern PAST = Pattern.compile("\\b(previous|last|since|earlier|preceding|prior)\\b", Pattern.CASE_INSENSITIVE);

    private final Lexicons lex;
    private final Pattern mentionPattern;
    private final RuleBook rules = RuleBook.load("councils", Set.of());
    private final List<Rule> elliptical = List.of(rules.get("council.elliptical"));

    CouncilMentionAnnotator(Lexicons lex) {
        this.lex = lex;
        this.mentionPattern = mention(lex);
    }

    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.PARTNER_HITS, Layers.DEMONYM_HITS, Layers.PARTIES, Layers.INSTRUMENT_HITS,
                Layers.DATES, Layers.PLACES, Layers.REFUTED, Layers.FURNITURE);
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.COUNCIL_MENTIONS); }

    @Override public void annotate(Document doc, Output out) {
        View a = new View(doc);
        List<CouncilMention> found = mentions(a);
        List<CouncilMention> all = new ArrayList<>(withWindows(a, withElliptical(a, new LayerInput(doc, Map.of()), found)));
        all.addAll(tableRows(a));
        all.addAll(sinceMet(a));
        all.addAll(metTimes(a, found));
        all.addAll(itFirstMet(a));
        all.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        out.put(Layers.COUNCIL_MENTIONS, all);
    }

    private static final Pattern IT_FIRST_MET = Pattern.compile("\\bIt\\s+(?:(first)\\s+met|met\\s+for\\s+the\\s+(first)\\s+time|was\\s+(first)\\s+convened|(first)\\s+convened)\\b");
    private static final Pattern COUNCIL_SUBJECT = Pattern.compile("\\s*(?:The|the)\\s+(?:(?:EU|Digital\\s+Partnership|[\\p{Lu}][\\p{L}-]*[–-]\\p{Lu}[\\p{L}-]*)\\s+)*(?:[Cc]ouncil|DPC)\\b(?!\\s+(?:of|for)\\b)");

    /** "The council … is the ministerial body … It first met at … on June 30 last year": the first meeting, told by a pronoun. */
    private List<CouncilMention> itFirstMet(View a) {
        List<CouncilMention> out = new ArrayList<>();
        Matcher m = IT_FIRST_MET.matcher(a.text);
        while (m.find()) {
            Sentence sentence = a.sentence(m.start());
            if (sentence == null || sentence.span().start() != m.start() || sentence.index() == 0) continue;
            Sentence before = a.sentenceNo(sentence.index() - 1);
            if (!COUNCIL_SUBJECT.matcher(a.text).region(before.span().start(), before.span().end()).lookingAt()) continue;
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            out.add(new CouncilMention(new Span(m.start(g), m.end(g)), sentence.index(), 1, false, true, true, DPC, sentence.span(), "council.it-first-met"));
        }
        return out;
    }

    private static final Pattern SINCE_MET = Pattern.compile("\\b(?:[Cc]ouncil|DPC)\\s+(?:which\\s+)?first\\s+met\\b[^.;]{0,80}?\\bhas\\s+since\\s+met\\s+(?:in\\s+)?");
    private static final Pattern SINCE_ITEM = Pattern.compile("(?:,\\s*(?:and\\s+)?|\\s+and\\s+)?(?:in\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})(?:\\s+again)?\\s*\\(([^()]{3,40})\\)");

    /**
     * The meetings listed in order after "first met in X … and has since met in": "Brussels (April 2025), Québec City
     * (12 March 2026) and Ottawa (14 November 2028)" are the second, third and fourth; each item its window.
     */
    private List<CouncilMention> sinceMet(View a) {
        List<CouncilMention> out = new ArrayList<>();
        Matcher m = SINCE_MET.matcher(a.text);
        while (m.find()) {
            Sentence sentence = a.sentence(m.start());
            if (sentence == null) continue;
            Matcher item = SINCE_ITEM.matcher(a.text).region(m.end(), sentence.span().end());
            int ordinal = 2;
            while (item.lookingAt()) {
                Span place = new Span(item.start(1), item.end(1));
                out.add(new CouncilMention(place, sentence.index(), ordinal++, false, true, true, DPC,
                        new Span(item.start(1), item.end()), "council.since-met"));
                item.region(item.end(), sentence.span().end());
            }
        }
        return out;
    }

    /** "The Council has met three times:", "we have met twice at ministerial level:", "the two sides have met first in …". */
    private static final Pattern MET_TIMES = Pattern.compile("(?:\\b(?:[Cc]ouncil|DPC)\\b[^.;:]{0,60}?\\b|\\b(?<pronoun>[Ww]e|[Tt]he\\s+two\\s+sides|[Bb]oth\\s+sides)\\s+)"
            + "(?:has|have|had)\\s+(?:now\\s+|so\\s+far\\s+|already\\s+)?"
            + "met\\s+(?:(?:twice|\\w+\\s+times)(?:\\s+(?:so\\s+far|to\\s+date|since)\\b[^:;.]{0,30}?|\\s+at\\s+(?:the\\s+)?ministerial\\s+level)?\\s*[:,]?\\s*|(?=first\\s))");
    private static final String MET_SEPARATOR = "(?:\\s*,\\s*|\\s+)?(?:and\\s*,?\\s*)?(?:(?:most\\s+)?recently\\s*,?\\s*|lastly\\s*,?\\s*|finally\\s*,?\\s*|first\\s+|then\\s+)?(?:again\\s+)?(?:here\\s+)?";
    private static final String MET_PLACE = "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})";
    /** An item "in Tokyo on 3 July 2023", "Brussels (30 April 2024)": its place, then where its date must begin. */
    private static final Pattern MET_PLACE_FIRST = Pattern.compile(MET_SEPARATOR + "(?:in\\s+)?" + MET_PLACE + "(?:\\s+again)?\\s*,?\\s*\\(?\\s*(?:on\\s+|in\\s+|at\\s+the\\s+(?:end|start|beginning)\\s+of\\s+)?");
    /** An item "on 3 July 2023 in Tokyo": where its date must begin. */
    private static final Pattern MET_DATE_FIRST = Pattern.compile(MET_SEPARATOR + "(?:on\\s+|in\\s+)?");
    private static final Pattern MET_PLACE_AFTER = Pattern.compile("\\s*,?\\s*in\\s+" + MET_PLACE);

    /**
     * The meetings listed in order after "the Council has met three times:": "in Tokyo on 3 July 2023, in Brussels on 30
     * April 2024 and, most recently, again in Tokyo on 12 May 2025" are the first, second and third, each dated and placed
     * by its own item; a list of fewer than two dated items numbers nothing.
     */
    private List<CouncilMention> metTimes(View a, List<CouncilMention> found) {
        List<CouncilMention> out = new ArrayList<>();
        Matcher m = MET_TIMES.matcher(a.text);
        while (m.find()) {
            Sentence sentence = a.sentence(m.start());
            if (sentence == null) continue;
            // "we have met twice": the council's members, once the text has named the council
            int at = m.start();
            if (m.group("pronoun") != null && found.stream().noneMatch(f -> DPC.equals(f.kind()) && f.span().end() <= at)) continue;
            List<CouncilMention> items = new ArrayList<>();
            int pos = m.end(), end = sentence.span().end();
            while (pos < end) {
                Span place = null;
                DateMention date = null;
                Matcher placeFirst = MET_PLACE_FIRST.matcher(a.text).region(pos, end);
                if (placeFirst.lookingAt() && (date = dateAt(a, placeFirst.end())) != null) {
                    place = new Span(placeFirst.start(1), placeFirst.end(1));
                    pos = date.span().end();
                } else {
                    Matcher dateFirst = MET_DATE_FIRST.matcher(a.text).region(pos, end);
                    Matcher after = null;
                    if (dateFirst.lookingAt() && (date = dateAt(a, dateFirst.end())) != null
                            && (after = MET_PLACE_AFTER.matcher(a.text).region(date.span().end(), end)).lookingAt()) {
                        place = new Span(after.start(1), after.end(1));
                        pos = after.end();
                    }
                }
                if (place == null) break;
                if (pos < end && a.text.charAt(pos) == ')') pos++;
                Span window = new Span(Math.min(place.start(), date.span().start()), pos);
                items.add(new CouncilMention(place, sentence.index(), items.size() + 1, false, true, true, DPC, window, "council.met-times"));
            }
            if (items.size() >= 2) out.addAll(items);
        }
        return out;
    }

    private static DateMention dateAt(View a, int offset) {
        List<DateMention> at = a.in(Layers.DATES, new Span(offset, Math.min(a.text.length(), offset + 40)));
        return at.isEmpty() || at.get(0).span().start() != offset ? null : at.get(0);
    }

    private static final Pattern COUNCIL_COLUMN = Pattern.compile("(?i)\\b(?:council|meeting|DPC)\\b");
    private static final Pattern WHEN_OR_WHERE_COLUMN = Pattern.compile("(?i)\\b(?:date|place|city|venue|location|when|where)\\b");
    private static final Pattern RULE_ROW = Pattern.compile("[\\s|:+-]*");
    private static final Pattern ORDINAL_IN_BRACKETS = Pattern.compile("\\((\\p{L}+)\\)");

    /**
     * The rows of a table of councils ("Council | Date | City" then "2nd | 20 March 2025 | Brussels", or a Markdown
     * table whose "Digital Partnership Council" column reads "1 (second)"): a mention per row whose council cell holds an
     * ordinal, the row up to its last date or place column its window.
     */
    private List<CouncilMention> tableRows(View a) {
        List<CouncilMention> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < a.text.length()) {
            int lineEnd = a.lines().end(lineStart);
            List<Span> header = cells(a.text, lineStart, lineEnd);
            int column = header.size() < 2 ? -1 : firstColumn(a.text, header, COUNCIL_COLUMN);
            if (column < 0) {
                lineStart = lineEnd + 1;
                continue;
            }
            int last = lastColumn(a.text, header, WHEN_OR_WHERE_COLUMN);
            int pos = lineEnd + 1;
            while (pos < a.text.length()) {
                int end = a.lines().end(pos);
                List<Span> row = cells(a.text, pos, end);
                if (row.isEmpty()) break;
                if (RULE_ROW.matcher(a.text.substring(pos, end)).matches() || row.size() <= column) {
                    pos = end + 1;
                    continue;
                }
                Span cell = row.get(column);
                Integer ordinal = ordinalOfCell(cell.of(a.text));
                Sentence sentence = a.sentence(pos);
                if (ordinal != null && sentence != null) {
                    int windowEnd = last < 0 || last < column || last >= row.size() ? end : row.get(last).end();
                    out.add(new CouncilMention(cell, sentence.index(), ordinal, false, true, true, DPC,
                            new Span(pos, windowEnd), "council.table-row"));
                }
                pos = end + 1;
            }
            lineStart = pos;
        }
        return out;
    }

    /** The trimmed cells of a line split at "|" (a Markdown row's outer bars dropped); none if the line has no bar. */
    private static List<Span> cells(String text, int start, int end) {
        List<Span> out = new ArrayList<>();
        if (text.indexOf('|', start) < 0 || text.indexOf('|', start) >= end) return out;
        int from = start;
        while (from < end && Character.isWhitespace(text.charAt(from))) from++;
        if (from < end && text.charAt(from) == '|') from++;
        while (from <= end) {
            int bar = text.indexOf('|', from);
            int to = bar < 0 || bar > end ? end : bar;
            Span cell = new Span(from, to).trimmed(text);
            if (cell.length() > 0 || to < end) out.add(cell);
            from = to + 1;
        }
        return out;
    }

    private static int firstColumn(String text, List<Span> header, Pattern p) {
        for (int i = 0; i < header.size(); i++) if (p.matcher(header.get(i).of(text)).find()) return i;
        return -1;
    }

    private static int lastColumn(String text, List<Span> header, Pattern p) {
        for (int i = header.size() - 1; i >= 0; i--) if (p.matcher(header.get(i).of(text)).find()) return i;
        return -1;
    }

    /** The ordinal a council cell gives: "2nd", "Inaugural", or a count with the ordinal in brackets ("1 (second)"). */
    private Integer ordinalOfCell(String cell) {
        Integer ordinal = lex.ordinals.get(cell.toLowerCase(Locale.ROOT));
        if (ordinal != null || cell.isEmpty()) return ordinal;
        Matcher m = ORDINAL_IN_BRACKETS.matcher(cell);
        return m.find() && cell.substring(0, m.start()).strip().matches("\\d+") ? lex.ordinals.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /**
     * Adds the ordinals that stand alone for a council named in the same or the previous sentence ("the first was held
     * in Ottawa, the second in Brussels"), unless an instrument is named in between (then "the first" is one of them).
     */
    private static final Pattern IN_PLACE = Pattern.compile("\\s+(?:held\\s+)?in\\s+\\p{Lu}");

    private List<CouncilMention> withElliptical(View a, LayerInput input, List<CouncilMention> found) {
        if (found.isEmpty()) return found;
        java.util.TreeSet<Integer> sentences = new java.util.TreeSet<>();
        for (CouncilMention m : found) {
            sentences.add(m.sentence());
            sentences.add(m.sentence() + 1);
        }
        List<Sentence> all = a.get(Layers.SENTENCES);
        List<CouncilMention> added = new ArrayList<>();
        int k = 0;
        for (int si : sentences) {
            if (si >= all.size()) continue;
            Sentence sentence = all.get(si);
            for (RuleMatch rm : input.match(elliptical, sentence)) {
                Span ord = rm.get("ord").span();
                Integer ordinal = lex.ordinals.get(ord.of(a.text).toLowerCase(Locale.ROOT));
                if (ordinal == null || SUPERLATIVE_ORDINAL.matcher(a.text.substring(ord.end(), Math.min(a.text.length(), ord.end() + 20))).lookingAt()
                        || PREDICATE.matcher(a.text.substring(Math.max(0, rm.span().start() - 12), rm.span().start())).find()) continue;
                CouncilMention before = null;
                for (CouncilMention m : found)
                    if (m.span().end() <= rm.span().start() && m.sentence() >= si - 1) before = m;
                    else if (m.span().end() > rm.span().start()) break;
                if (before == null || !before.kind().equals(DPC) || before.future()) continue;
                // "last July, on the 3rd": a day of the month, not the third meeting
                if (found.stream().anyMatch(m -> m.span().overlaps(rm.span())) || a.get(Layers.DATES).overlaps(ord)) continue;
                if (!placeOrDateSetOff(a, ord) && !a.in(Layers.INSTRUMENT_HITS, new Span(before.span().end(), rm.span().start())).isEmpty()) continue;
                String after = a.text.substring(ord.end(), Math.min(sentence.span().end(), ord.end() + 200));
                // "It was the third meeting, and the second in Tokyo": a lower count of the same meeting among those held there
                if (before.ordinal() != null && ordinal < before.ordinal() && before.sentence() == si && IN_PLACE.matcher(after).lookingAt()) continue;
                after = after.replaceFirst("(?s)(?:,\\s*the\\s+\\S+\\s+(?:in|on|at|here)\\b|\\band\\s+the\\s+\\S+\\s+(?:in|on|at|here)\\b).*", "");
                boolean future = FUTURE_VERB.matcher(after).find();
                added.add(new CouncilMention(ord, si, ordinal, future, !future, true, DPC, sentence.span(), rm.rule()));
            }
        }
        if (added.isEmpty()) return found;
        List<CouncilMention> merged = new ArrayList<>(found);
        merged.addAll(added);
        merged.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return merged;
    }

    /** "The second (Brussels, 30 April 2024)": brackets right after the ordinal that give a meeting's place or date. */
    private static boolean placeOrDateSetOff(View a, Span ordinal) {
        Matcher m = BRACKETS_AFTER.matcher(a.text).region(ordinal.end(), Math.min(a.text.length(), ordinal.end() + 80));
        if (!m.lookingAt()) return false;
        int g = m.group(1) != null ? 1 : 2;
        Span inside = new Span(m.start(g), m.end(g));
        return !a.in(Layers.DATES, inside).isEmpty() || !a.in(Layers.PLACES, inside).isEmpty();
    }

    /** "The second (Brussels, 30 April 2024)", "The second, in Brussels on April 30, 2024, produced …": the meeting's place or date set off. */
    private static final Pattern BRACKETS_AFTER = Pattern.compile("\\s*\\(([^()]{3,60})\\)|,\\s+((?:in|at|on)\\s+[^,;.()]{3,60}(?:,\\s+\\d{4})?),");

    private List<CouncilMention> mentions(View a) {
        List<CouncilMention> mentions = new ArrayList<>();
        Parties parties = a.doc.single(Layers.PARTIES);
        Matcher m = mentionPattern.matcher(a.text);
        Span previous = null;
        String previousKind = DPC;
        boolean oursSeen = false;
        int otherSentence = -2;
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (a.notOwn(s.start())) continue;
            Sentence sentence = a.sentence(s.start());
            // a name wrapped over a line break, which ends a sentence ("digital partnership\ncouncil" in a transcript), is none
            if (s.end() > sentence.span().end()) continue;
            CouncilMention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            if (last != null && previous != null && last.span().end() == previous.end() && m.group("bare") != null
                    && "council.ordinal-meeting".equals(last.rule()) && SAME_NAME.matcher(a.text).region(previous.end(), s.start()).matches()) {
                // "The first meeting of the Council took place in Seoul": one mention, whose clause goes on after "Council"
                mentions.set(mentions.size() - 1, last.spanning(last.span().union(s)));
                previous = s;
                continue;
            }
            boolean acronym = previous != null && a.text.substring(previous.end(), s.start()).matches("\\s*\\(");
            String before = a.text.substring(Math.max(sentence.span().start(), s.start() - 400), s.start());
            String after = a.text.substring(s.end(), Math.min(sentence.span().end(), s.end() + 400));
            boolean prior = m.group("previous") != null || m.group("prevmeeting") != null;
            // "its third meeting", "the previous meeting": of the council just named, if it was
            if ((m.group("its") != null || m.group("appos") != null || m.group("prevmeeting") != null) && (previous == null || a.sentence(previous.start()).index() < sentence.index() - 1)) continue;
            // "… proposes that the group hold its second meeting": the meeting of the body just named, not of the council
            if (m.group("its") != null && OTHER_BODY_BEFORE.matcher(a.text).region(Math.max(sentence.span().start(), s.start() - 60), s.start()).find()) continue;
            // "The second meeting of the council is expected …" a paragraph after another partner's council: ours again
            boolean ownAgain = previous == null && oursSeen && sentence.index() > otherSentence + 1
                    && OF_THE_COUNCIL.matcher(a.text).region(s.end(), Math.min(a.text.length(), s.end() + 30)).lookingAt();
            if (m.group("ordmeeting") != null && (previous == null && !ownAgain || ownedByOther(a, sentence, s))) continue;
            boolean nextMeeting = m.group().regionMatches(true, 0, "next", 0, 4);
            boolean recent = previous != null && a.sentence(previous.start()).index() >= sentence.index() - 1;
            String kind = m.group("ttc") != null ? lex.relatedBodies.get(m.group("ttc").replaceAll("\\s+", " "))
                    : m.group("its") != null || m.group("appos") != null || m.group("ordmeeting") != null || m.group("prevmeeting") != null || nextMeeting && !m.group().endsWith("Council") && recent ? previousKind : DPC;
            String previousKindBefore = previousKind;
            previous = s;
            previousKind = kind;
            if (acronym || SUB_BODY_AFTER.matcher(after).find() || SUB_BODY_BEFORE.matcher(before).find() || UNSET.matcher(before).find()
                    || TO_BE_SET_BEFORE.matcher(before).find() && TO_BE_SET_AFTER.matcher(after).lookingAt()
                    || WHENEVER.matcher(after).lookingAt() || ASKED_WHEN.matcher(before).find() || QUESTION_WHEN.matcher(a.text).region(sentence.span().start(), sentence.span().end()).matches()
                    || ASKED_ANY.matcher(before).find() && sentence.span().of(a.text).strip().endsWith("?") && !WILL.matcher(sentence.span().of(a.text)).find()) continue;
            if (otherPartnership(a, parties, s) || withOther(a, parties, s)) {
                previous = null;
                otherSentence = sentence.index();
                continue;
            }
            if (DPC.equals(kind)) oursSeen = true;
            Span ordinalSpan = m.group("its") != null || m.group("firstmet") != null || m.group("appos") != null
                    || m.group("ordmeeting") != null ? ordinalIn(a, s) : ordinalBefore(a, sentence, s, m.group("bare") != null ? 2 : 8);
            String rule = m.group("ordmeeting") != null ? "council.ordinal-meeting" : prior ? PREVIOUS_RULE : null;
            Integer romanOrdinal = null;
            Matcher nthTime = NTH_TIME.matcher(after);
            if (ordinalSpan == null && m.group("ttc") == null && nthTime.find() && lex.ordinals.containsKey(nthTime.group(1).toLowerCase(Locale.ROOT))
                    && countsMeetings(a, s.end() + nthTime.end(), AND_NTH_TIME.matcher(a.text).region(s.end() + nthTime.end(), sentence.span().end()).find())) {
                ordinalSpan = new Span(s.end() + nthTime.start(1), s.end() + nthTime.end(1));
                rule = "council.nth-time";
            }
            Matcher roman = ROMAN_AFTER.matcher(after);
            if (ordinalSpan == null && m.group("bare") == null && m.group("ttc") == null && roman.lookingAt()) {
                ordinalSpan = new Span(s.end() + roman.start(1), s.end() + roman.end(1));
                romanOrdinal = roman(roman.group(1));
            }
            Matcher firstMet = FIRST_MET.matcher(after);
            if (ordinalSpan == null && firstMet.lookingAt()) ordinalSpan = new Span(s.end() + firstMet.start(1), s.end() + firstMet.end(1));
            Integer ordinal = ordinalSpan == null ? null : romanOrdinal != null ? romanOrdinal : lex.ordinals.get(ordinalWord(a, ordinalSpan));
            if (ordinal != null && (Integer.valueOf(1).equals(ordinal) && SUPERLATIVE.matcher(after).lookingAt()
                    || SUBSET_AFTER.matcher(after).lookingAt() || SUBSET_BEFORE.matcher(before).find())) {
                ordinal = null;
                ordinalSpan = null;
            }
            if (m.group("bare") != null && ordinal == null && !NEXT.matcher(before).find()
                    && !((BARE_HELD.matcher(after).lookingAt() || BARE_DATED.matcher(after).lookingAt()) && BARE_THE.matcher(before).find()
                        || BARE_DATED.matcher(after).lookingAt() && BARE_OPENS.matcher(before).find() && Character.isUpperCase(a.text.charAt(s.start())))) {
                // a bare "council" that names no meeting does not change which body "its third meeting" is of
                previousKind = previousKindBefore;
                continue;
            }
            Span mention = ordinalSpan == null ? s : ordinalSpan.union(s);
            // "no second meeting of the Council has taken place": a meeting said not to have been held
            if (NO_BEFORE.matcher(a.text).region(Math.max(0, mention.start() - 4), mention.start()).find()) continue;
            String clause = before.substring(Math.max(0, before.length() - 80)).replaceFirst("(?s)^.*[.;:]", "");
            // "to help prepare the second … Council, which took place in Brussels on …": told as held, whatever led to it
            boolean future = !HELD_AFTER.matcher(after).lookingAt() && (nextMeeting || NOT_YET_SET.matcher(clause).find() || NEXT.matcher(clause).find() || UNDECIDED_AFTER.matcher(after).lookingAt() || FUTURE_VERB.matcher(ownClause(after)).find() || FUTURE_VERB.matcher(clause).find()
                    || futureCue(before) || WILL.matcher(clause).find() && sentence.span().of(a.text).strip().endsWith("?") || mention.start() < s.start() && futureCue(a.text.substring(Math.max(sentence.span().start(), mention.start() - 400), mention.start())));
            boolean past = PAST.matcher(before).find();
            boolean meeting = ordinal != null || prior || DAY_POSSESSIVE.matcher(before).find() || m.group("bare") != null && BARE_DATED.matcher(after).lookingAt()
                    || !DEFINITION.matcher(after).lookingAt() && !HABIT.matcher(after).lookingAt() && MEETING_VERB.matcher(a.context(s).of(a.text)).find();
            Matcher other = OTHER_CLAUSE.matcher(after);
            Span window = other.find() ? new Span(sentence.span().start(), s.end() + other.start()) : sentence.span();
            mentions.add(new CouncilMention(mention, sentence.index(), ordinal, future, past, meeting, kind, window, rule));
            if ("council.nth-time".equals(rule)) {
                Matcher again = AND_NTH_TIME.matcher(a.text).region(mention.end(), sentence.span().end());
                Span next = again.find() ? new Span(again.start(1), again.end(1)) : null;
                Integer nextOrdinal = next == null ? null : lex.ordinals.get(next.of(a.text).toLowerCase(Locale.ROOT));
                if (nextOrdinal != null && countsMeetings(a, again.end(), true) && a.text.substring(mention.end(), next.start()).indexOf(';') < 0)
                    mentions.add(new CouncilMention(next, sentence.index(), nextOrdinal, future, past, true, kind, sentence.span(), rule));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
        return mentions;
    }

    /**
     * After "for the first time": "on" a date counts the meetings, and "in" a city does in a sequence ("in Tokyo on 3 July
     * 2023 and for the second time in Brussels …"); alone, "for the first time in Busan", "in Europe", "on Japanese soil"
     * count something else.
     */
    private static boolean countsMeetings(View a, int at, boolean sequence) {
        Matcher m = IN_OR_ON.matcher(a.text).region(at, a.text.length());
        if (!m.lookingAt()) return true;
        Span next = new Span(m.end(), Math.min(a.text.length(), m.end() + 1));
        if (m.group(1).equals("in")) {
            Place city = a.get(Layers.PLACES).startingWithin(next).stream().filter(Place::isCity).findFirst().orElse(null);
            // "for the first time in Montréal on December 8": a city and the day count the meetings
            return city != null && (sequence || datedAfter(a, city.span().end()));
        }
        return !a.get(Layers.DATES).startingWithin(next).isEmpty() || !a.get(Layers.DATES).startingWithin(new Span(m.start() + 1, m.start() + 2)).isEmpty();
    }

    /** "the 3rd Council meeting (date and venue not yet decided)", "the second Council – for which no date has been set": a meeting still to come. */
    private static final Pattern UNDECIDED_AFTER = Pattern.compile("(?i)(?:\\s+meeting)?\\s*[(:]\\s*(?:the\\s+)?(?:date|venue|place|time)(?:\\s*(?:and|or|&|/)\\s*(?:date|venue|place|time))?\\s+"
            + "(?:(?:is|are)\\s+)?(?:not\\s+yet|still\\s+to\\s+be|yet\\s+to\\s+be|to\\s+be|tbc|tbd)\\b"
            // "the second Council – for which no date or venue has been announced –"
            + "|\\s*[–—,(-]?\\s*for\\s+which\\s+no\\s+(?:date|venue|place|time)\\b[^.;]{0,30}?\\b(?:announced|set|fixed|decided|confirmed|agreed)\\b"
            // a timeline's last row: "• 3rd Council – ?", "4th Council: tbc"
            + "|[ \\t]*[–—:|-][ \\t]*(?:\\?+|tbc|tbd|tba|n/a)[ \\t]*(?:\\n|$)");

    private static final Pattern OTHER_BODY_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:group|forum|task\\s+force|panel|network)\\s+(?:\\p{Ll}+\\s+){0,2}$");

    /** "Yesterday's Digital Partnership Council", "Tuesday's council": a day's meeting. */
    private static final Pattern DAY_POSSESSIVE = Pattern.compile("(?i)\\b(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\\s+(?:\\S+\\s+){0,3}$");

    /** Where the words after a mention turn to another meeting or another statement: "… and says the next one will be held in Tokyo". */
    private static final Pattern OTHER_CLAUSE = Pattern.compile("\\s+and\\s+(?:says|said|adds|added|notes|noted|writes|wrote|reports|reported|recalls|recalled)\\b"
            + "|\\bthe\\s+(?:next|following)\\s+(?:one|meeting|session)\\b"
            // "held in Tokyo in July 2023, where two memoranda of cooperation were concluded – one … on 3 July", "…, when the ministry
            // and the commission signed a memorandum … on July 3": the instruments' days
            + "|,\\s+(?:where|when)\\s+(?:\\S+\\s+){0,10}?(?:memorand|MoUs?\\b|MoCs?\\b|MOUs?\\b|administrative\\s+arrangements?\\b|instruments\\b)");

    /** The text after a mention up to a semicolon or the next mention: "…; this 2nd Council was the first to be held in Europe" tells nothing of the first. */

    private String ownClause(String after) {
        int semicolon = after.indexOf(';');
        String own = semicolon < 0 ? after : after.substring(0, semicolon);
        Matcher other = OTHER_CLAUSE.matcher(own);
        if (other.find()) own = own.substring(0, other.start());
        Matcher next = mentionPattern.matcher(own);
        while (next.find()) {
            // "the third meeting of the DPC", "Council (DPC)": the same meeting's name goes on
            if (next.start() == 0 || SAME_NAME.matcher(own).region(0, next.start()).matches()) continue;
            // a bare "Council" is another meeting only with its own ordinal ("this 2nd Council")
            if (next.group("bare") == null || ORDINAL_BEFORE_BARE.matcher(own).region(0, next.start()).find()) return own.substring(0, next.start());
        }
        return own;
    }

    private static final Pattern SAME_NAME = Pattern.compile("\\s*\\(\\s*|\\s+of\\s+(?:the|our|its|this)\\s+(?:\\S+\\s+){0,3}");
    private static final Pattern ORDINAL_BEFORE_BARE = Pattern.compile("\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+$", Pattern.CASE_INSENSITIVE);

    /** True if "the second meeting" belongs to someone else: an owner ("the Committee's", "their") or a name between "the" and it. */
    private static boolean ownedByOther(View a, Sentence sentence, Span mention) {
        int from = Math.max(sentence.span().start(), mention.start() - 60);
        String before = a.text.substring(from, mention.start());
        if (OTHER_OWNER.matcher(before).find()) return !COUNCIL_OWNER.matcher(before).find();
        Matcher named = NAMED_BEFORE.matcher(before);
        return named.find() && a.partnerAt(new Span(from + named.start(1), from + named.end(1))) == null;
    }

    /** How far back from a mention its future cue is looked for, in characters. */
    private static final int CUE_REACH = 160;

    /** True if the text before the mention ends with a cue of the lexicon ("to be signed at the"), so the meeting is to come. */
    private boolean futureCue(String before) {
        // a cue, a phrase set off by commas and the words before the ordinal all lie in the last characters
        String tail = before.length() > CUE_REACH ? before.substring(before.length() - CUE_REACH) : before;
        String whole = tail.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String b = whole.replaceFirst("\\s*(?:(?:the|its) )?(?:\\S+ )?$", "").strip();
        // "prepare, with the European Commission, the second meeting": a phrase set off by commas stands between
        String inserted = b.replaceFirst(",\\s[^,;.]{1,60},$", "").strip();
        for (String cue : lex.councilFutureCues)
            for (String x : new String[] { b, whole.strip(), inserted })
                if (x.endsWith(cue) && !(cue.contains("prepar") && PAST_PREPARER.matcher(x.substring(0, x.length() - cue.length())).find())) return true;
        return false;
    }

    /** "She led the preparation of the third meeting", "took part in preparing the first Council": a meeting prepared in the past. */
    private static final Pattern PAST_PREPARER = Pattern.compile("\\b(?:led|took part in|(?:was|were) (?:involved in|responsible for|in charge of)|oversaw|coordinated|helped(?: to)?"
            + "|worked on|contributed to|supported|assisted(?: in| with)?|handled|managed|steered)(?: the)? $");

    /** True if partners named just before the mention ("the EU-Japan Digital Partnership Council") are not this article's pair. */
    private static boolean otherPartnership(View a, Parties parties, Span mention) {
        int from = Math.max(0, mention.start() - 30);
        String before = a.text.substring(from, mention.start());
        int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')));
        if (cut >= 0 && WHOSE.matcher(before.substring(cut + 1)).find()) {
            // "with Japan, whose sixth Digital Partnership Council": the partner before the comma owns it
            int previousCut = Math.max(before.lastIndexOf(',', cut - 1), Math.max(before.lastIndexOf(';', cut - 1), before.lastIndexOf('.', cut - 1)));
            for (var m : a.in(Layers.PARTNER_HITS, new Span(from + previousCut + 1, from + cut)))
                if (!parties.isParty(m.entry())) return true;
        }
        Span window = new Span(from + cut + 1, mention.start());
        for (var m : a.in(Layers.PARTNER_HITS, window))
            if (!parties.isParty(m.entry())) return true;
        return namedByOther(a, parties, mention) || headedByOther(a, parties, mention);
    }

    /**
     * True if the mention's sentence names, before it, another partner and not this one ("European Union and Singapore
     * (2025). Joint Statement, second Digital Partnership Council." in a brief on Canada).
     */
    private static boolean namedByOther(View a, Parties parties, Span mention) {
        if (parties == null || parties.other() == null) return false;
        Sentence own = a.sentence(mention.start());
        int from = own.span().start();
        // a short sentence just before on the same line opens the entry: "European Union and Singapore (2025)."
        if (own.index() > 0) {
            Span prev = a.sentenceNo(own.index() - 1).span();
            if (prev.end() - prev.start() <= 60 && a.text.substring(prev.start(), from).indexOf('\n') < 0) from = prev.start();
        }
        return onlyOtherPartners(a, parties, new Span(from, mention.start()));
    }

    /** True if the span names a partner outside the partnership and not the partnership's own partner. */
    private static boolean onlyOtherPartners(View a, Parties parties, Span span) {
        return parties.onlyOther(a.in(Layers.PARTNER_HITS, span)) != null;
    }

    private static final Pattern OF_THE_COUNCIL = Pattern.compile("\\s+of\\s+(?:the|our|this)\\s+(?:[Cc]ouncil|DPC)\\b");
    private static final Pattern TOLD_NEXT = Pattern.compile("\\s*(?:That|It|This)\\s+(?:meeting\\s+)?(?:was\\s+(?:held\\s+)?(?:in|on|at)|took\\s+place|met)\\b");
    private static final Pattern WITH_AFTER = Pattern.compile("^\\s+with\\s+(?:the\\s+)?");

    /** "the EU's first Digital Partnership Council with Canada" in an article on Singapore: another partner's council. */
    private static boolean withOther(View a, Parties parties, Span mention) {
        if (parties == null) return false;
        Matcher with = WITH_AFTER.matcher(a.text).region(mention.end(), Math.min(a.text.length(), mention.end() + 12));
        if (!with.lookingAt()) return false;
        return a.in(Layers.PARTNER_HITS, new Span(with.end(), Math.min(a.text.length(), with.end() + 40))).stream()
                .anyMatch(h -> h.span().start() == with.end() && !parties.isParty(h.entry()));
    }

    /** How far back a section's heading may stand from a mention under it, in characters. */
    private static final int SECTION_REACH = 3000;

    /**
     * True if the mention stands under a section heading that names another partner and not this one
     * ("Singapore: a refresh after three years" in a note on the EU–Canada Council). The article's title lines do not count.
     */
    private static boolean headedByOther(View a, Parties parties, Span mention) {
        if (parties == null || parties.other() == null) return false;
        int lineStart = a.lines().start(Math.max(0, mention.start() - 1));
        int floor = Math.max(0, mention.start() - SECTION_REACH);
        int titleEnd = a.titleEnd();
        for (int end = lineStart - 1; end > floor && end > titleEnd; ) {
            int start = a.lines().start(end - 1);
            if (end - start <= HEADING_LINE_LENGTH && isHeading(a.text, start, a.text.substring(start, end))) return onlyOtherPartners(a, parties, new Span(start, end));
            end = start - 1;
        }
        return false;
    }

    /** The longest line that may be a heading (its text, stripped, is at most 80 characters). */
    private static final int HEADING_LINE_LENGTH = 400;

    /** A heading: a short capitalised line after a blank line, with no full stop at its end. */
    private static boolean isHeading(String text, int start, String line) {
        String l = line.strip();
        if (l.length() < 3 || l.length() > 80 || !Character.isUpperCase(l.charAt(0)) || l.matches(".*[.;,]$") || l.contains("|")) return false;
        return start >= 2 && text.substring(Math.max(0, start - 2), start).equals("\n\n");
    }

    /** "No date was announced for a third meeting": a meeting nobody has set is no meeting. */
    private static final Pattern UNSET = Pattern.compile("(?i)\\bno\\s+(?:date|venue|time|place|location|plans?)\\b[^.;]{0,40}?\\b(?:for|of)\\s+(?:a|the|any|its|their)\\s+(?:[\\p{L}'’]+['’]s\\s+)?$");
    /** "Neither side announced a date or venue for a third Council meeting": a meeting still to come, not yet set. */
    private static final Pattern NOT_YET_SET = Pattern.compile("(?i)\\b(?:(?:neither|nor)\\b[^.;]{0,30}?\\b(?:announced|set|fixed|gave|named)"
            + "|(?:not|never)\\s+(?:yet\\s+)?(?:announced?|set|fixe?d?|given?|named?))\\s+(?:a|any)\\s+(?:date|venue|time|place|location)\\b[^.;]{0,40}?\\b(?:for|of)\\s+(?:(?:a|the|any|its|their)\\s+(?:\\p{L}+\\s+)?)?$");
    /** "The date and venue of the third meeting … will be agreed through diplomatic channels" (or "in due course"): no meeting is announced yet. */
    private static final Pattern TO_BE_SET_BEFORE = Pattern.compile("(?i)\\b(?:date|venue|time|place)(?:\\s+and\\s+(?:date|venue|time|place))?\\s+of\\s+(?:(?:the|a|its|their)\\s+)?(?:\\S+\\s+)?(?:meeting\\s+of\\s+(?:the\\s+)?(?:\\S+\\s+){0,3})?$");
    private static final Pattern TO_BE_SET_AFTER = Pattern.compile("(?:\\s+of\\s+the\\s+(?:\\S+\\s+){0,6}?(?:Council|council|DPC))?\\s+(?:(?:will|shall|is\\s+to|are\\s+to)\\s+be"
            + "|(?:have|has)\\s+not\\s+(?:yet\\s+)?been|(?:have|has|is|are)\\s+(?:still\\s+|yet\\s+)?to\\s+be)\\s+"
            + "(?:agreed|decided|set|fixed|determined|confirmed|announced|communicated|arranged)\\b"
            // "agreed for 3 May", "set in Seoul" tell the meeting; "agreed in due course", "at a later date" do not
            + "(?!\\s+(?:for|on|as|at|in)\\b(?!\\s+(?:due\\s+course|the\\s+coming|a\\s+later|time)\\b))");
    /** "Asked when the third Council would meet, …", "it is unclear whether the next Council …": a question, no meeting. */
    private static final Pattern ASKED_WHEN = Pattern.compile("(?i)\\b(?:asked|wondered|wondering|unclear|uncertain|not\\s+(?:yet\\s+)?(?:known|clear))\\s+(?:when|whether|if|where)\\s+(?:the|its|their|a)\\s+(?:\\S+\\s+){0,2}$");
    /** "the next council, whenever it is convened": a meeting nobody has set. */
    private static final Pattern WHENEVER = Pattern.compile("(?i)\\s*,?\\s*(?:whenever|wherever)\\b");
    private static final Pattern SAME_DAY_AS = Pattern.compile("(?i)\\b(?:on\\s+)?the\\s+same\\s+day\\s+as\\s+(?:the\\s+|its\\s+|their\\s+)?$");
    private static final Pattern WHEN_BEFORE = Pattern.compile("\\b(?:on|in)\\s+[^,;.]{3,40}?,?\\s+when\\s+(?:the\\s+|our\\s+|its\\s+)?$");

    /** ", which took place in …", ", which was held on …": a relative clause telling the meeting as held. */
    private static final Pattern HELD_AFTER = Pattern.compile("\\s*(?:\\([^()]{0,40}\\)\\s*)?,?\\s+(?:which|that)\\s+(?:took\\s+place|was\\s+(?:held|convened|hosted)|met)\\b");

    /** A sentence's opening phrase of time or place before its subject: "On April 30, 2024, the", "In Brussels, the". */
    private static final Pattern OPENING_PHRASE = Pattern.compile("\\P{L}{0,4}(?:On|In|At)\\s+(?:[^,;.!?]{1,30},\\s*){1,2}(?:the\\s+|its\\s+|our\\s+)?");

    /** Each mention's window: its sentence, cut where another mention in the same sentence starts or ends. */
    private static List<CouncilMention> withWindows(View a, List<CouncilMention> mentions) {
        List<CouncilMention> out = new ArrayList<>();
        List<Sentence> sentences = a.get(Layers.SENTENCES);
        for (int i = 0; i < mentions.size(); i++) {
            CouncilMention x = mentions.get(i);
            Span sentence = x.window();
            int start = sentence.start(), end = sentence.end();
            // "On April 30, 2024, the second meeting of the Council took place": a phrase opening the sentence is the meeting's
            if (x.rule() != null && !OPENING_PHRASE.matcher(a.text).region(sentence.start(), x.span().start()).matches()) start = x.span().start();
            else if (i > 0 && mentions.get(i - 1).sentence() == x.sentence()) start = mentions.get(i - 1).span().end();
            // "The first answer came on 3 July 2023, when the Council met for the first time": the day it met
            int from = Math.min(x.span().start(), Math.max(start == x.span().start() ? sentence.start() : start, x.span().start() - 80));
            Matcher when = WHEN_BEFORE.matcher(a.text).region(from, x.span().start());
            if (when.find()) start = Math.min(start, when.start());
            // "signed on 1 February 2023, on the same day as the inaugural meeting": that day
            Matcher sameDay = SAME_DAY_AS.matcher(a.text).region(from, x.span().start());
            if (sameDay.find()) start = Math.min(start, sameDay.start());
            if (i + 1 < mentions.size() && mentions.get(i + 1).sentence() == x.sentence()) end = mentions.get(i + 1).span().start();
            // "… since the first council. That was in February 2023, here in Brussels.": the next sentence tells of it
            boolean lastInSentence = i + 1 >= mentions.size() || mentions.get(i + 1).sentence() != x.sentence();
            boolean nextFree = i + 1 >= mentions.size() || mentions.get(i + 1).sentence() > x.sentence() + 1;
            if (lastInSentence && nextFree && x.sentence() + 1 < sentences.size()
                    && TOLD_NEXT.matcher(sentences.get(x.sentence() + 1).span().of(a.text)).lookingAt()
                    && a.text.substring(x.span().end(), end).matches("[\\s.,]*"))
                end = sentences.get(x.sentence() + 1).span().end();
            out.add(x.within(new Span(start, Math.max(start, end))));
        }
        return out;
    }

    private Span ordinalIn(View a, Span s) {
        for (Token t : a.sentence(s.start()).tokens())
            if (s.contains(t.span()) && lex.ordinals.containsKey(t.text().toLowerCase(Locale.ROOT))) return t.span();
        return null;
    }

    private Span ordinalBefore(View a, Sentence s, Span mention, int maxSteps) {
        List<Token> t = s.tokens();
        int i = s.tokenBefore(mention.start());
        for (int steps = 0; i >= 0 && steps < maxSteps; i--, steps++) {
            Token tok = t.get(i);
            String w = tok.text().toLowerCase(Locale.ROOT);
            if (lex.ordinals.containsKey(w))
                // "her first Council since taking office": a person's count, not the meeting's ordinal
                return i > 0 && PERSON_OWNER.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT)) ? null : tok.span();
            var partner = a.get(Layers.PARTNER_HITS).firstOverlapping(tok.span());
            // a partner's name of several words ("Republic of Korea") is one step back
            if (partner != null) i = Math.min(i, s.tokenBefore(partner.span().start()) + 1);
            if (BACK_SKIP.contains(w) || w.equals("#") || partner != null || a.partnerAt(tok.span()) != null) continue;
            if (i > 0 && t.get(i - 1).text().equals("#") && t.get(i - 1).end() == tok.start()) continue;
            break;
        }
        return null;
    }

    private static String ordinalWord(View a, Span s) {
        return s.of(a.text).toLowerCase(Locale.ROOT);
    }
}
