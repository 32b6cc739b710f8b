package eu.digitalpartnership.kg.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in English text: "30 April 2024", "April 30, 2024", "May 2-3, 2024", "2–3 May", "in July 2023",
 * "30/04/2024", "2024-04-30", "early 2024", "today". A date without a year takes the publication year when known,
 * else the latest year stated with a month outside a sentence about the future (the article's own year).
 */
public final class DateFinder {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
            // a heading in capitals: "TUESDAY, MARCH 26"
            + "|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String RANGE = "\\s*(?:-|–|—|to|and)\\s*";
    /** The last day of a range after the month ("May 14-15"); "June 30 - 1st Council" is a date and an ordinal, no range. */
    private static final String RANGE_END = "(\\d{1,2})(?:(?:st|nd|rd|th)(?!\\s+\\p{L}))?(?![a-z])";
    private static final String WEEKDAY = "(?:(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),?\\s+)?";
    /** A weekday in parentheses inside a date: "7 October (Thu.), 2027", "the 11th (Thu)". */
    private static final String WEEKDAY_PAREN = weekdayInBrackets("wp");
    /** The same after the year: "July 3, 2023 (Mon.)". */
    private static final String WEEKDAY_PAREN_AFTER = weekdayInBrackets("wy");

    private static String weekdayInBrackets(String group) {
        return "(?:\\s*\\((?<" + group + ">Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?\\))?";
    }

    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b" + WEEKDAY + DAY + "(?:" + RANGE + DAY + ")?\\s+(?:of\\s+)?" + MONTH + WEEKDAY_PAREN + "(?:,?\\s+" + YEAR + WEEKDAY_PAREN_AFTER + ")?(?:(?<=\\))|\\b)");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s+" + DAY + "(?:" + RANGE + RANGE_END + ")?" + WEEKDAY_PAREN + "(?:,?\\s+" + YEAR + WEEKDAY_PAREN_AFTER + ")?(?![\\d/])");
    private static final Pattern SAME_DAY = Pattern.compile(
            "(?<!\\bto\\s)\\b(?:on\\s+)?(the (?:same|previous|following|next) day|the day (?:before|after)|that same day|(?<=^|[.!?]\\s|\\n)[Tt]hat day|(?<=on )the day(?!\\s+(?:of|when|that|on|in|it|they|we|before|after|the|an?|this|its|their|our|his|her|both)\\b|\\s+(?-i:\\p{Lu}))"
            + "|(?:later|earlier) (?:that|the same) (?:month|year)|(?:the same|that same) (?:month|year))\\b", Pattern.CASE_INSENSITIVE);
    /** A transcript in lower case ("in february 2023", "on monday 1 december 2025"): a month in lower case only with its year. */
    private static final String LOWER_MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final Pattern LOWER_DATE = Pattern.compile("(?<![\\p{L}\\d])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + LOWER_MONTH + "|" + LOWER_MONTH.replace("(j", "(?<m>j")
            + "(?:\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?)?)\\s+((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "[-./](\\d{1,2})[-./](\\d{1,2})\\b");
    /** Korean styles: "2023. 6. 30.", "2023년 10월 11일", "5월 22일". */
    private static final Pattern DOTTED = Pattern.compile("\\b" + YEAR + "\\.\\s(\\d{1,2})\\.\\s(\\d{1,2})(?:\\.|(?![\\d.]))");
    private static final Pattern KOREAN = Pattern.compile("(?:" + YEAR + "\\s*년\\s*)?(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d./-])" + YEAR + "(?![\\d/]|-\\d)");
    private static final Pattern TODAY = Pattern.compile("\\b((?:the\\s+day\\s+before\\s+)?yesterday(?:\\s+(?:morning|afternoon|evening))?|today|this\\s+(?:morning|afternoon|evening)|tonight)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(
            "(?:\\b(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\\s+|(?<=\\b\\p{Ll}{2,20}\\s))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,?\\s+\\(?\\d|,?\\s+\\(?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))");
    private static final Pattern DAY_ONLY = Pattern.compile("\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b" + WEEKDAY_PAREN + "(?!\\s+(?:of\\s+)?" + MONTH + ")");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "\\b(?:(earlier|later)\\s+)?(this|last|next|the previous|the following)\\s+(week|month)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "\\b(next|last|this|previous|the following|the previous) (?:year|spring|summer|autumn|fall)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_MONTH = Pattern.compile("\\b((?i:last|this|next|in))\\s+" + MONTH + "(?!\\s+\\d)\\b");
    /** A day and month with a year stated relative to the publication: "June 30 last year", "on 4 March next year". */
    private static final Pattern DAY_RELATIVE_YEAR = Pattern.compile("\\b(?:" + DAY + "\\s+(?:of\\s+)?" + MONTH + "|" + MONTH.replace("(Jan", "(?<m>Jan")
            + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?)\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b");
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(?:of\\s+)?(last|this|next)\\s+year\\b");

    /** Days as spoken ("on the thirtieth of April", "the third of July last year", "the second and third of this month"). */
    private static final List<String> SPOKEN = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
            "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first");
    /** Longest first, so "twenty-first" is not read as "first". */
    private static final String SPOKEN_WORDS = SPOKEN.stream().sorted(Comparator.comparingInt(String::length).reversed())
            .reduce((x, y) -> x + "|" + y).orElseThrow();
    private static final String SPOKEN_DAY = "(?<sd>" + SPOKEN_WORDS + ")(?:\\s+and\\s+(?:the\\s+)?(?<se>" + SPOKEN_WORDS + "))?\\s+of\\s+";
    private static final Pattern SPOKEN_RELATIVE = Pattern.compile("(?i)\\bthe\\s+" + SPOKEN_DAY
            + "(?:(?<m>" + MONTH.substring(1) + "\\s+(?<ry>last|this|next)\\s+year|(?<rm>last|this|next)\\s+month)\\b");
    private static final Pattern SPOKEN_DATE = Pattern.compile("(?i)\\bthe\\s+" + SPOKEN_DAY + "(?<m>" + MONTH.substring(1)
            + "(?:,?\\s+(?<y>(?:19|20)\\d{2}))?\\b");

    private DateFinder() {}

    private static int spoken(String word) {
        return SPOKEN.indexOf(word.toLowerCase(Locale.ROOT)) + 1;
    }

    /** A spoken day with its month and year stated relative to the publication: "the third of July last year". */
    private static PartialDate[] spokenRelative(LocalDate published, Matcher m) {
        int year = published.getYear(), month;
        if (m.group("rm") != null) {
            LocalDate ref = published.withDayOfMonth(1).plusMonths(offset(m.group("rm")));
            year = ref.getYear();
            month = ref.getMonthValue();
        } else {
            year += offset(m.group("ry"));
            month = month(m.group("m").replaceFirst("\\s.*", ""));
        }
        PartialDate start = new PartialDate(year, month, spoken(m.group("sd")));
        return new PartialDate[] { start, m.group("se") == null ? null : new PartialDate(year, month, spoken(m.group("se"))) };
    }

    /** A spoken day and month, with the year if stated ("the thirtieth of April"). */
    private static PartialDate[] spokenDate(Matcher m) {
        return days(m.group("y"), m.group("m"), String.valueOf(spoken(m.group("sd"))), m.group("se") == null ? null : String.valueOf(spoken(m.group("se"))));
    }

    /** All dates in the text, in order, with missing years filled in where possible. */
    public static List<DateMention> find(String text, LocalDate publishedOrNull) {
        LocalDate published = publishedOrNull != null ? ownDay(text, publishedOrNull) : dateline(text);
        Integer report = reportYear(text);
        List<DateMention> found = new ArrayList<>();
        if (published != null) scan(text, SPOKEN_RELATIVE, found, m -> spokenRelative(published, m));
        scan(text, SPOKEN_DATE, found, DateFinder::spokenDate);
        if (published != null) scan(text, DAY_RELATIVE_YEAR, found, m -> new PartialDate[] {
                new PartialDate(published.getYear() + offset(m.group("rel")), month(m.group("m") != null ? m.group("m") : m.group(2)),
                        Integer.parseInt(m.group("d") != null ? m.group("d") : m.group(1))) });
        scan(text, EDGE_DAY, found, m -> edgeDay(m, published));
        scan(text, DAY_MONTH, found, m -> dayMonth(m));
        scan(text, MONTH_DAY, found, m -> monthDay(m));
        scan(text, LOWER_DATE, found, m -> {
            String day = m.group(1) != null ? m.group(1) : m.group("d");
            int month = month(m.group(1) != null ? m.group(2) : m.group("m"));
            return new PartialDate[] { day == null ? new PartialDate(Integer.parseInt(m.group(5)), month, 0)
                    : PartialDate.of(LocalDate.of(Integer.parseInt(m.group(5)), month, Integer.parseInt(day))) };
        });
        scan(text, MONTH_YEAR, found, m -> new PartialDate[] {
                new PartialDate(Integer.parseInt(m.group(2)), month(m.group(1)), 0) });
        scan(text, ISO, found, m -> full(m.group(1), m.group(2), m.group(3)));
        scan(text, DOTTED, found, m -> full(m.group(1), m.group(2), m.group(3)));
        scan(text, KOREAN, found, m -> m.group(1) != null ? full(m.group(1), m.group(2), m.group(3))
                : new PartialDate[] { new PartialDate(0, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) });
        scan(text, NUMERIC, found, m -> full(m.group(3), m.group(2), m.group(1)));
        scan(text, BARE_YEAR, found, m -> new PartialDate[] { new PartialDate(Integer.parseInt(m.group(1)), 0, 0) });
        if (published != null) {
            Paragraphs paragraphs = new Paragraphs(text);
            scan(text, TODAY, found, m -> {
                LocalDate day = stamped(text, paragraphs, m.start(), found, published);
                String word = m.group(1).toLowerCase(Locale.ROOT);
                return new PartialDate[] { PartialDate.of(word.startsWith("the") ? day.minusDays(2) : word.startsWith("yesterday") ? day.minusDays(1) : day) };
            });
            scan(text, WEEKDAY_OF_WEEK, found, m -> weekdayOfWeek(published, m.group(1), m.group(2)));
            scan(text, RELATIVE_PERIOD, found, m -> period(published, m.group(1), m.group(2), m.group(3)));
            scan(text, MONTH_RELATIVE_YEAR, found, m -> new PartialDate[] {
                    new PartialDate(published.getYear() + offset(m.group(2)), month(m.group(1)), 0) });
            scan(text, RELATIVE_MONTH, found, m -> report != null && m.group(1).equalsIgnoreCase("in")
                    ? new PartialDate[] { new PartialDate(report, month(m.group(2)), 0) }
                    : pastMonth(text, published, m) ? new PartialDate[] { new PartialDate(published.getYear() - 1, month(m.group(2)), 0) }
                    : relativeMonth(published, m.group(1), month(m.group(2))));
            scan(text, DAY_ONLY, found, m -> {
                PartialDate[] inMonth = dayOfMonthBefore(text, m, found);
                return inMonth != null ? inMonth : dayOfReferenceMonth(published, Integer.parseInt(m.group(1)));
            });
            java.util.NavigableMap<Integer, DateMention> daysByEnd = new java.util.TreeMap<>();
            for (DateMention d : found) if (d.date().day() > 0) daysByEnd.merge(d.span().end(), d, (x, y) -> x.span().start() >= y.span().start() ? x : y);
            scan(text, WEEKDAY_ALONE, found, m -> THAT_BEFORE.matcher(text).region(Math.max(0, m.start() - 5), m.start()).find()
                    ? thatDay(published, m, daysByEnd)
                    : toldAhead(text, m) ? weekday(published, m.group(1), java.time.temporal.TemporalAdjusters::nextOrSame)
                    : snapped(weekday(published, m.group(1), m.group(0).toLowerCase(Locale.ROOT).startsWith("next")
                            ? java.time.temporal.TemporalAdjusters::next : java.time.temporal.TemporalAdjusters::previousOrSame), found));
        }
        found.sort(Comparator.comparing(DateMention::span));
        List<DateMention> out = fillYears(text, found, published, report);
        if (published != null) narrativeWeekdays(text, out, published);
        sameDay(text, out, published);
        dayItWas(text, out);
        Integer year = published != null ? Integer.valueOf(published.getYear()) : contextYear(text, found);
        if (year != null) {
            List<DateMention> relative = new ArrayList<>();
            scan(text, RELATIVE_YEAR, relative, m -> new PartialDate[] { new PartialDate(year + offset(m.group(1)), 0, 0) });
            Occupancy taken = new Occupancy();
            out.forEach(d -> taken.take(d.span()));
            relative.removeIf(r -> !taken.free(r.span()));
            out.addAll(relative);
            out.sort(Comparator.comparing(DateMention::span));
        }
        return out;
    }

    /** How far into the text a date is read as the day the text speaks from, and how many days it may precede the page's date. */
    private static final int OWN_DAY_REACH = 250, OWN_DAY_LAG = 3;

    /**
     * The day the text speaks from: a full date in its first lines a few days before the page's date (the date card of
     * a video published the next day, a wire's dateline), else the page's date.
     */
    private static LocalDate ownDay(String text, LocalDate published) {
        String head = text.substring(0, Math.min(text.length(), OWN_DAY_REACH));
        for (DateMention d : headDates(head)) {
            if (!d.yearStated() || !d.date().isFull() || d.end() != null || !cardOrDateline(head, d.span())) continue;
            LocalDate day = d.date().toLocalDate();
            return day.isBefore(published) && !day.plusDays(OWN_DAY_LAG).isBefore(published) ? day : published;
        }
        return published;
    }

    /** Text before a date on its line that makes it no date of the text's own ("Week of June 26 – July 2, 2023", "Posted: …"). */
    private static final Pattern NOT_OWN_BEFORE = Pattern.compile("(?i)(?:[–—-]|\\bto|\\bfrom|\\bof|\\buntil|\\bposted:?|\\bupdated:?|\\bpublished:?)\\s*$");

    /**
     * Whether a date stands as a date card or dateline: first on its line or after a short label ("Digital Agency,
     * Tokyo 12 May 2025" once a subtitle file's cues are blanked), and not the end of a range.
     */
    private static boolean cardOrDateline(String text, Span date) {
        int start = Math.max(text.lastIndexOf('\n', date.start() - 1), text.lastIndexOf("  ", date.start() - 1)) + 1;
        String before = text.substring(start, date.start());
        return before.length() <= 60 && !NOT_OWN_BEFORE.matcher(before).find();
    }

    /** The first full date with a year in the opening lines (a dateline), used as publication date when none is given. */
    public static LocalDate dateline(String text) {
        return headDates(text.substring(0, Math.min(text.length(), 400))).stream().filter(d -> d.yearStated() && d.date().isFull())
                .findFirst().map(d -> d.date().toLocalDate()).orElse(null);
    }

    /** The written-out dates of a text's opening lines (no relative ones), in text order. */
    private static List<DateMention> headDates(String head) {
        List<DateMention> found = new ArrayList<>();
        scan(head, DAY_MONTH, found, m -> dayMonth(m));
        scan(head, MONTH_DAY, found, m -> monthDay(m));
        scan(head, ISO, found, m -> full(m.group(1), m.group(2), m.group(3)));
        scan(head, NUMERIC, found, m -> full(m.group(3), m.group(2), m.group(1)));
        found.sort(Comparator.comparing(DateMention::span));
        return found;
    }

    private interface Reader { PartialDate[] read(Matcher m); }

    private static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** The weekday a date match states ("Thursday, 9 May", "7 October (Thu.)"), 1 to 7, or 0. */
    private static int weekday(Matcher m) {
        for (String g : List.of("wd", "wp", "wy")) {
            if (!m.pattern().pattern().contains("(?<" + g + ">")) continue;
            String w = m.group(g);
            if (w != null) return WEEKDAYS.indexOf(w.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        }
        return 0;
    }

    private static void scan(String text, Pattern p, List<DateMention> out, Reader reader) {
        Occupancy taken = new Occupancy();
        out.forEach(d -> taken.take(d.span()));
        Matcher m = p.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (!taken.free(span)) continue;
            PartialDate[] dates;
            try {
                dates = reader.read(m);
            } catch (RuntimeException invalid) {
                continue;
            }
            if (dates == null) continue;
            boolean stated = dates[0].year() != 0;
            DateMention d = new DateMention(span, dates[0], dates.length > 1 ? dates[1] : null, stated, weekday(m));
            if (stated && !d.weekdayAgrees()) continue;
            out.add(d);
            taken.take(span);
        }
    }

    /** "last October": the latest October before the publication month; "next May": the first after; "in June": this year's. */
    private static PartialDate[] relativeMonth(LocalDate published, String which, int month) {
        int year = published.getYear();
        String w = which.toLowerCase(Locale.ROOT);
        if (w.equals("last") && month >= published.getMonthValue()) year--;
        if (w.equals("next") && month <= published.getMonthValue()) year++;
        return new PartialDate[] { new PartialDate(year, month, 0) };
    }

    /** "on the 8th": that day of the publication month, or of the month before when it would be later. */
    /** "last July, on the 3rd": a day of the month stated just before it; or null. */
    private static PartialDate[] dayOfMonthBefore(String text, Matcher m, List<DateMention> found) {
        for (DateMention d : found)
            if (d.date().month() != 0 && d.date().day() == 0 && d.span().end() <= m.start()
                    && MONTH_THEN_DAY.matcher(text).region(d.span().end(), m.start()).matches())
                return new PartialDate[] { new PartialDate(d.date().year(), d.date().month(), Integer.parseInt(m.group(1))) };
        return null;
    }

    private static final Pattern MONTH_THEN_DAY = Pattern.compile("\\s*,?\\s*");
    /** "the last day of April", "the first day of March 2025". */
    private static final Pattern EDGE_DAY = Pattern.compile("(?i)\\b(first|last)\\s+day\\s+of\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b");

    private static PartialDate[] edgeDay(Matcher m, LocalDate published) {
        int month = month(m.group(2));
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
        int length = java.time.YearMonth.of(year != 0 ? year : published != null ? published.getYear() : 2001, month).lengthOfMonth();
        return new PartialDate[] { new PartialDate(year, month, m.group(1).equalsIgnoreCase("first") ? 1 : length) };
    }

    private static PartialDate[] dayOfReferenceMonth(LocalDate published, int day) {
        LocalDate month = day <= published.getDayOfMonth() ? published : published.minusMonths(1);
        if (day > month.lengthOfMonth()) return null;
        return new PartialDate[] { PartialDate.of(month.withDayOfMonth(day)) };
    }

    /** "on Monday of last week", "Friday of next week": that weekday in the week named. */
    private static final Pattern WEEKDAY_OF_WEEK = Pattern.compile("(?i)\\b(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+of\\s+(last|this|next)\\s+week\\b");

    private static PartialDate[] weekdayOfWeek(LocalDate published, String day, String which) {
        LocalDate monday = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).plusWeeks(offset(which));
        return new PartialDate[] { PartialDate.of(monday.plusDays(java.time.DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)).getValue() - 1)) };
    }

    /**
     * A weekday counted from the publication date: "on Tuesday" the latest on or before it, "next Tuesday" the first one
     * after, "On Tuesday, … will" the first on or after.
     */
    private static PartialDate[] weekday(LocalDate published, String day,
                                         java.util.function.Function<java.time.DayOfWeek, java.time.temporal.TemporalAdjuster> toward) {
        java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        return new PartialDate[] { PartialDate.of(published.with(toward.apply(dow))) };
    }

    /** A future verb in the clause a weekday opens, no report between: "On Tuesday, Lee and Breton will co-chair …". */
    private static final Pattern AHEAD_IN_CLAUSE = Pattern.compile("[^.;!?]{0,160}?\\b(?:will|shall|(?:is|are)\\s+(?:scheduled|expected|set|due)\\s+to|plans?\\s+to)\\b");
    private static final Pattern REPORTED_BETWEEN = Pattern.compile("\\b(?:said|says|announced|told|stated|confirmed|noted|added|was|were|had)\\b");

    private static boolean toldAhead(String text, Matcher weekday) {
        // "a gathering that ends on Tuesday", "the ministers are due to meet on Friday": a present or a plan of the days ahead
        if (AHEAD_BEFORE.matcher(text).region(Math.max(0, weekday.start() - AHEAD_REACH), weekday.start()).find()) return true;
        // the weekday opens its sentence ("On Tuesday, …"), not "… tried to drive down Rue de la Loi on Monday morning will not need reminding"
        if (!weekday.group(0).startsWith("On ")) return false;
        Matcher ahead = AHEAD_IN_CLAUSE.matcher(text).region(weekday.end(), text.length());
        return ahead.lookingAt() && !REPORTED_BETWEEN.matcher(text).region(weekday.end(), ahead.end()).find();
    }

    /** "a two-day gathering that ends on Tuesday": the day a relative clause gives another event's start or end. */
    private static final Pattern RELATIVE_BOUND = Pattern.compile("(?i)\\b(?:that|which)\\s+(?:ends|ended|begins|began|starts|started|opens|opened|closes|closed|concludes|concluded|runs|ran)\\s+(?:on\\s+)?$");

    /** Whether the date is the start or end a relative clause gives another event ("a gathering that ends on Tuesday"). */
    public static boolean boundsOtherEvent(String text, Span date) {
        return RELATIVE_BOUND.matcher(text).region(Math.max(0, date.start() - 24), date.start()).find();
    }

    /** A verb of a coming event right before its weekday: "that ends on", "is due to meet on", "will travel to Ottawa on". */
    private static final Pattern AHEAD_BEFORE = Pattern.compile("\\b(?:(?:ends|begins|starts|opens|closes|concludes|resumes|wraps\\s+up)"
            + "|(?:is|are)\\s+(?:due|scheduled|set|expected)\\s+to\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s+$");
    private static final int AHEAD_REACH = 40;

    /** How far from the page's date a paragraph's own date must lie for its lone weekdays to count from it. */
    private static final int NARRATIVE_DAYS = 7;

    /**
     * "returned on Tuesday, December 9 … The Council was held on Monday" on a page published seven weeks later: a lone
     * weekday in a paragraph that tells another week counts from the last full date before it there, to the nearest day.
     */
    private static void narrativeWeekdays(String text, List<DateMention> dates, LocalDate published) {
        Paragraphs paragraphs = null;
        DateMention anchor = null;
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            Matcher lone = WEEKDAY_ALONE.matcher(text).region(d.span().start(), d.span().end());
            if (!lone.matches()) {
                if (d.date().isFull()) anchor = d;
                continue;
            }
            if (anchor == null || !d.date().isFull()) continue;
            if (paragraphs == null) paragraphs = new Paragraphs(text);
            LocalDate from = anchor.date().toLocalDate();
            if (anchor.span().start() < paragraphs.start(d.span().start()) || Math.abs(from.toEpochDay() - published.toEpochDay()) <= NARRATIVE_DAYS) continue;
            java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(lone.group(1).toUpperCase(Locale.ROOT));
            LocalDate before = from.with(java.time.temporal.TemporalAdjusters.previousOrSame(dow));
            LocalDate after = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(dow));
            LocalDate nearest = from.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - from.toEpochDay() ? before : after;
            dates.set(i, new DateMention(d.span(), PartialDate.of(nearest), null, false));
        }
    }

    /** How far a weekday reckoned from the publication may lie from a full date of that weekday the text states. */
    private static final int SNAP_DAYS = 10;

    private static final Pattern THAT_BEFORE = Pattern.compile("\\b[Tt]hat\\s+$");

    /**
     * "… on March 26 … the joint press lines suggested that Tuesday evening": the day told last before, when it fell on
     * that weekday; else no date (never the Tuesday before the page's date).
     */
    private static PartialDate[] thatDay(LocalDate published, Matcher m, java.util.NavigableMap<Integer, DateMention> daysByEnd) {
        var last = daysByEnd.floorEntry(m.start());
        if (last == null) return null;
        DateMention before = last.getValue();
        int year = before.date().year() != 0 ? before.date().year() : published != null ? published.getYear() : 0;
        if (year == 0) return null;
        LocalDate day = LocalDate.of(year, before.date().month(), before.date().day());
        return day.getDayOfWeek().getValue() == WEEKDAYS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1
                ? new PartialDate[] { PartialDate.of(day) } : null;
    }

    /**
     * "The Council was held on Monday" in a page published on a Wednesday that also says "Monday, 3 July 2023": the one
     * stated full date on that weekday near the reckoned one, which the text itself ties to the weekday.
     */
    private static PartialDate[] snapped(PartialDate[] reckoned, List<DateMention> stated) {
        LocalDate r = reckoned[0].toLocalDate();
        java.util.Set<LocalDate> near = new java.util.HashSet<>();
        for (DateMention d : stated) {
            if (!d.date().isFull() || !d.yearStated()) continue;
            LocalDate x = d.date().toLocalDate();
            if (x.getDayOfWeek() == r.getDayOfWeek() && Math.abs(x.toEpochDay() - r.toEpochDay()) <= SNAP_DAYS) near.add(x);
        }
        return near.size() == 1 ? new PartialDate[] { PartialDate.of(near.iterator().next()) } : reckoned;
    }

    /** "earlier this week", "last month": the month when the whole period lies in one month, else the year. */
    private static PartialDate[] period(LocalDate published, String side, String which, String unit) {
        int shift = offset(which.replace("the ", ""));
        LocalDate from, to;
        if (unit.equalsIgnoreCase("week")) {
            LocalDate monday = published.minusDays(published.getDayOfWeek().getValue() - 1L).plusWeeks(shift);
            from = monday;
            to = monday.plusDays(6);
            if (shift == 0 && "earlier".equalsIgnoreCase(side)) to = published;
            if (shift == 0 && "later".equalsIgnoreCase(side)) from = published;
        } else {
            from = published.withDayOfMonth(1).plusMonths(shift);
            to = from.plusMonths(1).minusDays(1);
        }
        if (from.getYear() != to.getYear()) return null;
        return new PartialDate[] { new PartialDate(from.getYear(), from.getMonthValue() == to.getMonthValue() ? from.getMonthValue() : 0, 0) };
    }

    private static int offset(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.contains("next") || w.contains("following") ? 1 : w.equals("this") ? 0 : -1;
    }

    private static PartialDate[] dayMonth(Matcher m) {
        return days(m.group(6), m.group(4), m.group(2), m.group(3));
    }

    private static PartialDate[] monthDay(Matcher m) {
        return days(m.group(6), m.group(2), m.group(3), m.group(4));
    }

    private static PartialDate[] days(String year, String month, String day, String endDay) {
        int y = year == null ? 2000 : Integer.parseInt(year);
        int mo = month(month);
        PartialDate start = new PartialDate(y, mo, Integer.parseInt(day));
        PartialDate end = endDay == null ? null : new PartialDate(y, mo, Integer.parseInt(endDay));
        if (end != null && end.compareTo(start) <= 0) return null;
        if (year == null) {
            start = new PartialDate(0, mo, start.day());
            end = end == null ? null : new PartialDate(0, mo, end.day());
        }
        return end == null ? new PartialDate[] { start } : new PartialDate[] { start, end };
    }

    private static PartialDate[] full(String y, String m, String d) {
        return new PartialDate[] { PartialDate.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d))) };
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n) + 1;
    }

    private static final Pattern RANGE_TO = Pattern.compile("\\s*(?:to|until|till|through|thru|–|—|-)\\s*");

    /** "from September 15 to December 12, 2025": the range's end, with its year stated, that gives a year-less start its year; or null. */
    private static DateMention rangeEnd(String text, List<DateMention> found, int i) {
        DateMention d = found.get(i);
        if (i + 1 >= found.size() || d.date().month() == 0) return null;
        DateMention end = found.get(i + 1);
        return end.yearStated() && end.date().month() != 0 && end.span().start() >= d.span().end()
                && RANGE_TO.matcher(text).region(d.span().end(), end.span().start()).matches() ? end : null;
    }

    private static List<DateMention> fillYears(String text, List<DateMention> found, LocalDate published, Integer report) {
        List<DateMention> out = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> headings = yearHeadings(text);
        Integer year = null;
        boolean yearKnown = false;
        for (int i = 0; i < found.size(); i++) {
            DateMention d = found.get(i);
            if (d.yearStated() || d.date().year() != 0) {
                out.add(d);
                continue;
            }
            DateMention end = rangeEnd(text, found, i);
            if (end != null) {
                int y = end.date().year() - (d.date().month() > end.date().month() ? 1 : 0);
                out.add(d.inYear(y));
                continue;
            }
            if (!yearKnown) {
                year = report;
                if (year == null) year = published != null ? Integer.valueOf(published.getYear()) : contextYear(text, found);
                yearKnown = true;
            }
            var headed = headings.floorEntry(d.span().start());
            // a year heading dates the entries under it that open with a date ("2023" then "Jul. 3 (Mon.) | …"), not prose
            // under a class year ("1997" then "… the Council, which met in Brussels on April 30")
            Integer heading = headed == null || !opensLine(text, d.span()) ? null : headed.getValue();
            if (heading != null) {
                DateMention dated = inYearOrNull(d, heading);
                if (dated != null && dated.weekdayAgrees()) out.add(dated);
                continue;
            }
            // "The first council was held in Tokyo in July 2023. On the sidelines …, on July 3": the month just told gives its year
            DateMention told = sameMonthJustBefore(text, out, d);
            DateMention refined = told == null ? null : inYearOrNull(d, told.date().year());
            if (refined != null && refined.weekdayAgrees()) {
                out.add(refined);
                continue;
            }
            if (year == null) continue;
            boolean ahead = report == null && published != null && laterThan(d, year, published);
            int own = ahead && toldAsPast(text, d.span()) ? year - 1 : year;
            // "met in Montréal in December" (last year's), then "Yes, December 8.": the month told before gives the year
            Integer sameMonth = ahead && own == year ? monthYearBefore(out, d.date().month()) : null;
            if (sameMonth != null && sameMonth < year) own = sameMonth;
            if (d.weekday() == 0) {
                out.add(d.inYear(own));
                continue;
            }
            for (int shift : new int[] {0, -1, 1, -2, 2}) {
                DateMention dated = inYearOrNull(d, own + shift);
                if (dated != null && dated.weekdayAgrees()) {
                    out.add(dated);
                    break;
                }
            }
        }
        return out;
    }

    /** How far before a date without a year the same month, with its year, may be told for the date to refine it. */
    private static final int SAME_MONTH_REACH = 300;

    /** The last date before, within reach in the same paragraph, of the same month and with a stated year, if it is the last date before at all; or null. */
    private static DateMention sameMonthJustBefore(String text, List<DateMention> before, DateMention d) {
        if (before.isEmpty()) return null;
        DateMention last = before.get(before.size() - 1);
        int gap = d.span().start() - last.span().end();
        boolean near = gap >= 0 && gap <= SAME_MONTH_REACH && text.substring(last.span().end(), d.span().start()).indexOf('\n') < 0;
        return near && last.yearStated() && last.date().month() == d.date().month()
                && (last.date().day() == 0 || last.date().day() <= d.date().day()) ? last : null;
    }

    /** The year of the last date before with that month and a year, or null. */
    private static Integer monthYearBefore(List<DateMention> before, int month) {
        for (int i = before.size() - 1; i >= 0; i--) {
            PartialDate p = before.get(i).date();
            if (p.month() == month && p.year() != 0) return p.year();
        }
        return null;
    }

    private static final Pattern PAST_VERB = Pattern.compile("\\b(?:was|were|had|held|met|co-chaired|chaired|signed|took|joined|became|hosted|launched|agreed|convened|concluded|adopted)\\b");
    private static final Pattern FUTURE_CUE = Pattern.compile("(?i)\\b(?:will|shall|to\\s+be|next|upcoming|scheduled|planned|expected|due)\\b");

    /** True if the sentence around a date tells of the past and not of things to come ("On December 8, the ministers co-chaired …"). */
    private static boolean toldAsPast(String text, Span span) {
        int from = Math.max(0, span.start() - 200), to = Math.min(text.length(), span.end() + 200);
        String before = text.substring(from, span.start()), after = text.substring(span.end(), to);
        int start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
        int end = after.indexOf('.');
        String sentence = text.substring(from + start + 1, end < 0 ? to : span.end() + end);
        return PAST_VERB.matcher(sentence).find() && !FUTURE_CUE.matcher(sentence).find();
    }

    /** "took office in December" in a May article: a month more than two months ahead, told in the past, is last year's. */
    private static boolean pastMonth(String text, LocalDate published, Matcher m) {
        return m.group(1).equalsIgnoreCase("in") && month(m.group(2)) > published.getMonthValue() + 2
                && toldAsPast(text, new Span(m.start(), m.end()));
    }

    /** True if the day-and-month, in that year, lies more than two months after the publication: a past event is then of the year before. */
    private static boolean laterThan(DateMention d, int year, LocalDate published) {
        DateMention dated = inYearOrNull(d, year);
        return dated != null && dated.date().isFull() && dated.date().toLocalDate().isAfter(published.plusMonths(2));
    }

    /** A title that names the year a report covers: "2024 Annual Report of …", "Year in review 2023", "2024 in review". */
    private static final Pattern REPORT_YEAR = Pattern.compile("(?i)\\b(?:((?:19|20)\\d{2})\\s+(?:annual\\s+report|(?:year\\s+)?in\\s+review)"
            + "|(?:annual\\s+report|year\\s+in\\s+review|review\\s+of\\s+the\\s+year)\\s+(?:for\\s+)?((?:19|20)\\d{2}))\\b");

    /** The year a report's title (its first three lines) says it covers: its dates without a year lie in that year. */
    private static Integer reportYear(String text) {
        int end = 0;
        for (int i = 0; i < 3 && end >= 0 && end < text.length(); i++) end = text.indexOf('\n', end + 1);
        Matcher m = REPORT_YEAR.matcher(text).region(0, end < 0 ? text.length() : end);
        if (!m.find()) return null;
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** What may stand before a date that opens a timeline's entry: a bullet, a cell bar. */
    private static final Pattern ENTRY_OPENING = Pattern.compile("[ \\t]*(?:[|*•·-][ \\t]*)?");

    /** True if the date opens its line, after at most a bullet or a cell bar. */
    private static boolean opensLine(String text, Span date) {
        int lineStart = date.start();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            if (date.start() - lineStart >= ENTRY_OPENING_LENGTH) return false;
            lineStart--;
        }
        return ENTRY_OPENING.matcher(text).region(lineStart, date.start()).matches();
    }

    /** The longest opening before a timeline entry's date. */
    private static final int ENTRY_OPENING_LENGTH = 4;

    /** A line that is a year alone, heading the lines after it in a timeline ("2027", "### 2027", a table row "2027 | |"). */
    private static final Pattern YEAR_HEADING = Pattern.compile("(?m)^[ \\t#*|]*((?:19|20)\\d{2})[ \\t*]*:?[ \\t*|]*$");

    /** The year headings of the text by offset. */
    private static java.util.TreeMap<Integer, Integer> yearHeadings(String text) {
        java.util.TreeMap<Integer, Integer> out = new java.util.TreeMap<>();
        Matcher m = YEAR_HEADING.matcher(text);
        while (m.find()) out.put(m.end(), Integer.valueOf(m.group(1)));
        return out;
    }

    private static DateMention inYearOrNull(DateMention d, int year) {
        try {
            return d.inYear(year);
        } catch (RuntimeException invalid) {
            return null;
        }
    }

    /**
     * "the day before", "on the same day", "the following day", "on the day": a day from the latest full date stated before
     * it; "later that month", "the same month", "later that year": its month or year, from a month stated alone when that is the latest.
     */
    /** "on the day the Partnership was signed": the day of an event the text dates elsewhere. */
    private static final Pattern DAY_IT_WAS = Pattern.compile("(?i)\\bon\\s+the\\s+(?:very\\s+)?day\\s+(?:that\\s+|when\\s+)?(?:the\\s+|its\\s+|their\\s+)?"
            + "(?:[\\p{L}-]+\\s+){0,3}?([\\p{L}-]{3,})\\s+(?:was|were|had\\s+been)\\s+(signed|launched|adopted|concluded|announced)\\b");

    /**
     * Dates "on the day the Partnership was signed" by the full date the text gives where it tells that signing again
     * ("The Digital Partnership … signed in Brussels on 1 February 2023", a glossary's heading and its next line), if it does.
     */
    private static void dayItWas(String text, List<DateMention> dates) {
        Matcher m = DAY_IT_WAS.matcher(text);
        if (!m.find()) return;
        m.reset();
        dates.sort(Comparator.comparing(DateMention::span));
        List<DateMention> added = new ArrayList<>();
        Occupancy taken = new Occupancy();
        dates.forEach(d -> taken.take(d.span()));
        java.util.Map<String, java.util.Optional<DateMention>> byEvent = new java.util.HashMap<>();
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (!taken.free(span)) continue;
            String event = m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT);
            DateMention day = byEvent.computeIfAbsent(event, e -> java.util.Optional.ofNullable(toldElsewhere(text, dates, m.group(1), m.group(2), span))).orElse(null);
            if (day != null) added.add(new DateMention(span, day.date(), null, false));
        }
        if (added.isEmpty()) return;
        dates.addAll(added);
        dates.sort(Comparator.comparing(DateMention::span));
    }

    /** The full date of the first place outside the span that tells the event again ("Partnership … signed … on 1 February 2023"), or null. */
    private static DateMention toldElsewhere(String text, List<DateMention> dates, String noun, String verb, Span span) {
        Matcher told = Pattern.compile("(?i)\\b" + Pattern.quote(noun) + "\\b(?:[^.\\n]|\\n(?!\\s*\\n)){0,160}?\\b" + verb + "\\b[^.\\n]{0,80}").matcher(text);
        while (told.find()) {
            if (told.start() < span.end() && told.end() > span.start()) continue;
            for (int i = firstStartingAt(dates, told.start()); i < dates.size() && dates.get(i).span().start() < told.end(); i++) {
                DateMention d = dates.get(i);
                if (d.yearStated() && d.date().isFull() && d.end() == null && d.span().end() <= told.end()) return d;
            }
        }
        return null;
    }

    /** The index of the first date (of dates in text order) starting at or after the offset. */
    private static int firstStartingAt(List<DateMention> dates, int offset) {
        int lo = 0, hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).span().start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static void sameDay(String text, List<DateMention> dates, LocalDate published) {
        List<DateMention> relative = new ArrayList<>();
        Matcher m = SAME_DAY.matcher(text);
        Occupancy taken = new Occupancy();
        dates.forEach(d -> taken.take(d.span()));
        int i = 0;
        DateMention anchor = null, monthAnchor = null;
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            while (i < dates.size() && dates.get(i).span().end() <= span.start()) {
                if (dates.get(i).date().isFull()) anchor = dates.get(i);
                if (dates.get(i).date().month() != 0) monthAnchor = dates.get(i);
                i++;
            }
            if (!taken.free(span)) continue;
            // "on 4 July 2023, the day after the first Council", "Mon 3 Jul: the day before": it restates the date before it
            if (anchor != null && APPOSITION.matcher(text).region(anchor.span().end(), span.start()).matches()) {
                // "signed on 1 February 2023, on the same day as the inaugural meeting": that meeting's day too
                if (m.group(1).toLowerCase(Locale.ROOT).endsWith("same day") && SAME_AS_MEETING.matcher(text).region(span.end(), text.length()).lookingAt())
                    relative.add(new DateMention(span, anchor.date(), null, false));
                continue;
            }
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if ((w.endsWith("month") || w.endsWith("year")) && monthAnchor != null && !monthAnchor.date().isFull()) {
                // "signed … the same month" after "November 2023": the month stated, not the last full day before it
                PartialDate month = monthAnchor.date();
                relative.add(new DateMention(span, w.endsWith("month") ? month : new PartialDate(month.year(), 0, 0), null, false));
                continue;
            }
            if (monthAnchor != null && !monthAnchor.date().isFull() && (anchor == null || monthAnchor.span().start() > anchor.span().start())
                    && sameSentence(text, monthAnchor.span().end(), span.start())) {
                // "the first Council, in Tokyo in July 2023, … the memorandum signed the next day": that month, no finer
                relative.add(new DateMention(span, new PartialDate(monthAnchor.date().year(), monthAnchor.date().month(), 0), null, false));
                continue;
            }
            LocalDate base = anchor != null ? anchor.date().toLocalDate() : published;
            if (base == null) continue;
            int shift = w.contains("before") || w.contains("previous") ? -1 : w.contains("after") || w.contains("following") || w.contains("next") ? 1 : 0;
            // "spoke the day after co-chairing the Council": the Council is the day before the date it is told from
            if (GERUND_AFTER.matcher(text).region(span.end(), text.length()).lookingAt() && w.startsWith("the day ")) shift = -shift;
            // under the heading "July 4th, 2023": "… sign a Memorandum, the day after the first Council" dates the Council the day before
            // "- 25 March 2024 — Announced …, the day before the 2nd Council": the same for a date opening a list item
            if (anchor != null && daysFromMeeting(text, span) && (standsAlone(text, anchor.span()) || opensItem(text, anchor.span(), span))) shift = -shift;
            PartialDate day = PartialDate.of(base.plusDays(shift));
            PartialDate said = w.endsWith("month") ? new PartialDate(day.year(), day.month(), 0) : w.endsWith("year") ? new PartialDate(day.year(), 0, 0) : day;
            relative.add(new DateMention(span, said, null, false));
        }
        dates.addAll(relative);
        dates.sort(Comparator.comparing(DateMention::span));
    }

    /** How far apart two spans of one sentence lie at most, for a relative day to count from a month. */
    private static final int SENTENCE_REACH = 240;

    /** True if no line or sentence ends between from and to, and they lie close. */
    private static boolean sameSentence(String text, int from, int to) {
        return to - from <= SENTENCE_REACH && !SENTENCE_BREAK.matcher(text).region(from, to).find();
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\n|[.!?]\\s+\\p{Lu}");
    private static final Pattern ITEM_MARKS = Pattern.compile("[\\s•·*▪‣◦○■□-]*");

    /** Whether the date opens the line (after list marks) on which the later span stands: a dated list item. */
    private static boolean opensItem(String text, Span date, Span later) {
        int lineStart = text.lastIndexOf('\n', date.start()) + 1;
        int lineEnd = text.indexOf('\n', date.end());
        return ITEM_MARKS.matcher(text).region(lineStart, date.start()).matches() && (lineEnd < 0 || lineEnd >= later.end());
    }

    /** A paragraph's opening stamp: "UPDATE (4 July 2023, 17:00 JST)", "Updated 5 May 2024:". */
    private static final Pattern STAMP = Pattern.compile("(?i)[\\s\\[(]*(?:update[ds]?|correction|editor's note|date(?=\\s*:))\\b[^\\n]{0,60}");

    /** The day "today" means at the offset: the date of a stamp opening its paragraph ("UPDATE (4 July 2023 …)"), else of the post it stands in ("· 3 days ago"), else the publication's. */
    private static LocalDate stamped(String text, Paragraphs paragraphs, int offset, List<DateMention> found, LocalDate published) {
        int start = paragraphs.start(offset), end = paragraphs.lines.end(start);
        if (end >= text.length() || end > offset) end = offset;
        LocalDate quoted = paragraphs.quotedFrom(text, offset, found);
        if (quoted != null) return quoted;
        Matcher stamp = STAMP.matcher(text).region(start, end);
        if (!stamp.lookingAt()) {
            LocalDate posted = paragraphs.posted(offset, published);
            if (!posted.equals(published)) return posted;
            // a notification history's "YESTERDAY · Mon, 1 Dec" over its alerts: "Coming up today" below it is that day
            var heading = paragraphs.dayHeadings(text, found, published).floorEntry(paragraphs.lines.start(offset));
            return heading == null ? published : heading.getValue();
        }
        for (DateMention d : found)
            if (d.span().start() >= start && d.span().end() <= stamp.end() && d.date().isFull()) return d.date().toLocalDate();
        return published;
    }

    /** An e-mail's attribution line over the message it quotes: "> On Tue, Dec 9, 2025 at 7:58 AM Jan Kowalczyk <…> wrote:". */
    private static final Pattern WROTE = Pattern.compile("(?m)^[>\\s]*On\\s[^\\n]{6,160}?\\swrote:\\s*$");
    private static final Pattern QUOTED_LINE = Pattern.compile("[ \\t]*>");

    /** A channel export's post header with its day: "CDCA Policy Alerts, [08.12.2025 17:26]". */
    private static final Pattern POSTED_ON = Pattern.compile("(?m)^[^\\n\\[]{0,80}\\[(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\][ \\t]*$");

    /** A post's header line on a forum or feed page: "u/lah_engineer · 3 days ago · ▲ 88", "Posted by … 2 hours ago". */
    private static final Pattern POSTED_AGO = Pattern.compile("(?im)^[^\\n]{0,80}?\\b(\\d{1,2}|an?|one)\\s+(day|hour|minute|min|hr)s?\\s+ago\\b[^\\n.]{0,40}$");

    /** Where the paragraph around an offset starts and where its lines end, found once per text (a long text asks many times). */
    private static final class Paragraphs {
        final Lines lines;
        private final int[] blanks;

        /** Where each dated post header line ends ("…, [08.12.2025 17:26]"), and its day. */
        private final int[] postOnEnds;
        private final LocalDate[] postOnDays;

        /** Where each post header line ends, and the day it was posted counted back from the page's date. */
        private final int[] postEnds;
        private final int[] postDaysAgo;
        /** Where each e-mail attribution line ("On …, X wrote:") ends. */
        private final int[] wroteEnds;

        Paragraphs(String text) {
            lines = Lines.of(text);
            int[] ends = new int[4], ago = new int[4];
            int k = 0;
            for (Matcher m = POSTED_AGO.matcher(text); m.find(); k++) {
                if (k == ends.length) {
                    ends = java.util.Arrays.copyOf(ends, k * 2);
                    ago = java.util.Arrays.copyOf(ago, k * 2);
                }
                ends[k] = m.end();
                ago[k] = m.group(2).toLowerCase(Locale.ROOT).startsWith("d") ? (Character.isDigit(m.group(1).charAt(0)) ? Integer.parseInt(m.group(1)) : 1) : 0;
            }
            postEnds = java.util.Arrays.copyOf(ends, k);
            postDaysAgo = java.util.Arrays.copyOf(ago, k);
            List<java.util.regex.MatchResult> on = POSTED_ON.matcher(text).results().toList();
            postOnEnds = on.stream().mapToInt(java.util.regex.MatchResult::end).toArray();
            postOnDays = on.stream().map(r -> dayOrNull(r.group(3), r.group(2), r.group(1))).toArray(LocalDate[]::new);
            wroteEnds = WROTE.matcher(text).results().mapToInt(java.util.regex.MatchResult::end).toArray();
            int[] out = new int[16];
            int n = 0;
            for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 1)) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = i;
            }
            blanks = java.util.Arrays.copyOf(out, n);
        }

        /** For an offset on a quoted line ("> yesterday in Montréal …"), the full date of the attribution line above it; or null. */
        LocalDate quotedFrom(String text, int offset, List<DateMention> found) {
            if (wroteEnds.length == 0 || !QUOTED_LINE.matcher(text).region(lines.start(offset), lines.end(offset)).lookingAt()) return null;
            int k = floor(wroteEnds, offset);
            if (k < 0) return null;
            int lineStart = lines.start(wroteEnds[k] - 1);
            for (DateMention d : found)
                if (d.span().start() >= lineStart && d.span().end() <= wroteEnds[k] && d.date().isFull()) return d.date().toLocalDate();
            return null;
        }

        private java.util.TreeMap<Integer, LocalDate> dayHeadings;
        /** How many day headings make a text a history of days ("TODAY · Tue, 2 Dec" … "YESTERDAY · Mon, 1 Dec"). */
        private static final int MIN_DAY_HEADINGS = 2;

        /** The lines that are a day alone ("TODAY · Tue, 2 Dec", "Monday 1 December 2025"), by where they end, found once. */
        java.util.TreeMap<Integer, LocalDate> dayHeadings(String text, List<DateMention> found, LocalDate published) {
            if (dayHeadings != null) return dayHeadings;
            dayHeadings = new java.util.TreeMap<>();
            for (DateMention d : found) {
                if (d.date().month() == 0 || d.date().day() == 0) continue;
                int start = lines.start(d.span().start()), end = lines.end(d.span().end());
                boolean field = FEED_DATE.matcher(text).region(start, end).matches();
                if (!field && (!DAY_HEADING_LEAD.matcher(text).region(start, d.span().start()).matches()
                        || !WEEKDAY_OR_MARKS.matcher(text).region(d.span().end(), end).matches())) continue;
                int year = d.date().year() != 0 ? d.date().year() : published.getYear();
                LocalDate day = dayOrNull(String.valueOf(year), String.valueOf(d.date().month()), String.valueOf(d.date().day()));
                if (day != null && d.date().year() == 0 && day.isAfter(published.plusDays(1))) day = day.minusYears(1);
                if (day != null) dayHeadings.put(end, day);
            }
            // one dated line is an event's date ("🗓️ Mon, 1 Dec 2025" on a slide); days head a history when there are several
            if (dayHeadings.size() < MIN_DAY_HEADINGS) dayHeadings.clear();
            return dayHeadings;
        }

        /** The day of the last post header above the offset ("· 3 days ago" on a page dated 4 December: 1 December), else the page's. */
        LocalDate posted(int offset, LocalDate published) {
            int k = floor(postEnds, offset), on = floor(postOnEnds, offset);
            if (on >= 0 && postOnDays[on] != null && (k < 0 || postOnEnds[on] > postEnds[k])) return postOnDays[on];
            return k < 0 ? published : published.minusDays(postDaysAgo[k]);
        }

        private static LocalDate dayOrNull(String y, String m, String d) {
            try {
                return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            } catch (RuntimeException invalid) {
                return null;
            }
        }

        /** One past the last blank line at or before the offset, as {@code lastIndexOf("\n\n", offset) + 2}, or 0. */
        int start(int offset) {
            int k = floor(blanks, offset);
            return k < 0 ? 0 : blanks[k] + 2;
        }

        /** The index of the last value at or before the offset in a sorted array, or -1. */
        private static int floor(int[] sorted, int offset) {
            int i = java.util.Arrays.binarySearch(sorted, offset);
            return i >= 0 ? i : -i - 2;
        }
    }

    private static final Pattern APPOSITION = Pattern.compile("\\s*[,:]\\s*|\\s+[–—]\\s+");
    private static final Pattern SAME_AS_MEETING = Pattern.compile("\\s+as\\s+the\\s+(?:\\S+\\s+){0,4}?(?:Council|council|meeting|DPC)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)(?:on\\s+)?the\\s+day\\s+(?:after|before)");

    /** Whether the relative date counts from a meeting named right after it: "the day after the first Council". */
    public static boolean daysFromMeeting(String text, Span relative) {
        return RELATIVE_DAY.matcher(text).region(relative.start(), relative.end()).matches()
                && MEETING_AFTER.matcher(text).region(relative.end(), text.length()).lookingAt();
    }

    private static final Pattern MEETING_AFTER = Pattern.compile("\\s+(?:the|that|our|their)\\s+(?:\\S+\\s+){0,4}?(?:Council|council|meeting|DPC)\\b");
    /** A feed item's date element: "<pubDate>Mon, 12 May 2025 19:45:00 +0900</pubDate>". */
    private static final Pattern FEED_DATE = Pattern.compile("\\s*<(pubDate|published|updated|dc:date)>[^<\\n]{6,60}</\\1>\\s*");
    /** What may open a day's heading before its date: "TODAY ·", "YESTERDAY · Mon,", "━ Tuesday". */
    private static final Pattern DAY_HEADING_LEAD = Pattern.compile("[\\s·•|:,–—-]*(?:(?i:today|yesterday)[\\s·•|:,–—-]*)?"
            + "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\\.?)?[\\s,.:]*");
    private static final Pattern WEEKDAY_OR_MARKS = Pattern.compile("[\\s,.:()\\[\\]–—-]*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\\.?)?[\\s,.:()\\[\\]–—-]*");

    /** Whether the date fills its line but for a weekday, marks and a place: a heading that dates the lines below it ("3 July 2023 (Mon)"). */
    public static boolean standsAlone(String text, Span date) {
        int start = text.lastIndexOf('\n', date.start() - 1) + 1, end = text.indexOf('\n', date.end());
        if (end < 0) end = text.length();
        return (WEEKDAY_OR_MARKS.matcher(text).region(start, date.start()).matches() || ITEM_LABEL.matcher(text).region(start, date.start()).matches())
                && (WEEKDAY_OR_MARKS.matcher(text).region(date.end(), end).matches() || PLACE_TAIL.matcher(text).region(date.end(), end).matches());
    }

    /** After a heading's date, the place of the day: "Monday, December 8 – Montréal", "12 May 2025 | Tokyo (online)". */
    /** A short label before a heading's date: "A1 – 01/02/2023", "Photo 3: …". */
    private static final Pattern ITEM_LABEL = Pattern.compile("\\s*\\p{Lu}{0,6}\\s?\\d{1,3}\\s*[–—:.-]\\s*");
    private static final Pattern PLACE_TAIL = Pattern.compile("\\s*[–—|,-]\\s*\\p{Lu}[\\p{L}'’.-]*(?:[\\s,]+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s*\\([^()\\n]{0,20}\\))?\\s*");
    private static final Pattern GERUND_AFTER = Pattern.compile("\\s+(?:\\p{Ll}+-)?\\p{Ll}{2,}ing\\b");

    private static final Pattern FUTURE = Pattern.compile("\\b(will|next|upcoming|forthcoming|scheduled)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean aboutNextCouncil(String text, Span span) {
        int floor = Math.max(0, span.start() - 300), ceiling = Math.min(text.length(), span.end() + 300);
        int from = floor;
        for (int i = span.start() - 1; i >= floor; i--)
            if (text.charAt(i) == '.' || text.charAt(i) == '\n') { from = i + 1; break; }
        int to = ceiling;
        for (int i = span.end(); i < ceiling; i++)
            if (text.charAt(i) == '.') { to = i; break; }
        String sentence = text.substring(from, to);
        return FUTURE.matcher(sentence).find() && sentence.contains("Council");
    }

    private static Integer contextYear(String text, List<DateMention> found) {
        Integer best = null;
        for (DateMention d : found) {
            if (!d.yearStated() || d.date().month() == 0) continue;
            if (aboutNextCouncil(text, d.span())) continue;
            if (best == null || d.date().year() > best) best = d.date().year();
        }
        if (best != null) return best;
        for (DateMention d : found)
            if (d.yearStated() && d.date().month() > 0) return d.date().year();
        return null;
    }
}
