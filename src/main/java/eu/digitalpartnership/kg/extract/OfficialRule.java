package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.OfficialFact;
import eu.digitalpartnership.kg.extract.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.Lexicons.RoleEntry;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Token;
import eu.digitalpartnership.kg.model.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Officials: a personal name next to a title ("NAME, the ROLE", "ROLE NAME", "ROLE, NAME"), the partner they
 * represent (from a nationality or possessive prefix, the title itself, or else the non-EU side), and whether the
 * sentence says they chaired.
 */
final class OfficialRule {
    private static final Set<String> TAIL_WORDS = Set.of("and", "the", "of", "for", "a", "an", "in", "on", "to", "&", "with");
    private static final Set<String> CONNECTORS = Set.of("for", "of", "to", "in");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "du", "da", "bin", "binti", "al", "la", "le");
    private static final Set<String> CHAIR_WORDS = Set.of("co-chaired", "co-chair", "co-chairs", "chaired", "co-chairing", "chairing", "co-chairmen");

    record Role(int first, int last, Span span, Span prefix, PartnerEntry prefixSide, RoleEntry kind) {}
    record Name(int first, int last, Span span) {}

    private OfficialRule() {}

    static void apply(Analysis a, Findings f) {
        Set<String> seen = new HashSet<>();
        for (Sentence s : a.index.sentences()) {
            List<Role> roles = roles(a, s);
            if (roles.isEmpty()) continue;
            List<Name> names = names(a, s);
            Set<Name> taken = new HashSet<>();
            boolean chair = a.sentenceHas(s, CHAIR_WORDS);
            for (Role r : roles) {
                Name n = before(s, r, names, taken);
                String rule = "official.name-comma-role";
                if (n == null) {
                    n = after(s, r, names, taken);
                    rule = "official.role-name";
                }
                if (n == null) continue;
                taken.add(n);
                String name = n.span().of(a.text);
                if (!seen.add(Slugs.nameSlug(name))) continue;
                f.officials.add(official(a, r, n, name, rule, chair));
            }
        }
    }

    private static OfficialFact official(Analysis a, Role r, Name n, String name, String rule, boolean chair) {
        Span both = n.span().union(r.span()).union(r.prefix() == null ? r.span() : r.prefix());
        PartnerEntry side = r.prefixSide();
        if (side == null) side = tailSide(a, r);
        if (side == null && r.kind().side() == null) side = cueSide(a, n.span().start());
        if (side == null && r.kind().side() != null) side = a.lex.partner(r.kind().side());
        if (side == null) side = a.other;
        return new OfficialFact(name, new Ev(n.span(), rule), r.span().of(a.text), r.kind(), new Ev(both, rule),
                side, new Ev(both, rule + ".side"), chair);
    }

    private static final java.util.regex.Pattern CUE = java.util.regex.Pattern.compile(
            "\\b(?:side|delegation|team)\\b|^\\s*(?:,|:)");

    /** The partner named in a cue like "On the EU side," or "The Korean delegation included" before the offset. */
    private static PartnerEntry cueSide(Analysis a, int offset) {
        Sentence s = a.sentence(offset);
        PartnerEntry found = null;
        for (var m : a.partnerMentions) found = cue(a, m.span(), m.entry(), s, offset, found);
        for (var m : a.demonymMentions) found = cue(a, m.span(), m.entry(), s, offset, found);
        return found;
    }

    private static PartnerEntry cue(Analysis a, Span span, PartnerEntry p, Sentence s, int offset, PartnerEntry found) {
        if (!s.span().contains(span) || span.end() > offset) return found;
        String after = a.text.substring(span.end(), Math.min(offset, span.end() + 14));
        return after.matches("(?s)\\s+(?:side|delegation|team)\\b.*") ? p : found;
    }

    private static PartnerEntry tailSide(Analysis a, Role r) {
        for (Match<PartnerEntry> m : a.partnerMentions)
            if (r.span().contains(m.span())) return m.entry();
        for (Match<Lexicons.BodyEntry> m : a.bodyMentions)
            if (r.span().contains(m.span()) && m.entry().partnerKey() != null) return a.lex.partner(m.entry().partnerKey());
        return null;
    }

    private static Name before(Sentence s, Role r, List<Name> names, Set<Name> taken) {
        List<Token> t = s.tokens();
        int p = r.first() - 1;
        if (p >= 0 && t.get(p).text().equals("the")) p--;
        if (p < 0 || !(t.get(p).text().equals(",") || t.get(p).text().equals("("))) return null;
        int end = p - 1;
        return names.stream().filter(n -> n.last() == end && !taken.contains(n)).findFirst().orElse(null);
    }

    private static Name after(Sentence s, Role r, List<Name> names, Set<Name> taken) {
        List<Token> t = s.tokens();
        int q = r.last() + 1;
        if (q < t.size() && t.get(q).text().equals(",")) q++;
        int start = q;
        return names.stream().filter(n -> n.first() == start && !taken.contains(n)).findFirst().orElse(null);
    }

    private static List<Role> roles(Analysis a, Sentence s) {
        List<Role> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (Match<RoleEntry> m : Analysis.in(a.roleMentions, s.span())) {
            if (!Character.isUpperCase(a.text.charAt(m.span().start()))) continue;
            int first = s.tokenAt(m.span().start());
            int last = s.tokenBefore(m.span().end());
            if (first > last) continue;
            int headStart = m.span().start();
            while (first > 0 && a.lex.roleModifiers.contains(t.get(first - 1).text())) {
                first--;
                headStart = t.get(first).start();
            }
            if (out.stream().anyMatch(r -> r.span().overlaps(m.span()))) continue;
            int end = tail(a, s, last);
            Span prefix = null;
            PartnerEntry prefixSide = null;
            if (first > 0) {
                Token prev = t.get(first - 1);
                prefixSide = a.partnerAt(prev.span());
                if (prefixSide == null) prefixSide = bodySide(a, prev.span());
                if (prefixSide != null) {
                    prefix = prefixSpan(a, prev.span());
                    first = s.tokenAt(prefix.start());
                }
            }
            Span title = new Span(headStart, t.get(end).end());
            out.add(new Role(first, end, title, prefix, prefixSide, m.entry()));
        }
        return out;
    }

    private static PartnerEntry bodySide(Analysis a, Span s) {
        for (Match<Lexicons.BodyEntry> m : a.bodyMentions)
            if (m.span().overlaps(s) && m.entry().partnerKey() != null) return a.lex.partner(m.entry().partnerKey());
        return null;
    }

    private static Span prefixSpan(Analysis a, Span token) {
        for (var m : a.partnerMentions) if (m.span().overlaps(token)) return m.span().union(token);
        for (var m : a.demonymMentions) if (m.span().overlaps(token)) return m.span().union(token);
        for (var m : a.bodyMentions) if (m.span().overlaps(token)) return m.span().union(token);
        return token;
    }

    /** Index of the last token of the title that starts with a head ending at token {@code last}. */
    private static int tail(Analysis a, Sentence s, int last) {
        List<Token> t = s.tokens();
        int k = last + 1;
        if (k < t.size() && t.get(k).is("responsible") && k + 1 < t.size() && t.get(k + 1).is("for")) k++;
        int afterComma = k + 1;
        boolean commaBody = afterComma < t.size() && t.get(k).text().equals(",")
                && a.bodyMentions.stream().anyMatch(b -> b.span().start() == t.get(afterComma).start() && b.span().length() > 8);
        if (k >= t.size() || !CONNECTORS.contains(t.get(k).text()) && !commaBody) return last;
        int end = last;
        boolean opening = true;
        for (k = k + 1; k < t.size(); k++) {
            Token tok = t.get(k);
            String w = tok.text();
            if (opening && tok.isWord() && tok.isCapitalised() && !honorific(a, tok) && !isRoleHead(a, tok)) {
                end = k;
                opening = false;
                continue;
            }
            if (!w.equals("the")) opening = false;
            if (w.equals(",")) {
                if (k + 1 >= t.size() || !continuesTitle(a, s, k + 1)) break;
                continue;
            }
            if (TAIL_WORDS.contains(w)) {
                if (w.equals("and") && k + 1 < t.size() && startsOther(a, s, k + 1)) break;
                continue;
            }
            if (!tok.isWord()) break;
            if (!tok.isCapitalised() && !Character.isDigit(w.charAt(0))) break;
            if (startsName(a, s, k) || isRoleHead(a, tok)) break;
            end = k;
        }
        return end;
    }

    private static boolean continuesTitle(Analysis a, Sentence s, int k) {
        Token tok = s.tokens().get(k);
        return tok.isWord() && tok.isCapitalised() && !startsName(a, s, k) && !isRoleHead(a, tok) && !honorific(a, tok)
                && a.partnerAt(tok.span()) == null;
    }

    private static boolean startsOther(Analysis a, Sentence s, int k) {
        Token tok = s.tokens().get(k);
        if (startsName(a, s, k) || honorific(a, tok) || isRoleHead(a, tok)) return true;
        if (tok.is("the") && k + 1 < s.tokens().size()) {
            Token next = s.tokens().get(k + 1);
            return a.partnerAt(next.span()) != null || isRoleHead(a, next) || bodySide(a, next.span()) != null;
        }
        return a.partnerAt(tok.span()) != null && k + 1 < s.tokens().size() && isRoleHead(a, s.tokens().get(k + 1));
    }

    private static boolean isRoleHead(Analysis a, Token tok) {
        return tok.isCapitalised() && a.roleIndex.startsAt(tok.start());
    }

    private static boolean honorific(Analysis a, Token tok) {
        return a.honorificIndex.overlaps(tok.span());
    }

    private static boolean startsName(Analysis a, Sentence s, int k) {
        List<Token> t = s.tokens();
        if (honorific(a, t.get(k))) return true;
        return a.nameToken(t.get(k)) && k + 1 < t.size() && a.nameToken(t.get(k + 1));
    }

    private static List<Name> names(Analysis a, Sentence s) {
        List<Name> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            int start = i;
            boolean hon = false;
            while (start < t.size() && (honorific(a, t.get(start)) || hon && t.get(start).text().equals("."))) {
                hon = hon || honorific(a, t.get(start));
                start++;
            }
            if (start >= t.size() || !a.nameToken(t.get(start))) continue;
            if (!hon && i > 0 && t.get(i - 1).text().equals("the")) continue;
            int end = start;
            while (end + 1 < t.size() && end - start < 4) {
                Token next = t.get(end + 1);
                if (a.nameToken(next)) end++;
                else if (PARTICLES.contains(next.text())) {
                    int p = end + 1;
                    while (p < t.size() && PARTICLES.contains(t.get(p).text())) p++;
                    if (p < t.size() && a.nameToken(t.get(p))) end = p;
                    else break;
                } else if (next.text().equals(".") && t.get(end).text().length() == 1 && end + 2 < t.size() && a.nameToken(t.get(end + 2))) end += 2;
                else break;
            }
            if (end == start && !hon) continue;
            if (end > start && t.subList(start, end + 1).stream().allMatch(Token::isAllCaps)) continue;
            Name n = new Name(hon ? i : start, end, new Span(t.get(start).start(), t.get(end).end()));
            out.add(n);
            i = end;
        }
        return out;
    }
}
