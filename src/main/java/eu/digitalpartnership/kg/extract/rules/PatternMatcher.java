package eu.digitalpartnership.kg.extract.rules;

import eu.digitalpartnership.kg.extract.rules.TokenPattern.Alt;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.Bound;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.LayerRef;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.Literal;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.Named;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.Node;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.Not;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.Regex;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.Repeat;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.Seq;
import eu.digitalpartnership.kg.extract.rules.TokenPattern.TokenClass;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches a pattern at one token, inside one sentence, by backtracking: greedy repetitions and alternatives in
 * order, the first way through wins. Every repetition is bounded and the number of steps per attempt is capped, so
 * the work per token is bounded and a whole document is matched in linear time.
 */
final class PatternMatcher {
    /** Steps one attempt may take before it gives up (a bound that real sentences never reach). */
    static final int MAX_STEPS = 20_000;

    private interface Next { boolean at(int pos); }

    private final TokenPattern.Input in;
    private final int from;
    private final int to;
    private final Map<String, Capture> captures = new HashMap<>();
    private int steps;
    private int end;

    private PatternMatcher(TokenPattern.Input in, int from, int to) {
        this.in = in;
        this.from = from;
        this.to = to;
    }

    /** The captures of a match starting at token {@code start} of the sentence [from, to), or null. */
    static Result match(TokenPattern p, TokenPattern.Input in, int from, int to, int start) {
        PatternMatcher m = new PatternMatcher(in, from, to);
        boolean ok = m.node(p.root, start, pos -> {
            m.end = pos;
            return true;
        });
        return ok ? new Result(m.end, Map.copyOf(m.captures)) : null;
    }

    record Result(int endToken, Map<String, Capture> captures) {}

    private boolean node(Node n, int pos, Next k) {
        if (++steps > MAX_STEPS) return false;
        if (n instanceof Seq s) return seq(s.items(), 0, pos, k);
        if (n instanceof Alt a) {
            for (Node o : a.options()) if (node(o, pos, k)) return true;
            return false;
        }
        if (n instanceof Repeat r) return repeat(r, 0, pos, k);
        if (n instanceof Named c) return named(c, pos, k);
        if (n instanceof Not x) {
            Map<String, Capture> saved = new HashMap<>(captures);
            boolean matched = node(x.node(), pos, p -> true);
            captures.clear();
            captures.putAll(saved);
            return !matched && k.at(pos);
        }
        if (n instanceof Bound b) return (b.start() ? pos == from : pos == to) && k.at(pos);
        if (n instanceof LayerRef l) return layer(l.layer(), pos, k);
        if (n instanceof Literal l) {
            for (List<String> words : l.options()) if (literal(words, pos) && k.at(pos + words.size())) return true;
            return false;
        }
        if (pos >= to) return false;
        if (n instanceof TokenClass c) return tokenClass(c.kind(), in.text(pos)) && k.at(pos + 1);
        if (n instanceof Regex r) return r.regex().matcher(in.text(pos)).matches() && k.at(pos + 1);
        throw new IllegalStateException("Unknown pattern node " + n);
    }

    private boolean seq(List<Node> items, int i, int pos, Next k) {
        if (i == items.size()) return k.at(pos);
        return node(items.get(i), pos, p -> seq(items, i + 1, p, k));
    }

    private boolean repeat(Repeat r, int count, int pos, Next k) {
        if (count < r.max() && node(r.node(), pos, p -> p > pos && repeat(r, count + 1, p, k))) return true;
        return count >= r.min() && k.at(pos);
    }

    private boolean named(Named c, int pos, Next k) {
        Capture before = captures.get(c.name());
        boolean ok = node(c.node(), pos, p -> {
            Capture previous = captures.get(c.name());
            if (p > pos) {
                boolean one = lastAnnotation != null && lastFrom == pos && lastTo == p;
                Span span = one ? lastAnnotation.span() : new Span(in.start(pos), in.end(p - 1));
                captures.put(c.name(), new Capture(span, one ? lastAnnotation : null));
            }
            if (k.at(p)) return true;
            restore(c.name(), previous);
            return false;
        });
        if (!ok) restore(c.name(), before);
        return ok;
    }

    private Spanned lastAnnotation;
    private int lastFrom = -1;
    private int lastTo = -1;

    private boolean layer(String layer, int pos, Next k) {
        if (pos >= to) return false;
        for (Spanned a : in.startingIn(layer, pos)) {
            int next = in.tokenFrom(a.span().end());
            if (next > to || next <= pos) continue;
            if (next < in.size() && in.start(next) < a.span().end()) continue;
            lastAnnotation = a;
            lastFrom = pos;
            lastTo = next;
            if (k.at(next)) return true;
        }
        return false;
    }

    private void restore(String name, Capture c) {
        if (c == null) captures.remove(name);
        else captures.put(name, c);
    }

    private boolean literal(List<String> words, int pos) {
        if (pos + words.size() > to) return false;
        for (int j = 0; j < words.size(); j++)
            if (!in.text(pos + j).toLowerCase(Locale.ROOT).equals(words.get(j))) return false;
        return true;
    }

    private static boolean tokenClass(String kind, String t) {
        int c = t.codePointAt(0);
        return switch (kind) {
            case "cap" -> Character.isUpperCase(c);
            case "lower" -> Character.isLowerCase(c);
            case "word" -> Character.isLetterOrDigit(c);
            case "num" -> Character.isDigit(c);
            case "punct" -> !Character.isLetterOrDigit(c);
            default -> true;
        };
    }
}
