package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.text.DateFinder;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.SpanIndex;
import eu.digitalpartnership.kg.extract.text.TextIndex;
import eu.digitalpartnership.kg.extract.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One document's text with its sentences, dates and lexicon matches: what every rule reads. */
final class Analysis {
    final TextIndex index;
    final String text;
    final LocalDate published;
    /** The publication date, or else the dateline's date: what "today" and missing years refer to. */
    final LocalDate reference;
    final Lexicons lex;
    final List<DateMention> dates;
    final List<Match<PartnerEntry>> partnerMentions;
    final List<Match<PartnerEntry>> demonymMentions;
    final List<Match<Lexicons.BodyEntry>> bodyMentions;
    final List<Match<Lexicons.PlaceEntry>> placeMentions;
    final List<Match<Lexicons.RoleEntry>> roleMentions;
    final List<Match<Lexicons.TopicEntry>> topicMentions;
    final List<Match<String>> honorificMentions;
    final List<Span> locked = new ArrayList<>();
    private SpanIndex lockedIndex;
    final SpanIndex roleIndex;
    final SpanIndex demonymIndex;
    final SpanIndex dateIndex;
    final SpanIndex honorificIndex;
    PartnerEntry eu;
    PartnerEntry other;

    Analysis(String text, LocalDate published, Lexicons lex) {
        this.index = TextIndex.of(text);
        this.text = text;
        this.published = published;
        this.reference = published != null ? published : DateFinder.dateline(text);
        this.lex = lex;
        this.dates = DateFinder.find(text, published);
        this.partnerMentions = outsideHandles(text, lex.partners.find(text));
        this.demonymMentions = lex.demonyms.find(text);
        this.bodyMentions = outsideHandles(text, lex.bodies.find(text));
        this.placeMentions = lex.places.find(text);
        this.roleMentions = lex.roles.find(text);
        this.topicMentions = lex.topics.all(text);
        this.honorificMentions = lex.honorifics.find(text);
        partnerMentions.forEach(m -> locked.add(m.span()));
        bodyMentions.forEach(m -> locked.add(m.span()));
        placeMentions.forEach(m -> locked.add(m.span()));
        this.roleIndex = new SpanIndex(roleMentions.stream().map(Match::span).toList());
        this.demonymIndex = new SpanIndex(demonymMentions.stream().map(Match::span).toList());
        this.dateIndex = new SpanIndex(dates.stream().map(DateMention::span).toList());
        this.honorificIndex = new SpanIndex(honorificMentions.stream().map(Match::span).toList());
    }

    /** Matches that are not part of a social-media handle or hashtag ("@MSIT_Minister", "#EUKorea"). */
    private static <T> List<Match<T>> outsideHandles(String text, List<Match<T>> matches) {
        return matches.stream().filter(m -> !inHandle(text, m.span())).toList();
    }

    private static boolean inHandle(String text, Span s) {
        int i = s.start();
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) i--;
        boolean marked = i > 0 && (text.charAt(i - 1) == '@' || text.charAt(i - 1) == '#');
        boolean underscored = s.end() < text.length() && text.charAt(s.end()) == '_' || s.start() > 0 && text.charAt(s.start() - 1) == '_';
        return marked && i < s.start() || text.charAt(Math.max(0, s.start() - 1)) == '@' || underscored;
    }

    /** Locks a span (an acronym defined in the text) against being read as a name. */
    void lock(Span s) {
        locked.add(s);
        lockedIndex = null;
    }

    /** The text around a span that evidence quotes as its sentence: the sentence, or a window of a very long one. */
    Span context(Span span) {
        int start = sentence(span.start()).span().start();
        int end = Math.max(span.end(), sentence(Math.max(span.start(), span.end() - 1)).span().end());
        if (end - start <= 1200) return new Span(start, end);
        int from = Math.max(start, span.start() - 300), to = Math.min(end, span.end() + 300);
        while (from > start && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < end && !Character.isWhitespace(text.charAt(to))) to++;
        return new Span(from, to);
    }

    /** True if a locked lexicon span (partner, body, place) overlaps the span. */
    boolean isLocked(Span s) {
        if (lockedIndex == null) lockedIndex = new SpanIndex(locked);
        return lockedIndex.overlaps(s);
    }

    /** True if the token is a capitalised word that can be part of a personal name. */
    boolean nameToken(Token t) {
        if (!t.isWord() || !t.isCapitalised()) return false;
        if (Character.isDigit(t.text().charAt(0))) return false;
        if (lex.notNames.contains(t.text().toLowerCase(Locale.ROOT))) return false;
        if (isLocked(t.span())) return false;
        if (roleIndex.overlaps(t.span()) || demonymIndex.overlaps(t.span())) return false;
        return !dateIndex.overlaps(t.span());
    }

    /** Dates inside a span, in order. */
    List<DateMention> datesIn(Span s) {
        return between(dates, s, DateMention::span);
    }

    /** The sentence holding the offset. */
    Sentence sentence(int offset) {
        return index.sentenceAt(offset);
    }

    /** Matches of a list (sorted by span) that lie inside a span. */
    static <T> List<Match<T>> in(List<Match<T>> matches, Span s) {
        return between(matches, s, Match::span);
    }

    private static <T> List<T> between(List<T> sorted, Span s, java.util.function.Function<T, Span> span) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (span.apply(sorted.get(mid)).start() < s.start()) lo = mid + 1;
            else hi = mid;
        }
        List<T> out = new ArrayList<>();
        for (int i = lo; i < sorted.size() && span.apply(sorted.get(i)).start() < s.end(); i++)
            if (s.contains(span.apply(sorted.get(i)))) out.add(sorted.get(i));
        return out;
    }

    /** Lower-cased text of a span. */
    String lower(Span s) {
        return s.of(text).toLowerCase(Locale.ROOT);
    }

    /** True if the sentence holds any of the words (lower case, whole words). */
    boolean sentenceHas(Sentence s, Set<String> words) {
        return s.tokens().stream().anyMatch(t -> words.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /** The partner a mention or demonym at this span refers to, or null. */
    PartnerEntry partnerAt(Span s) {
        for (Match<PartnerEntry> m : partnerMentions) if (m.span().overlaps(s)) return m.entry();
        for (Match<PartnerEntry> m : demonymMentions) if (m.span().overlaps(s)) return m.entry();
        return null;
    }
}
