package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.text.DateFinder;
import eu.digitalpartnership.kg.extract.text.DateMention;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
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
    PartnerEntry eu;
    PartnerEntry other;

    Analysis(String text, LocalDate published, Lexicons lex) {
        this.index = TextIndex.of(text);
        this.text = text;
        this.published = published;
        this.reference = published != null ? published : DateFinder.dateline(text);
        this.lex = lex;
        this.dates = DateFinder.find(text, published);
        this.partnerMentions = lex.partners.find(text);
        this.demonymMentions = lex.demonyms.find(text);
        this.bodyMentions = lex.bodies.find(text);
        this.placeMentions = lex.places.find(text);
        this.roleMentions = lex.roles.find(text);
        this.topicMentions = lex.topics.all(text);
        this.honorificMentions = lex.honorifics.find(text);
        partnerMentions.forEach(m -> locked.add(m.span()));
        bodyMentions.forEach(m -> locked.add(m.span()));
        placeMentions.forEach(m -> locked.add(m.span()));
    }

    /** True if a locked lexicon span (partner, body, place) overlaps the span. */
    boolean isLocked(Span s) {
        return locked.stream().anyMatch(l -> l.overlaps(s));
    }

    /** True if the token is a capitalised word that can be part of a personal name. */
    boolean nameToken(Token t) {
        if (!t.isWord() || !t.isCapitalised()) return false;
        if (Character.isDigit(t.text().charAt(0))) return false;
        if (lex.notNames.contains(t.text().toLowerCase(Locale.ROOT))) return false;
        if (isLocked(t.span())) return false;
        if (roleMentions.stream().anyMatch(r -> r.span().overlaps(t.span()))) return false;
        if (demonymMentions.stream().anyMatch(r -> r.span().overlaps(t.span()))) return false;
        return dates.stream().noneMatch(d -> d.span().overlaps(t.span()));
    }

    /** Dates inside a span, in order. */
    List<DateMention> datesIn(Span s) {
        return dates.stream().filter(d -> s.contains(d.span())).toList();
    }

    /** The sentence holding the offset. */
    Sentence sentence(int offset) {
        return index.sentenceAt(offset);
    }

    /** Matches of a list that lie inside a span. */
    static <T> List<Match<T>> in(List<Match<T>> matches, Span s) {
        return matches.stream().filter(m -> s.contains(m.span())).toList();
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
