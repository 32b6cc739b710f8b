package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.BodyEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.RoleEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Title phrases: a title from the lexicon (capitalised), extended left over modifiers ("Deputy", "Acting") and right
 * over its complement ("for Digital Transformation", "of Economy, Trade and Industry"), with a partner prefix
 * ("Japanese", "Korea's", "the Commission's") kept apart.
 */
final class RoleAnnotator implements Annotator {
    private static final Set<String> TAIL_WORDS = Set.of("and", "the", "of", "for", "a", "an", "in", "on", "to", "&", "with");
    private static final Set<String> CONNECTORS = Set.of("for", "of", "to", "in");
    private static final Set<String> VERBS = Set.of("said", "says", "met", "meets", "told", "tells", "thanked", "joined", "led", "with", "will", "was", "is");
    private static final int LOWER_TITLE_WORDS = 5;
    private static final Set<String> CLOSED_DASH = Set.of("–", "—", "-");
    private static final Set<String> BODY_HEADS = Set.of("Directorate-General", "DG", "Ministry", "Mission", "Delegation", "Embassy", "Department");

    private final Lexicons lex;

    RoleAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        Set<Layer<?>> r = new HashSet<>(NameTokens.READS);
        r.add(Layers.SENTENCES);
        r.add(Layers.NAMES);
        return r;
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.ROLES); }

    @Override public void annotate(Document doc, Output out) {
        Context c = new Context(new View(doc), new NameTokens(doc, lex));
        List<Role> roles = new ArrayList<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) roles.addAll(c.roles(s));
        out.put(Layers.ROLES, roles);
    }

    private final class Context {
        final View a;
        final NameTokens nt;

        Context(View a, NameTokens nt) {
            this.a = a;
            this.nt = nt;
        }

        List<Role> roles(Sentence s) {
            List<Role> out = new ArrayList<>();
            List<Token> t = s.tokens();
            int titlesEnd = -1;
            for (Match<RoleEntry> m : a.in(Layers.ROLE_HITS, s.span())) {
                // "European commissioner for innovation, …": a head in lower case makes the title one in lower case
                int headWord = a.text.lastIndexOf(' ', m.span().end() - 1) + 1;
                boolean lower = !Character.isUpperCase(a.text.charAt(m.span().start()))
                        || headWord > m.span().start() && !Character.isUpperCase(a.text.charAt(headWord));
                int first = s.tokenAt(m.span().start());
                if (first > 0 && (first >= t.size() || t.get(first).start() > m.span().start())) first--;
                int last = s.tokenBefore(m.span().end());
                // "Minister-in-charge of Trade Relations": a hyphenated compound of the title is the title's head
                int within = last + 1;
                if (within < t.size() && t.get(within).start() < m.span().end() && t.get(within).end() > m.span().end()
                        && a.text.charAt(m.span().end()) == '-') last = within;
                if (first > last || t.get(first).end() <= m.span().start()) continue;
                int headStart = t.get(first).start();
                if (m.span().start() < titlesEnd) continue;
                while (first > 0 && isModifier(t.get(first - 1), lower)) {
                    first--;
                    headStart = t.get(first).start();
                }
                boolean lowerBeforeName = lower && last + 1 < t.size() && startsName(s, last + 1);
                if (lowerBeforeName) {
                    first = lowerLeftOf(s, first);
                    headStart = t.get(first).start();
                }
                int left = Math.min(leftOf(s, first), appositionStart(s, first));
                if (left < first) {
                    Role merged = !out.isEmpty() && t.get(left).start() < out.get(out.size() - 1).title().end() ? out.remove(out.size() - 1) : null;
                    first = left;
                    headStart = merged != null ? merged.title().start() : t.get(first).start();
                }
                int end = tail(s, last, lower);
                Span prefix = null;
                PartnerEntry prefixSide = null;
                int before = s.tokenBefore(headStart);
                if (before >= 0) {
                    Token prev = t.get(before);
                    prefixSide = a.partnerAt(prev.span());
                    if (prefixSide == null) prefixSide = bodySide(prev.span());
                    if (prefixSide != null) prefix = prefixSpan(prev.span());
                }
                Span title = new Span(headStart, t.get(end).end());
                // a title in lower case is one only in apposition: "Jane Doe, the chief executive of X" or
                // "the director of X, Jane Doe"
                if (lower && !lowerBeforeName && !(afterComma(headStart) && nameBefore(headStart) || articleBefore(headStart) && beforeCommaName(s, end))) continue;
                titlesEnd = Math.max(titlesEnd, title.end());
                Role joined = out.isEmpty() ? null : out.get(out.size() - 1);
                // "Minister for Transport and Minister-in-charge of Trade Relations Mr S Iswaran": two titles, one name
                if (joined != null && a.text.substring(joined.title().end(), headStart).equals(" and ") && prefix == null
                        && end + 1 < t.size() && startsName(s, end + 1)) {
                    out.remove(out.size() - 1);
                    Span both = joined.title().union(title);
                    out.add(new Role(joined.prefix() == null ? both : joined.prefix().union(both), both, joined.prefix(), joined.prefixSide(), joined.kind()));
                    continue;
                }
                out.add(new Role(prefix == null ? title : prefix.union(title), title, prefix, prefixSide, m.entry()));
            }
            return out;
        }

        /** True if only an article or a possessive ("the", "the EU's", "its") stands between a comma and the offset. */
        boolean afterComma(int offset) {
            String before = a.text.substring(Math.max(0, offset - 60), offset);
            return before.matches("(?s).*,\\s+(?:(?:the|its|their)\\s+)?(?:[\\p{L}-]+(?:\\s[\\p{L}-]+){0,3}['’]s\\s+)?$")
                    || before.matches("(?s)(?:.*[.\\n]\\s*|^\\s*)(?:[Tt]he|[Ii]ts)\\s+(?:[\\p{L}-]+(?:\\s[\\p{L}-]+){0,3}['’]s\\s+)?$");
        }

        /** A word that may open a title before its head: "Deputy", or in a lower-case title "deputy", "parliamentary". */
        boolean isModifier(Token tok, boolean lower) {
            String w = tok.text();
            return lex.roleModifiers.contains(w) || lower && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                    && lex.roleModifiers.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }

        /**
         * The first token of a lower-case title written before a name, as wires write them ("digital transformation
         * minister Masaaki Taira", "science and technology policy minister Minoru Kiuchi"): lower-case words left of
         * the head, through "and" between two of them, never a stop word, a verb form in -ed or a word after a name.
         */
        int lowerLeftOf(Sentence s, int first) {
            return walkLeft(s.tokens(), first, LOWER_TITLE_WORDS, this::lowerModifier);
        }

        private boolean lowerModifier(Token tok) {
            String w = tok.text();
            return tok.isWord() && !tok.isCapitalised() && w.length() > 1 && !lex.titleStops.contains(w.toLowerCase(Locale.ROOT))
                    && !lex.titleTailStops.contains(w.toLowerCase(Locale.ROOT)) && !w.endsWith("ed") && !VERBS.contains(w)
                    && !a.get(Layers.DATES).overlaps(tok.span());
        }

        /** True if "the" or a possessive ("the EU's") comes right before the offset. */
        boolean articleBefore(int offset) {
            String before = a.text.substring(Math.max(0, offset - 40), offset);
            return before.matches("(?s).*\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:[\\p{L}-]+(?:\\s[\\p{L}-]+){0,3}['’]s\\s+)?$")
                    || before.matches("(?s).*['’]s\\s+$");
        }

        /** True if a capitalised word ends right before the comma that opens the apposition ("Goh Hui Min, chief …"). */
        boolean nameBefore(int offset) {
            int comma = a.text.lastIndexOf(',', offset);
            return comma > 0 && Character.isLetter(a.text.charAt(comma - 1))
                    && a.get(Layers.NAMES).overlaps(new Span(comma - 1, comma));
        }

        /** True if the title ending at token {@code end} is followed by a comma and a name ("the director of X, Jane Doe"). */
        boolean beforeCommaName(Sentence s, int end) {
            List<Token> t = s.tokens();
            int k = end + 1;
            if (k >= t.size() || !t.get(k).text().equals(",") || k + 1 >= t.size()) return false;
            return !a.get(Layers.NAMES).startingWithin(t.get(k + 1).span()).isEmpty()
                    || nt.honorific(t.get(k + 1)) && k + 2 < t.size() && !a.get(Layers.NAMES).startingWithin(t.get(k + 2).span()).isEmpty();
        }

        /**
         * The first token of a title in apposition that opens with capitalised words before its head, right after the
         * comma that ends a name ("Shri Sunil Barthwal, Commerce Secretary"); {@code first} otherwise.
         */
        int appositionStart(Sentence s, int first) {
            List<Token> t = s.tokens();
            int i = first;
            while (i > 0 && first - i < 3) {
                Token prev = t.get(i - 1);
                if (!prev.isWord() || !prev.isCapitalised() || nt.honorific(prev) || a.partnerAt(prev.span()) != null
                        || bodySide(prev.span()) != null || a.get(Layers.DATES).overlaps(prev.span())
                        || lex.titleStops.contains(prev.text().toLowerCase(Locale.ROOT))) break;
                i--;
            }
            if (i == first || i == 0 || !t.get(i - 1).text().equals(",")) return first;
            return nameBefore(t.get(i - 1).start() + 1) ? i : first;
        }

        /**
         * The first token of a title written before a name as one noun phrase: capitalised words left of the head
         * ("Foreign Affairs Minister", "AI and Digital Innovation Minister"), through "and" to an earlier title
         * ("Deputy Prime Minister and Science Minister"); never a partner, body, honorific, date or stop word.
         */
        int leftOf(Sentence s, int first) {
            return walkLeft(s.tokens(), first, Integer.MAX_VALUE, this::modifier);
        }

        /** The first token of the run of modifiers left of {@code first}, at most {@code max} words, through "and" between two. */
        private static int walkLeft(List<Token> t, int first, int max, java.util.function.Predicate<Token> modifier) {
            int i = first;
            while (i > 0 && first - i < max) {
                Token prev = t.get(i - 1);
                if (prev.is("and") && i - 2 >= 0 && modifier.test(t.get(i - 2)) && i < first) {
                    i -= 2;
                    continue;
                }
                if (!modifier.test(prev)) break;
                i--;
            }
            return i;
        }

        private boolean modifier(Token tok) {
            return tok.isWord() && tok.isCapitalised() && !lex.titleStops.contains(tok.text().toLowerCase(Locale.ROOT))
                    && a.partnerAt(tok.span()) == null && bodySide(tok.span()) == null && !a.get(Layers.BODY_HITS).overlaps(tok.span())
                    && !nt.honorific(tok) && !a.get(Layers.DATES).overlaps(tok.span())
                    && !(nt.nameToken(tok) && !lex.notNames.contains(tok.text().toLowerCase(Locale.ROOT)));
        }

        PartnerEntry bodySide(Span s) {
            for (Match<BodyEntry> m : a.get(Layers.BODY_HITS).overlapping(s))
                if (m.entry().partnerKey() != null) return lex.partner(m.entry().partnerKey());
            return null;
        }

        Span prefixSpan(Span token) {
            for (var layer : List.of(Layers.PARTNER_HITS, Layers.DEMONYM_HITS))
                for (var m : a.get(layer).overlapping(token)) return m.span().union(token);
            for (var m : a.get(Layers.BODY_HITS).overlapping(token)) return m.span().union(token);
            return token;
        }

        /** Index of the last token of the title that starts with a head ending at token {@code last}. */
        int tail(Sentence s, int last) {
            return tail(s, last, false);
        }

        /** As {@link #tail(Sentence, int)}; a title in lower case goes on through lower-case words. */
        int tail(Sentence s, int last, boolean lower) {
            List<Token> t = s.tokens();
            int k = last + 1;
            if (k < t.size() && t.get(k).is("responsible") && k + 1 < t.size() && t.get(k + 1).is("for")) k++;
            int afterComma = k + 1;
            boolean commaBody = afterComma < t.size() && t.get(k).text().equals(",")
                    && a.get(Layers.BODY_HITS).startingAt(t.get(afterComma).start()).stream().anyMatch(b -> b.span().length() > 8);
            if (k >= t.size() || !CONNECTORS.contains(t.get(k).text()) && !commaBody) return last;
            int end = last;
            boolean opening = true;
            for (k = k + 1; k < t.size(); k++) {
                Token tok = t.get(k);
                String w = tok.text();
                if (opening && tok.isWord() && tok.isCapitalised() && !nt.honorific(tok) && !isRoleHead(tok)) {
                    end = k;
                    opening = false;
                    continue;
                }
                if (!w.equals("the")) opening = false;
                if (w.equals(",")) {
                    // "for Democracy, Justice, the Rule of Law and …": an article may open the next item of the portfolio
                    int next = k + 1 < t.size() && t.get(k + 1).is("the") ? k + 2 : k + 1;
                    if (next >= t.size() || !(continuesTitle(s, next) || lower && continuesLowerList(s, next)) || nextPersonsTitle(s, next)) break;
                    continue;
                }
                if (TAIL_WORDS.contains(w)) {
                    if (w.equals("and") && k + 1 < t.size() && startsOther(s, k + 1)) {
                        int compound = compound(s, k + 1);
                        if (compound < 0) break;
                        end = compound;
                        k = compound;
                    }
                    continue;
                }
                // "Member of Parliament for Glenmore–Cedar Bay": a dash between two names without spaces joins them
                if (CLOSED_DASH.contains(w) && k > 0 && t.get(k - 1).end() == tok.start() && k + 1 < t.size()
                        && t.get(k + 1).start() == tok.end() && t.get(k + 1).isCapitalised()) {
                    end = ++k;
                    continue;
                }
                if (!tok.isWord()) break;
                if (lower && !tok.isCapitalised() && !lex.titleTailStops.contains(w.toLowerCase(Locale.ROOT))) {
                    end = k;
                    continue;
                }
                if (!tok.isCapitalised() && !Character.isDigit(w.charAt(0))) break;
                // "Minister of Canadian Heritage Priya Ramanathan": a nationality adjective needs its noun
                boolean afterDemonym = end == k - 1 && !a.get(Layers.DEMONYM_HITS).overlapping(t.get(end).span()).isEmpty();
                if (!afterDemonym && (startsName(s, k) || isRoleHead(tok))) break;
                end = k;
            }
            return end;
        }

        /**
         * The end of a second title joined by "and" to the first ("Minister of X and Minister responsible for Y"), when
         * no name follows it (else it is the next official's title); -1 otherwise.
         */
        int compound(Sentence s, int k) {
            List<Token> t = s.tokens();
            if (!isRoleHead(t.get(k))) return -1;
            var hits = a.get(Layers.ROLE_HITS).startingAt(t.get(k).start());
            int last = s.tokenBefore(hits.get(0).span().end());
            if (last < k) return -1;
            int end = tail(s, last);
            int next = end + 1;
            if (next < t.size() && (startsName(s, next) || nt.honorific(t.get(next)))) return -1;
            if (next < t.size() && t.get(next).text().equals(",") && next + 1 < t.size() && startsName(s, next + 1)) return -1;
            return end;
        }

        /** True if lower-case words from token k run to an "and" before the next punctuation but commas: "…, trade and industry", "…, research, culture, education and youth". */
        boolean continuesLowerList(Sentence s, int k) {
            List<Token> t = s.tokens();
            for (int i = k; i < t.size(); i++) {
                Token tok = t.get(i);
                if (tok.is("and")) return i > k;
                if (tok.text().equals(",") && i > k && t.get(i - 1).isWord()) continue;
                if (!tok.isWord() || tok.isCapitalised() || lex.titleTailStops.contains(tok.text().toLowerCase(Locale.ROOT))
                        || lex.titleStops.contains(tok.text().toLowerCase(Locale.ROOT))) return false;
            }
            return false;
        }

        /**
         * True if the words from token k are another person's title before their name: "…, European Commissioner for the
         * Internal Market, Internal Affairs and Communications Minister Takeaki Matsumoto and …".
         */
        boolean nextPersonsTitle(Sentence s, int k) {
            List<Token> t = s.tokens();
            for (int i = k; i < t.size() && i < k + TITLE_REACH; i++) {
                Token tok = t.get(i);
                if (!tok.isWord() && !tok.text().equals("-")) return false;
                if (isRoleHead(tok)) return i + 1 < t.size() && startsName(s, i + 1);
                // "Minister of Economy, Trade and Industry NISHIMURA Yasutoshi and Commissioner …": a name first ends our title
                if (startsName(s, i)) return false;
            }
            return false;
        }

        /** How many tokens a title before a name may hold. */
        private static final int TITLE_REACH = 10;

        boolean continuesTitle(Sentence s, int k) {
            Token tok = s.tokens().get(k);
            return tok.isWord() && tok.isCapitalised() && !startsName(s, k) && !isRoleHead(tok) && !nt.honorific(tok)
                    && a.partnerAt(tok.span()) == null && !startsBody(tok);
        }

        /** "Counsellor for Science and ICT, Mission of the Republic of Korea …": a body after a title's portfolio is no part of it. */
        boolean startsBody(Token tok) {
            return BODY_HEADS.contains(tok.text()) || a.get(Layers.BODY_HITS).startingAt(tok.start()).stream().anyMatch(b -> b.span().length() > 8);
        }

        boolean startsOther(Sentence s, int k) {
            Token tok = s.tokens().get(k);
            if (startsName(s, k) || nt.honorific(tok) || isRoleHead(tok)) return true;
            if (tok.is("the") && k + 1 < s.tokens().size()) {
                Token next = s.tokens().get(k + 1);
                return a.partnerAt(next.span()) != null || isRoleHead(next) || bodySide(next.span()) != null;
            }
            return a.partnerAt(tok.span()) != null && k + 1 < s.tokens().size() && isRoleHead(s.tokens().get(k + 1));
        }

        boolean isRoleHead(Token tok) {
            return tok.isCapitalised() && !a.get(Layers.ROLE_HITS).startingAt(tok.start()).isEmpty();
        }

        boolean startsName(Sentence s, int k) {
            List<Token> t = s.tokens();
            if (nt.honorific(t.get(k))) return true;
            // "S. Iswaran": an initial and its full stop before a name
            if (t.get(k).text().matches("\\p{Lu}") && k + 2 < t.size() && t.get(k + 1).text().equals(".") && nt.nameToken(t.get(k + 2))) return true;
            return nt.nameToken(t.get(k)) && k + 1 < t.size() && nt.nameToken(t.get(k + 1));
        }
    }
}
