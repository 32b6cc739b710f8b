package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings;
import eu.digitalpartnership.kg.extract.Findings.CouncilFact;
import eu.digitalpartnership.kg.extract.Findings.MeetingFact;
import eu.digitalpartnership.kg.extract.Findings.CouncilStatus;
import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.PlaceRef;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.DateFinder;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.PartialDate;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Council meetings from their mentions, slots filled from the whole article: the meeting the article reports (the
 * highest ordinal, or the first mention), earlier ones, and the next one announced; the date and city in the
 * mention's sentence, else the previous sentence's, the dateline's or "here".
 */
final class CouncilAnnotator implements Annotator {
    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.COUNCIL_MENTIONS, Layers.SENTENCES, Layers.DATES, Layers.PLACES);
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.COUNCILS, Layers.RELATED_MEETINGS); }

    @Override public void annotate(Document doc, Output out) {
        View a = new View(doc);
        List<CouncilFact> found = new ArrayList<>();
        List<CouncilMention> mentions = doc.get(Layers.COUNCIL_MENTIONS);
        apply(a, doc.published() != null ? doc.published() : datelineReference(a),
                mentions.stream().filter(m -> m.kind().equals(Findings.DPC)).toList(), found);
        out.put(Layers.COUNCILS, found);
        out.put(Layers.RELATED_MEETINGS, related(a, mentions.stream().filter(m -> !m.kind().equals(Findings.DPC)).toList()));
    }

    /**
     * Meetings of related bodies (a Trade and Technology Council, a joint committee): other meetings, never councils.
     * One per body, ordinal and tense, named as written with an acronym spelled out as the text defines it.
     */
    private static List<MeetingFact> related(View a, List<CouncilMention> mentions) {
        Map<String, List<CouncilMention>> groups = new LinkedHashMap<>();
        for (CouncilMention m : mentions) groups.computeIfAbsent(m.kind() + "/" + m.ordinal() + "/" + m.future(), k -> new ArrayList<>()).add(m);
        List<MeetingFact> out = new ArrayList<>();
        for (List<CouncilMention> g : groups.values()) {
            if (g.stream().noneMatch(CouncilMention::meeting)) continue;
            CouncilFact c = council(a, g, CouncilStatus.PAST, "meeting");
            CouncilMention named = g.stream().filter(x -> x.ordinal() != null).findFirst().orElse(g.get(0));
            String name = Acronyms.expand(a.text, named.span().of(a.text)).replaceAll("^(?i)the\\s+", "");
            if (name.matches("(?is)its\\s.*")) name = name.substring(4).strip() + " of the " + named.kind();
            out.add(new MeetingFact(name, c.date(), null, c.dateEv() == null ? null : c.dateEv().rule("meeting.date"),
                    c.place() == null ? null : c.place().withEv(c.place().ev().rule("meeting.place")), new Ev(named.span(), "council.related-body")));
        }
        return out;
    }

    private static LocalDate datelineReference(View a) {
        return DateFinder.dateline(a.text);
    }

    private static void apply(View a, LocalDate reference, List<CouncilMention> all, List<CouncilFact> f) {
        List<CouncilMention> mentions = datedLater(a, reference, all);
        List<CouncilMention> held = mentions.stream().filter(x -> !x.future()).toList();
        Integer max = held.stream().filter(CouncilMention::meeting).map(CouncilMention::ordinal).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
        List<CouncilMention> current = held.stream().filter(CouncilMention::meeting)
                .filter(x -> !CouncilMentionAnnotator.PREVIOUS_RULE.equals(x.rule()))
                .filter(x -> max == null ? !x.past() : max.equals(x.ordinal()) || x.ordinal() == null && !x.past()).toList();
        Integer currentOrdinal = max;
        // a page issued days ahead of the third meeting (a media advisory): "the previous meeting" is the second
        Integer ahead = mentions.stream().filter(CouncilMention::future).map(CouncilMention::ordinal).filter(Objects::nonNull)
                .distinct().filter(o -> daysAhead(a, reference, all, o)).max(Integer::compare).orElse(null);
        Integer last = ahead != null && (max == null || ahead > max) ? ahead : max;
        if (last != null && last > 1)
            held = held.stream().map(x -> CouncilMentionAnnotator.PREVIOUS_RULE.equals(x.rule()) && x.ordinal() == null ? x.numbered(last - 1) : x).toList();
        List<CouncilMention> earlier = held;
        if (!current.isEmpty()) {
            CouncilFact c = council(a, current, CouncilStatus.CURRENT, "council.current");
            if (longBefore(reference, c.date())) {
                if (c.ordinal() != null) f.add(council(a, current, CouncilStatus.PAST, "council.earlier"));
                currentOrdinal = null;
            } else {
                f.add(c);
            }
        }
        for (Integer o : earlier.stream().map(CouncilMention::ordinal).filter(x -> x != null && !x.equals(max)).distinct().sorted().toList()) {
            List<CouncilMention> group = earlier.stream().filter(x -> o.equals(x.ordinal())).toList();
            CouncilFact c = notAfterCurrent(council(a, group, CouncilStatus.PAST, "council.earlier"), f);
            // "At the last council you said …": a meeting counted back from the reported one is one only if the text dates it
            boolean countedBack = group.stream().allMatch(x -> CouncilMentionAnnotator.PREVIOUS_RULE.equals(x.rule()));
            if (!countedBack || c.date() != null) f.add(c);
        }
        List<CouncilMention> next = mentions.stream().filter(CouncilMention::future).toList();
        if (next.isEmpty()) return;
        CouncilFact announced = council(a, next, CouncilStatus.ANNOUNCED, "council.next");
        Span mention = next.get(0).span();
        Span withNext = new Span(Math.max(a.sentenceNo(next.get(0).sentence()).span().start(), mention.start() - 9), mention.end());
        if (announced.ordinal() == null && currentOrdinal != null && withNext.of(a.text).matches("(?is).*\\bnext\\b.*")) {
            int from = a.text.toLowerCase(Locale.ROOT).lastIndexOf("next", mention.start());
            announced = new CouncilFact(currentOrdinal + 1, new Ev(new Span(from, mention.end()), "council.next-ordinal"), announced.date(),
                    announced.dateEv(), announced.place(), announced.status(), announced.kind());
        }
        Integer nextOrdinal = announced.ordinal();
        boolean alsoHeld = nextOrdinal != null && f.stream().anyMatch(c -> nextOrdinal.equals(c.ordinal()));
        CouncilFact plan = announced;
        if (alsoHeld) f.replaceAll(c -> nextOrdinal.equals(c.ordinal()) ? plannedPlace(c, plan) : c);
        // "The Council will meet regularly": a future with no number, date or place announces no meeting
        boolean said = nextOrdinal != null || announced.date() != null || announced.place() != null;
        if (!alsoHeld && said) f.add(announced);
    }

    /** "Officials propose holding the first Council in Montréal", then the first Council held with no place: the plan's. */
    private static CouncilFact plannedPlace(CouncilFact held, CouncilFact planned) {
        if (held.place() != null || planned.place() == null) return held;
        return new CouncilFact(held.ordinal(), held.mentionEv(), held.date(), held.dateEv(), planned.place(), held.status(), held.kind());
    }

    /**
     * The mentions, with those of a numbered meeting whose date lies after the publication or dateline date marked as
     * announced ("- Third EU-Singapore Digital Partnership Council: Brussels, 2025." in a 2024 newsletter).
     */
    private static List<CouncilMention> datedLater(View a, LocalDate reference, List<CouncilMention> mentions) {
        if (reference == null) return mentions;
        Map<Integer, Boolean> later = new java.util.HashMap<>();
        List<CouncilMention> out = new ArrayList<>();
        for (CouncilMention m : mentions) {
            if (m.future() || m.ordinal() == null) {
                out.add(m);
                continue;
            }
            boolean after = later.computeIfAbsent(m.ordinal(), o -> {
                PartialDate d = council(a, mentions.stream().filter(x -> o.equals(x.ordinal()) && !x.future()).toList(),
                        CouncilStatus.PAST, "council.earlier").date();
                // later in the same month only when the text says so: "… to take place in Brussels on March 26"
                boolean toldAhead = d != null && d.isFull() && d.toLocalDate().isAfter(reference)
                        && mentions.stream().anyMatch(x -> o.equals(x.ordinal()) && (x.future() || aheadInTitle(a, x)));
                return d != null && (d.year() > reference.getYear()
                        || d.year() == reference.getYear() && d.month() > reference.getMonthValue() || toldAhead)
                        && !preparedBy(a, mentions, o, d, reference);
            });
            out.add(after ? m.announced() : m);
        }
        return out;
    }

    /** True if the numbered meeting is dated on a day in the month after the reference date. */
    private static boolean daysAhead(View a, LocalDate reference, List<CouncilMention> all, Integer ordinal) {
        PartialDate d = council(a, all.stream().filter(x -> ordinal.equals(x.ordinal())).toList(), CouncilStatus.PAST, "council.earlier").date();
        return reference != null && d != null && d.isFull() && d.toLocalDate().isAfter(reference)
                && !d.toLocalDate().isAfter(reference.plusDays(PREPARED_DAYS));
    }

    /** The longest line read as a document's title, and how far into the text a title block reaches. */
    private static final int TITLE_LINE = 120, TITLE_BLOCK = 500;
    /** How many days before its meeting a document that prepares it (a press kit, a note for delegates) is issued at most. */
    private static final int PREPARED_DAYS = 31;

    /**
     * True if the document prepares the meeting: it is named in a title line of the text's head and dated a few days
     * after the document ("PRESS KIT / Second meeting of the … Council / Brussels, Monday 1 December 2025"). That meeting
     * is the one the document reports, not one announced.
     */
    private static boolean preparedBy(View a, List<CouncilMention> mentions, Integer ordinal, PartialDate date, LocalDate reference) {
        if (!date.isFull() || date.toLocalDate().isAfter(reference.plusDays(PREPARED_DAYS))) return false;
        List<CouncilMention> titled = mentions.stream().filter(m -> ordinal.equals(m.ordinal()) && inTitle(a, m)).toList();
        return !titled.isEmpty() && titled.stream().noneMatch(m -> aheadInTitle(a, m));
    }

    private static boolean inTitle(View a, CouncilMention m) {
        return m.span().start() < TITLE_BLOCK && a.lines().end(m.span().end()) - a.lines().start(m.span().start()) <= TITLE_LINE;
    }

    /** A headline that tells the meeting ahead: "EU and Japan to hold third … Council", "… meeting ahead of 2nd … Council". */
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:to\\s+(?:hold|host|convene)|ahead\\s+of|in\\s+preparation\\s+for|to\\s+prepare(?:\\s+for)?|prepares?(?:\\s+for)?)\\s+(?:the\\s+|their\\s+|its\\s+)?(?:\\S+\\s+){0,2}$");

    /** "- 2nd Korea-EU Digital Partnership Council to take place in Brussels on March 26": a subtitle telling it ahead. */
    private static final Pattern AHEAD_AFTER = Pattern.compile("\\s+(?:to\\s+(?:take\\s+place|be\\s+held|meet|convene)|will\\s+(?:take\\s+place|be\\s+held|meet|convene))\\b");

    private static boolean aheadInTitle(View a, CouncilMention m) {
        return inTitle(a, m) && (AHEAD.matcher(a.text).region(a.lines().start(m.span().start()), m.span().start()).find()
                || AHEAD_AFTER.matcher(a.text).region(m.span().end(), a.lines().end(m.span().end())).lookingAt());
    }

    /**
     * An earlier meeting without a date on or after the reported one's: "At yesterday's meeting, both sides took stock of
     * the progress made since the inaugural DPC" does not date the inaugural one.
     */
    private static CouncilFact notAfterCurrent(CouncilFact earlier, List<CouncilFact> found) {
        CouncilFact current = found.stream().filter(c -> c.status() == CouncilStatus.CURRENT).findFirst().orElse(null);
        if (current == null || current.ordinal() == null || earlier.ordinal() == null || earlier.ordinal() >= current.ordinal()
                || earlier.date() == null || current.date() == null || !earlier.date().isFull() || !current.date().isFull()
                || earlier.date().compareTo(current.date()) < 0) return earlier;
        return new CouncilFact(earlier.ordinal(), earlier.mentionEv(), null, null, earlier.place(), earlier.status(), earlier.kind());
    }

    /** True when a date lies more than three months before the publication date: not the meeting a press release reports. */
    private static boolean longBefore(LocalDate reference, PartialDate date) {
        if (date == null || !date.isFull() || reference == null) return false;
        return date.toLocalDate().isBefore(reference.minusDays(92));
    }

    private static CouncilFact council(View a, List<CouncilMention> mentions, CouncilStatus status, String rule) {
        List<CouncilMention> group = new ArrayList<>(mentions.stream().filter(x -> x.ordinal() != null).toList());
        mentions.stream().filter(x -> x.ordinal() == null).forEach(group::add);
        CouncilMention first = group.get(0);
        DateMention date = null;
        CouncilMention dated = first;
        // the title of an entry of an events listing: its head line ("12 May 2025 | Tokyo") dates and places it
        Span head = null;
        for (CouncilMention x : group) {
            Span h = Listings.head(a, x.span().start());
            if (h != null && Listings.onTitleLine(a, h, x.span().start())) {
                head = h;
                date = Listings.date(a, h);
                dated = x;
                break;
            }
        }
        // "… since the first Council; the previous one took place in Seoul last November": a date past a semicolon is another
        // clause's, taken only when no mention has one in its own clause
        List<DateMention> nearest = head != null ? List.of() : group.stream().map(x -> nearestDate(a, x.window(), x.span())).toList();
        boolean ownClause = java.util.stream.IntStream.range(0, nearest.size())
                .anyMatch(i -> nearest.get(i) != null && !acrossSemicolon(a, group.get(i).span(), nearest.get(i)));
        if (head == null) for (int i = 0; i < group.size(); i++) {
            CouncilMention x = group.get(i);
            DateMention here = nearest.get(i);
            if (here == null || ownClause && acrossSemicolon(a, x.span(), here)) continue;
            // "held in Tokyo in July of last year", then "signed on the third of July last year, at the first Council": the finer
            if (date == null || here.date().refines(date.date())) {
                date = here;
                dated = x;
            }
            if (date.date().isFull()) break;
        }
        PlaceRef place = metIn(a, group, rule);
        // the first mention's place, unless a later mention gives a city where it gives only a country
        if (place == null) for (CouncilMention x : group) {
            PlaceRef here = Places.near(a, semicolonClause(a.text, x.window(), x.span()), x.span(), slot(rule) + ".place");
            if (here == null || place != null && (isCity(place) || !isCity(here))) continue;
            place = withMention(here, x);
            if (isCity(place)) break;
        }
        if (head != null) {
            PlaceRef listed = Listings.place(a, head, "council.listing");
            if (listed != null) place = listed.withEv(listed.ev().and(dated.span()));
        }
        Integer ordinal = group.stream().map(CouncilMention::ordinal).filter(Objects::nonNull).findFirst().orElse(null);
        PartialDate d = date == null ? null : head != null ? date.date() : daysApart(a, date, dated.span());
        Ev dateEv = date == null ? null : head != null ? new Ev(date.span(), "council.listing").and(dated.span())
                : new Ev(dated.span().union(date.span()), slot(rule) + ".date");
        Span dateField = status == CouncilStatus.CURRENT ? field(a, group, DATE_FIELD) : null;
        DateMention fielded = d == null && dateField != null ? a.in(Layers.DATES, dateField).stream().findFirst().orElse(null) : null;
        if (fielded != null) {
            d = fielded.date();
            dateEv = new Ev(fielded.span(), "council.date.field").and(first.span());
        }
        Span venueField = status == CouncilStatus.CURRENT && place == null ? field(a, group, VENUE_FIELD) : null;
        if (venueField != null) place = a.in(Layers.PLACES, venueField).stream().filter(p -> p.entry() != null && p.isCity())
                .min(Comparator.<Place>comparingInt(p -> p.entry().listed() ? 0 : 1).thenComparingLong(p -> -p.entry().population())).map(p -> Places.ref(p, "council.place.field").withEv(new Ev(p.span(), "council.place.field").and(first.span())))
                .orElse(null);
        for (CouncilMention x : group) {
            if (d != null && d.isFull()) break;
            DateMention heading = Sections.dateAbove(a, a.sentenceNo(x.sentence()));
            // "this week … the first meeting" (December), then under "Monday, December 8": the heading's day refines it
            if (heading != null && (d == null || heading.date().refines(d))) {
                d = heading.date();
                dateEv = new Ev(heading.span(), "council.date.heading").and(x.span());
            }
        }
        Span block = status == CouncilStatus.CURRENT && (d == null || place == null) ? titleBlock(a, group) : null;
        if (block != null && d == null) {
            DateMention below = a.in(Layers.DATES, block).stream().filter(x -> x.date().isFull()).findFirst().orElse(null);
            if (below != null) {
                d = below.date();
                dateEv = new Ev(below.span(), "council.title-block").and(first.span());
            }
        }
        if (block != null && place == null) {
            PlaceRef below = Places.listedIn(a, block, "council.title-block");
            if (below != null) place = below.withEv(below.ev().and(first.span()));
        }
        // a headline's mention has no sentence before it that tells of the meeting: each mention's is tried in turn
        for (CouncilMention x : group) {
            if (d != null || status != CouncilStatus.CURRENT && !anaphoric(a, x) && !sameOccasion(a, x)) continue;
            DateMention before = previousSentenceDate(a, x);
            if (before != null) {
                d = before.date();
                dateEv = new Ev(before.span(), "council.date.previous-sentence").and(x.span());
            }
        }
        for (CouncilMention x : group) {
            if (place != null || status != CouncilStatus.CURRENT && !anaphoric(a, x) && !there(a, x)) continue;
            place = previousSentencePlace(a, x);
        }
        if (place == null && group.stream().anyMatch(x -> HERE.matcher(x.window().of(a.text)).find())) {
            place = Places.dateline(a, "council.place.here");
            if (place == null) place = Places.spokenHere(a, "council.place.here");
            if (place != null) place = place.withEv(place.ev().and(first.span()));
        }
        for (CouncilMention x : group) {
            if (d != null && d.isFull()) break;
            DateMention row = Listings.rowDate(a, x.span().start());
            if (row != null && (d == null || row.date().refines(d))) {
                d = row.date();
                dateEv = new Ev(row.span(), slot(rule) + ".date").and(x.span());
            }
        }
        for (CouncilMention x : group) {
            if (d != null && d.isFull()) break;
            DateMention noted = footnoteDate(a, x);
            // "was held in Brussels(3)." with "(3) Held on April 30, 2024." at the foot: the note's day
            // "In April" with its year guessed from the page's: the note's stated year wins
            if (noted != null && (d == null || noted.date().refines(d) || !d.isFull() && d.month() == noted.date().month() && noted.yearStated())) {
                d = noted.date();
                dateEv = new Ev(x.span(), slot(rule) + ".date").and(noted.span());
            }
        }
        for (CouncilMention x : group) {
            if (d != null && d.isFull()) break;
            DateMention told = toldNext(a, x);
            // "Last month, … held the first meeting … The meeting took place on Monday, December 8": the next sentence's day
            if (told != null && (d == null || told.date().refines(d))) {
                d = told.date();
                dateEv = new Ev(x.span(), slot(rule) + ".date").and(told.span());
            }
        }
        if (d == null && status == CouncilStatus.CURRENT) {
            DateMention dateline = datelineDate(a);
            if (dateline != null) {
                d = dateline.date();
                dateEv = new Ev(dateline.span(), "council.date.dateline").and(first.span());
            }
        }
        if (place == null && status == CouncilStatus.CURRENT) {
            PlaceRef dateline = Places.dateline(a, "council.place.dateline");
            if (dateline == null) dateline = Places.greetedFrom(a, "council.place.here");
            if (dateline != null) place = dateline.withEv(dateline.ev().and(first.span()));
        }
        // "Canada and the European Union sign …" over "December 8, 2025 – Montréal, Quebec": the header's city refines a country
        if ((place == null || place.ev().rule().endsWith(".unlisted") || !isCity(place)) && status == CouncilStatus.CURRENT) {
            PlaceRef header = Places.header(a, "council.place.header");
            if (header != null) place = header.withEv(header.ev().and(first.span()));
        }
        CouncilMention named = group.stream().filter(x -> x.ordinal() != null).findFirst().orElse(first);
        return new CouncilFact(ordinal, new Ev(named.span(), named.rule() != null && rule.startsWith("council.") ? named.rule() : rule),
                d, dateEv, place, status, first.kind());
    }

    /** What stands between a meeting and the city it was held in: "The Council met in", "…, held in", "took place in", "… Council in". */
    private static final Pattern MET_IN = Pattern.compile("^(?:\\s*\\([^()]{0,40}\\))?,?\\s+(?:(?:was|is|will\\s+be|has\\s+been)\\s+)?"
            + "(?:met|meets|held|convened|took\\s+place|takes\\s+place)\\s+(?:(?:on\\s+)?\\p{L}+\\s+){0,2}?in\\s+$"
            // "was held on June 30 (Fri.) at the Sky Hall of the Seoul Central Post Office": a venue whose name holds the city
            + "|^(?:\\s*\\([^()]{0,40}\\))?,?\\s+(?:(?:was|is|will\\s+be|has\\s+been)\\s+)?(?:met|meets|held|convened|took\\s+place|takes\\s+place)\\s+"
            + "(?:[^;\\n]{0,30}?\\s)??(?:in|at)\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:of|at|in)\\s+(?:the\\s+)?$"
            // "the first meeting of our Council in the Sky Hall of the Seoul Central Post Office"
            + "|^\\s+in\\s+(?:the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:of|at|in)\\s+(?:the\\s+)?)?$");

    /** "… in the Sky Hall of the": a place right after the mention, with no verb of its own. */
    private static final Pattern DIRECT_IN = Pattern.compile("\\s+in\\s");
    private static final Pattern COUNCIL_NAMED = Pattern.compile("(?i)\\b(?:council|DPC)\\b");

    /** True if the mention names the council itself ("… Digital Partnership Council"), not only a meeting ("its first session"). */
    private static boolean named(View a, CouncilMention x) {
        return COUNCIL_NAMED.matcher(a.text).region(x.span().start(), x.span().end()).find();
    }

    /** The city a mention's own verb puts the meeting in ("The Council met in Montréal"), the first so told; or null. */
    private static PlaceRef metIn(View a, List<CouncilMention> group, String rule) {
        for (CouncilMention x : group)
            for (Place p : a.in(Layers.PLACES, new Span(x.span().end(), Math.min(a.text.length(), x.span().end() + 60))))
                if (p.listed() && p.isCity() && (MET_IN.matcher(a.text).region(x.span().end(), p.span().start()).matches()
                        && (named(a, x) || !DIRECT_IN.matcher(a.text).region(x.span().end(), p.span().start()).lookingAt())
                        || named(a, x) && commaCity(a, x, p)))
                    return withMention(Places.ref(p, slot(rule) + ".place"), x);
        return null;
    }

    /** "1st EU–Singapore Digital Partnership Council, Brussels | …": a city alone after a comma, closing a cell, a line or a clause. */
    private static final Pattern COMMA_CITY = Pattern.compile(",[ \\t]*(\\p{Lu}[\\p{L}'’. -]{1,40}?)[ \\t]*(?:\\||$|[;(]|\\.(?:\\s|$)|,[ \\t]*(?:\\d|\\p{Lu}\\p{Ll}+[ \\t]+\\d))", Pattern.MULTILINE);

    private static boolean commaCity(View a, CouncilMention x, Place p) {
        Matcher m = COMMA_CITY.matcher(a.text).region(x.span().end(), Math.min(a.text.length(), p.span().end() + 60));
        return m.lookingAt() && m.start(1) == p.span().start() && m.end(1) == p.span().end();
    }

    private static PlaceRef withMention(PlaceRef place, CouncilMention x) {
        return place.withEv(place.ev().with(x.span()));
    }

    /** A note mark closing the mention's clause: "(3)" or "³" right after a word. */
    private static final Pattern NOTE_MARK = Pattern.compile("^[^.;()]{0,60}?(?<=\\p{L})(?:\\((\\d{1,2})\\)|([¹²³⁴⁵⁶⁷⁸⁹]))");
    private static final String SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹";

    /** The full date that opens the note a mark after the mention points to, in a line of notes below it; or null. */
    private static DateMention footnoteDate(View a, CouncilMention m) {
        Sentence s = a.sentenceNo(m.sentence());
        Matcher mark = NOTE_MARK.matcher(a.text).region(m.span().end(), s.span().end());
        if (!mark.find()) return null;
        String number = mark.group(1) != null ? mark.group(1) : String.valueOf(SUPERSCRIPTS.indexOf(mark.group(2)) + 1);
        // notes stand at the foot: the last line so numbered ("(3) Outlook" may be a heading above them)
        Integer at = notes(a).get(number);
        if (at == null || at <= a.lines().end(mark.end())) return null;
        Span noteLine = new Span(at, a.lines().end(at));
        DateMention first = a.in(Layers.DATES, noteLine).stream().findFirst().orElse(null);
        return first != null && first.date().isFull() && first.span().start() - noteLine.start() <= NOTE_LEAD ? first : null;
    }

    /** A numbered note's line: "- (3) Held on …", "3. …", "³ …". */
    private static final Pattern NOTE_LINE = Pattern.compile("(?m)^[ \\t\\-•*]*(?:\\((\\d{1,2})\\)|(\\d{1,2})[.)]|([¹²³⁴⁵⁶⁷⁸⁹]))[ \\t]+");

    /** Where the text of the last line of each note number begins, found once per text. */
    private static Map<String, Integer> notes(View a) {
        return a.once(List.of("notes"), () -> {
            Map<String, Integer> out = new java.util.HashMap<>();
            Matcher m = NOTE_LINE.matcher(a.text);
            while (m.find())
                out.put(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : String.valueOf(SUPERSCRIPTS.indexOf(m.group(3)) + 1), m.end());
            return out;
        });
    }

    /** How far into its note a meeting's date may stand ("Held on April 30, 2024."). */
    private static final int NOTE_LEAD = 24;

    /** "The meeting took place on …", "It was held on …": the next sentence telling the mention's meeting again. */
    private static final Pattern MEETING_TOLD_AGAIN = Pattern.compile("^\\P{L}{0,4}(?:(?:The|This|That)\\s+(?:meeting|Council|session)|It)\\s+"
            + "(?:took\\s+place|was\\s+(?:held|convened)|met|convened)\\b[^.;]{0,40}?$");

    /** The full date of the sentence after the mention's when that sentence tells the same meeting again, or null. */
    private static DateMention toldNext(View a, CouncilMention m) {
        if (m.sentence() + 1 >= a.get(Layers.SENTENCES).size()) return null;
        Sentence next = a.sentenceNo(m.sentence() + 1);
        for (DateMention d : a.in(Layers.DATES, next.span()))
            if (d.date().isFull()) return MEETING_TOLD_AGAIN.matcher(a.text).region(next.span().start(), d.span().start()).find() ? d : null;
        return null;
    }

    /** The lines under the first mention that is a title of its own ("Second meeting of the … Council"), or null. */
    private static Span titleBlock(View a, List<CouncilMention> group) {
        return group.stream().map(x -> Sections.blockBelow(a, a.sentenceNo(x.sentence()))).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The part of the window between the semicolons around the mention: "…Council; Japan chairs the OECD meeting in Paris" holds no place of it. */
    private static Span semicolonClause(String text, Span window, Span mention) {
        int from = text.substring(Math.min(window.start(), mention.start()), mention.start()).lastIndexOf(';');
        int to = text.substring(mention.end(), Math.max(mention.end(), window.end())).indexOf(';');
        return new Span(from < 0 ? window.start() : Math.min(window.start(), mention.start()) + from + 1, to < 0 ? window.end() : mention.end() + to);
    }

    /**
     * "signed … on Tuesday, a day after the two sides held the third meeting", "on 4 July 2023, the day after the first
     * Council": the meeting's own day, counted from the date; "three years to the day after" counts no day.
     */
    private static final Pattern DAYS_APART = Pattern.compile("(?i)(?<!\\bto\\s)\\b(a|one|two|three|the|\\d)\\s+days?\\s+(after|before)\\b");

    private static final Pattern ADVERB_COMMA = Pattern.compile("\\s*,");

    private static PartialDate daysApart(View a, DateMention date, Span mention) {
        if (!date.date().isFull() || date.span().end() > mention.start()) return date.date();
        Matcher m = DAYS_APART.matcher(a.text).region(date.span().end(), mention.start());
        // "Mon 3 Jul: the day before, the first Council met": an adverb restating the date, not a distance from it
        if (!m.find() || ADVERB_COMMA.matcher(a.text).region(m.end(), mention.start()).lookingAt()) return date.date();
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int days = switch (n) { case "a", "one", "the" -> 1; case "two" -> 2; case "three" -> 3; default -> Integer.parseInt(n); };
        return PartialDate.of(date.date().toLocalDate().plusDays(m.group(2).equalsIgnoreCase("after") ? -days : days));
    }

    private static boolean isCity(PlaceRef p) {
        return "city".equals(p.kind());
    }

    private static final Pattern HERE = Pattern.compile("\\bhere\\b");
    /** How many lines after a meeting's sentence its particulars may run ("1. Date and time", its value, "2. Venue", its value). */
    private static final int FIELD_LINES = 7;
    private static final Pattern DATE_FIELD = field("Date|Dates|Date and time|Date & time|Date/time|When");
    private static final Pattern VENUE_FIELD = field("Venue|Place|Location|Where|Destination(?:s|\\(s\\))?");

    /** A line "(1) Name: value" of a list of particulars, with one of the names, or the name alone and its value on the next line. */
    private static Pattern field(String names) {
        return Pattern.compile("(?m)^[ \\t]*(?:\\(\\d+\\)|\\d+[.)]|[-•*·○□ㅇ])?[ \\t]*(?:" + names + ")[ \\t]*(?:[:：][^\\n]*|\\n[ \\t]*[^\\s][^\\n]*)");
    }

    /** The field line under any mention of the group, or under an announcement of the same meeting; or null. */
    private static Span field(View a, List<CouncilMention> group, Pattern field) {
        for (CouncilMention m : group) {
            Span found = field(a, m, field);
            if (found != null) return found;
        }
        // a notice that announces the meeting ("will host the first meeting") and lists its particulars under that
        // announcement lists them for the meeting it reports, once it has been held
        Integer ordinal = group.stream().map(CouncilMention::ordinal).filter(Objects::nonNull).findFirst().orElse(null);
        if (ordinal == null) return null;
        java.util.Set<CouncilMention> own = new java.util.HashSet<>(group);
        for (CouncilMention m : a.doc.get(Layers.COUNCIL_MENTIONS)) {
            if (own.contains(m) || !m.kind().equals(group.get(0).kind()) || !ordinal.equals(m.ordinal())) continue;
            Span found = field(a, m, field);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * The line of a field ("(1) Date: Thursday, March 11", "(2) Venue: Iikura Guest House (Minato-ku, Tokyo)") within
     * the lines after the sentence of the mention, as ministries list a meeting's particulars; or null.
     */
    private static Span field(View a, CouncilMention mention, Pattern field) {
        int from = a.sentenceNo(mention.sentence()).span().start();
        int to = from;
        for (int lines = 0; lines < FIELD_LINES && to < a.text.length(); lines++) to = a.lines().end(to + 1);
        for (int start = from; start < to; start = a.lines().end(start) + 1) {
            Matcher m = field.matcher(a.text).region(start, a.text.length());
            if (m.lookingAt()) return new Span(m.start(), m.end());
        }
        return null;
    }

    /** The rule-id prefix of a meeting's slots: "council" for councils, "meeting" for related bodies. */
    private static String slot(String rule) {
        return rule.startsWith("council.") ? "council" : rule;
    }

    private static DateMention previousSentenceDate(View a, CouncilMention m) {
        if (m.sentence() == 0) return null;
        Sentence prev = a.sentenceNo(m.sentence() - 1);
        DateMention signature = signatureDate(a, m);
        if (signature != null) return signature;
        List<DateMention> full = a.in(Layers.DATES, prev.span()).stream().filter(d -> d.date().isFull() && !ofNamedMeeting(a, d) && !stamped(a, d)).toList();
        if (full.isEmpty()) return signingDate(a, m);
        // "OTTAWA, Nov 7 (Wire) - … signed … on Tuesday": the dateline dates the report, the other date the event
        return full.stream().filter(d -> !atDateline(a, d)).findFirst().orElse(full.get(0));
    }

    private static final Pattern NAMED_MEETING_BEFORE = Pattern.compile("\\b(?:Meeting|Summit|Conference|Ministerial)\\b[^.;]{0,60}$");

    /** True for a date told of a named meeting ("the G7 Digital and Tech Ministers' Meeting held in Takasaki … on 29 and 30 April 2023"). */
    private static boolean ofNamedMeeting(View a, DateMention d) {
        return NAMED_MEETING_BEFORE.matcher(a.text).region(Math.max(0, d.span().start() - 80), d.span().start()).find();
    }

    private static final Pattern ON_SIGNATURE = Pattern.compile("(?i)\\bon\\s+the\\s+(?:date|day)\\s+of\\s+(?:the\\s+)?signature\\b");
    private static final Pattern SIGNED_AT_ON = Pattern.compile("(?i)\\bsigned\\b[^.\\n]{0,60}?\\bon\\s+$");

    /** "… held in Tokyo on the date of signature of this Memorandum": the date of its "Signed in duplicate at Tokyo on 3 July 2023". */
    private static DateMention signatureDate(View a, CouncilMention m) {
        if (!ON_SIGNATURE.matcher(a.text).region(m.span().end(), a.sentenceNo(m.sentence()).span().end()).find()) return null;
        for (DateMention d : a.get(Layers.DATES))
            if (d.date().isFull() && SIGNED_AT_ON.matcher(a.text).region(Math.max(0, d.span().start() - 80), d.span().start()).find()) return d;
        return null;
    }

    /** How many sentences back "Immediately after the signing" may find the signing. */
    private static final int SIGNING_REACH = 3;
    private static final Pattern AFTER_SIGNING = Pattern.compile("(?i)\\b(?:after|following)\\s+the\\s+sign\\w*");
    private static final Pattern SIGNING = Pattern.compile("(?i)\\bsign(?:s|ed|ing)?\\b");

    /** For "Immediately after the signing, … co-chair the inaugural meeting": the date of the sentence that tells the signing. */
    private static DateMention signingDate(View a, CouncilMention m) {
        Sentence own = a.sentenceNo(m.sentence());
        if (!AFTER_SIGNING.matcher(a.text.substring(own.span().start(), m.span().start())).find()) return null;
        for (int i = m.sentence() - 1; i >= Math.max(0, m.sentence() - SIGNING_REACH); i--) {
            Sentence s = a.sentenceNo(i);
            if (!SIGNING.matcher(s.span().of(a.text)).find()) continue;
            DateMention d = a.in(Layers.DATES, s.span()).stream().filter(x -> x.date().isFull() && !atDateline(a, x)).findFirst().orElse(null);
            if (d != null) return d;
        }
        return null;
    }

    private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\s.'’-]+(?:,\\s*\\p{L}[\\p{L}\\s.'’-]*)?,\\s*");

    /** "… first met in Seoul on 30 June last year. That inaugural council agreed …": the sentence before tells the meeting. */
    private static final Pattern ANAPHOR = Pattern.compile("^\\P{L}{0,4}(?:That|This)\\s+(?:\\p{Ll}+\\s+)?$");

    private static boolean anaphoric(View a, CouncilMention m) {
        int start = a.sentenceNo(m.sentence()).span().start();
        // the opening is a few words: a long run-on sentence is not read again for each of its mentions
        return m.span().start() - start <= OPENING_REACH && ANAPHOR.matcher(a.text.substring(start, m.span().start())).find();
    }

    /** How long a sentence's opening before a mention or a date may be for "That …" or a dateline to open it. */
    private static final int OPENING_REACH = 80;

    /** "The two men then co-chaired …", "Following the signing, …": the meeting follows what the sentence before tells. */
    private static final Pattern SEQUEL = Pattern.compile("(?i)\\b(?:then|afterwards|thereafter|following\\s+the|after\\s+the\\s+sign\\w*)\\b");

    /** "The inaugural meeting of the Council took place there the same day": the place the sentence before names. */
    private static final Pattern THERE = Pattern.compile("^[^.;]{0,40}?\\b(?:took\\s+place|(?:(?:was|were)\\s+)?(?:held|convened)|met|convened)\\s+there\\b");

    private static boolean there(View a, CouncilMention m) {
        Span sentence = a.sentenceNo(m.sentence()).span();
        return THERE.matcher(a.text).region(m.span().end(), sentence.end()).find() || whereBefore(a, m) || sameOccasion(a, m);
    }

    /** "The inaugural meeting of the Council was held on the same occasion": the day and place the sentence before tells. */
    private static final Pattern SAME_OCCASION = Pattern.compile("^[^.;]{0,40}?\\b(?:took\\s+place|(?:was|were)\\s+(?:held|convened)|met|convened)\\s+(?:on\\s+|at\\s+)?the\\s+same\\s+(?:occasion|day|date|time)\\b");

    private static boolean sameOccasion(View a, CouncilMention m) {
        return SAME_OCCASION.matcher(a.text).region(m.span().end(), a.sentenceNo(m.sentence()).span().end()).find();
    }

    private static boolean whereBefore(View a, CouncilMention m) {
        return WHERE_BEFORE.matcher(a.text).region(a.sentenceNo(m.sentence()).span().start(), m.span().start()).matches();
    }

    /** "This is the building in which the Council held its first meeting": the place the sentence before names. */
    private static final Pattern WHERE_BEFORE = Pattern.compile("\\P{L}{0,4}(?:This|That|It)\\s+(?:is|was)\\s+(?:also\\s+)?the\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:building|venue|place|city|hall|room|hotel|centre|center|site)\\s+(?:in\\s+which|at\\s+which|where)\\s+(?:the\\s+|our\\s+|its\\s+)?(?:\\S+\\s+){0,6}?");

    private static PlaceRef previousSentencePlace(View a, CouncilMention m) {
        if (m.sentence() == 0) return null;
        Sentence prev = a.sentenceNo(m.sentence() - 1);
        boolean sequel = there(a, m) || SEQUEL.matcher(a.text.substring(a.sentenceNo(m.sentence()).span().start(), m.span().start())).find();
        if (!sequel && a.in(Layers.DATES, prev.span()).stream().noneMatch(d -> d.date().isFull())) return null;
        // "…, Chiyoda-ku, Tokyo. This is the building in which the Council held its first meeting": the address's city
        if (whereBefore(a, m)) return Places.listedIn(a, prev.span(), "council.place.previous-sentence");
        return Places.near(a, prev.span(), prev.span().end(), "council.place.previous-sentence");
    }

    private static DateMention datelineDate(View a) {
        List<Sentence> all = a.get(Layers.SENTENCES);
        List<Sentence> first = all.subList(0, Math.min(2, all.size()));
        List<DateMention> full = first.stream().flatMap(s -> a.in(Layers.DATES, s.span()).stream()).filter(x -> x.date().isFull()).toList();
        // "Published Thu, Feb 2, 2023" stamps the page; a date the lead gives ("on Wednesday (Feb 1)") tells the event
        DateMention d = full.stream().filter(x -> !stamped(a, x)).findFirst().orElse(full.isEmpty() ? null : full.get(0));
        if (d == null) d = Places.headerDate(a);
        if (d == null || !stamped(a, d)) return d;
        return a.in(Layers.DATES, new Span(d.span().end(), Math.min(a.text.length(), d.span().end() + LEAD)))
                .stream().filter(x -> x.date().isFull() && !stamped(a, x)).findFirst().orElse(recordStamp(a, d) ? null : d);
    }

    /** How far after a page's stamp the lead's own date may come, in characters. */
    private static final int LEAD = 400;
    private static final Pattern STAMP = Pattern.compile("(?i)^\\s*(?:first\\s+|last\\s+)?(?:published|posted|updated|modified)\\b");
    /** A records field ("Date received:", "Released:") dates the file, never the meeting. */
    private static final Pattern RECORD_STAMP = Pattern.compile("(?i)^\\s*(?:received|released|date\\s+(?:received|released|of\\s+(?:release|request|receipt)))\\b");

    /** True for a date on a line that stamps the page ("Published Thu, Feb 2, 2023 · 05:50 AM"). */
    private static boolean stamped(View a, DateMention d) {
        return STAMP.matcher(a.text).region(a.lines().start(d.span().start()), d.span().start()).lookingAt() || recordStamp(a, d);
    }

    private static boolean acrossSemicolon(View a, Span mention, DateMention d) {
        int from = Math.min(mention.end(), d.span().end()), to = Math.max(mention.start(), d.span().start());
        return from < to && a.text.substring(from, to).indexOf(';') >= 0;
    }

    private static boolean recordStamp(View a, DateMention d) {
        return RECORD_STAMP.matcher(a.text).region(a.lines().start(d.span().start()), d.span().start()).lookingAt();
    }

    private static DateMention nearestDate(View a, Span window, Span anchor) {
        List<DateMention> in = a.in(Layers.DATES, window).stream().filter(d -> !periodYear(a, d) && !citation(a, d) && !quotedTitleDate(a, d)
                && !yearOfOtherMeeting(a, d) && !anchor.contains(d.span()) && !ofOtherMeeting(a, anchor, d)
                // "held on the sidelines of a two-day gathering that ends on Tuesday": the gathering's day, not the meeting's
                && !(d.span().start() > anchor.end() && DateFinder.boundsOtherEvent(a.text, d.span()))).toList();
        List<DateMention> own = in.stream().filter(d -> !atDateline(a, d)).toList();
        List<DateMention> candidates = own.isEmpty() ? in : own;
        // "met in Tokyo in July 2023, when the Commission and MIC signed a memorandum … on 3 July": the day is the signing's
        List<DateMention> signing = candidates.stream().filter(d -> d.span().start() > anchor.end()
                && SIGNING_CLAUSE.matcher(a.text).region(anchor.end(), d.span().start()).find()).toList();
        if (!signing.isEmpty() && signing.size() < candidates.size()) candidates = candidates.stream().filter(d -> !signing.contains(d)).toList();
        // a year alone ("this year's meeting") gives way to a full date in the same part of the sentence ("Today, …"),
        // and so does a period the full date lies in ("on Monday, … this week's G7 gathering")
        List<DateMention> full = candidates.stream().filter(d -> d.date().isFull()).toList();
        if (!full.isEmpty())
            candidates = candidates.stream().filter(d -> d.date().isFull()
                    || d.date().month() != 0 && full.stream().noneMatch(f -> f.date().refines(d.date()))).toList();
        // "Yesterday's Digital Partnership Council …": the day the mention is of
        for (DateMention d : candidates)
            if (d.span().end() <= anchor.start() && POSSESSIVE_GAP.matcher(a.text).region(d.span().end(), anchor.start()).matches()) return d;
        // "No new agreement was signed at the second Council, but both sides reaffirmed an arrangement concluded last year": the instrument's
        candidates = candidates.stream().filter(d -> d.span().start() < anchor.end()
                || !INSTRUMENT_DAY.matcher(a.text).region(Math.max(0, d.span().start() - 24), d.span().start()).find()).toList();
        // "agreed Tuesday …, as the two sides held their second Council, the ministry said Wednesday": the day of the report is not the meeting's
        List<DateMention> told = candidates.stream().filter(d -> REPORTED.matcher(a.text).region(Math.max(0, d.span().start() - 30), d.span().start()).find()).toList();
        if (!told.isEmpty() && told.size() < candidates.size()) candidates = candidates.stream().filter(d -> !told.contains(d)).toList();
        // "… who is staying on after Monday's Horizon Europe announcement": a day another noun owns is not the meeting's
        List<DateMention> owned = candidates.stream().filter(d -> a.text.startsWith("'s", d.span().end()) || a.text.startsWith("’s", d.span().end())).toList();
        if (!owned.isEmpty() && owned.size() < candidates.size()) candidates = candidates.stream().filter(d -> !owned.contains(d)).toList();
        else if (!owned.isEmpty()) return null;
        return candidates.stream()
                .min(Comparator.comparingInt(d -> Math.abs(d.span().start() - anchor.end())))
                .orElse(null);
    }

    /** A clause of its own about a signing, between the meeting and a date: ", when the two ministers signed …". */
    private static final Pattern SIGNING_CLAUSE = Pattern.compile(",\\s+(?:when|where|at\\s+which|during\\s+which)\\b[^.;]*?\\b(?:signed|concluded|initialled|inked)\\b");

    /** A signing verb right before a date, after the meeting: "an arrangement concluded last year", "a memorandum signed in 2023". */
    private static final Pattern INSTRUMENT_DAY = Pattern.compile("\\b(?:signed|concluded|initialled)\\s+(?:(?:in|on)\\s+)?$");

    /** A reporting verb right before a date: "the ministry said Wednesday", "announced on Monday", "told reporters on Tuesday". */
    private static final Pattern REPORTED = Pattern.compile("\\b(?:said|says|announced|reported|stated|added|told\\s+(?:reporters|journalists|the\\s+press))\\s+(?:on\\s+)?$");

    private static final Pattern POSSESSIVE_GAP = Pattern.compile("['’]s\\s+(?:\\S+\\s+){0,3}");

    private static final Pattern OTHER_MEETING = Pattern.compile("(?i)\\b(?:the|a|an)\\s+(?:meeting|session|summit|conference)\\s+of\\s+(?:the\\s+)?\\p{Lu}");

    /** True for a date after the mention told of another meeting named between them ("…, with a view to the meeting of the Working Party … on 16 April"). */
    private static boolean ofOtherMeeting(View a, Span anchor, DateMention d) {
        return d.span().start() > anchor.end() && OTHER_MEETING.matcher(a.text).region(anchor.end(), d.span().start()).find();
    }

    /** "the 2022 summit", "the 2023 G7 ministerial meeting": a year that names another meeting. */
    private static final Pattern OTHER_MEETING_AFTER_YEAR = Pattern.compile("\\s+(?:(?!Council|council|DPC)[\\p{L}\\d'’-]+\\s+){0,2}"
            + "(?:[Ss]ummit|[Cc]onference|[Ff]orum|G7|G20|[Mm]inisterial)\\b");

    /** True for a year alone that names another meeting ("the index places the 2022 summit in Brussels"). */
    private static boolean yearOfOtherMeeting(View a, DateMention d) {
        return d.date().month() == 0 && OTHER_MEETING_AFTER_YEAR.matcher(a.text).region(d.span().end(), Math.min(a.text.length(), d.span().end() + 40)).lookingAt();
    }

    /** How far back a citation's opening bracket may stand ("[2023; 2024]"). */
    private static final int CITATION_REACH = 40;
    private static final Pattern CITED = Pattern.compile("\\[[^\\[\\]]*$");

    /** True for a year alone cited in square brackets ("… launched the forum [2024]", "[2023; 2024]"): a source, not a day. */
    private static boolean citation(View a, DateMention d) {
        if (d.date().month() != 0) return false;
        int before = d.span().start() - 1, after = d.span().end();
        while (before >= 0 && a.text.charAt(before) == ' ') before--;
        while (after < a.text.length() && a.text.charAt(after) == ' ') after++;
        return before >= 0 && after < a.text.length() && "[;".indexOf(a.text.charAt(before)) >= 0 && "];".indexOf(a.text.charAt(after)) >= 0
                && CITED.matcher(a.text).region(Math.max(0, d.span().start() - CITATION_REACH), d.span().start()).find();
    }

    /** A quoted title's date in brackets, the cited page's: 'the press release "… hold second Council in Brussels" (2 December 2025)'. */
    private static final Pattern QUOTE_THEN_BRACKET = Pattern.compile("[\"”]\\s*\\(\\s*$");

    private static boolean quotedTitleDate(View a, DateMention d) {
        return QUOTE_THEN_BRACKET.matcher(a.text).region(Math.max(0, d.span().start() - 8), d.span().start()).find()
                && a.text.substring(d.span().end()).stripLeading().startsWith(")");
    }

    /** True for a year alone that bounds a period or a target ("deliverables for 2023", "by 2030"): no meeting's date. */
    private static boolean periodYear(View a, DateMention d) {
        if (d.date().month() != 0) return false;
        return PERIOD_BEFORE.matcher(a.text.substring(Math.max(0, d.span().start() - 12), d.span().start())).find();
    }

    private static final Pattern PERIOD_BEFORE = Pattern.compile("\\b(?:for|by|until|till|through|beyond|to|from)\\s+$", Pattern.CASE_INSENSITIVE);

    /** True for the date of a dateline ("OTTAWA, Nov 7 (Wire) -"), which dates the report rather than what it reports. */
    private static boolean atDateline(View a, DateMention d) {
        Sentence s = a.sentence(d.span().start());
        return s != null && d.span().start() - s.span().start() <= OPENING_REACH
                && DATELINE.matcher(a.text.substring(s.span().start(), d.span().start())).matches();
    }

}
