package eu.digitalpartnership.kg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern over the tokens of one sentence, in our small rule language:
 * <pre>
 *   name:NAME "," "the"? role:ROLE            a layer, a literal, an optional literal, another layer
 *   ("held" | "took place") "in" place:PLACE    groups and alternatives
 *   cap{1,4} "Act"                              token classes with bounded repetition
 *   ^ "-" NAME:name                              sentence start; !"the" is a negative look-ahead
 * </pre>
 * Elements: an upper-case word is an annotation layer (one annotation starting at the current token; the match
 * goes on after its end); {@code "a b|c"} literal tokens, case-insensitive, with alternatives; {@code /regex/} one
 * token matching the regex; token classes {@code cap} (capitalised word), {@code lower}, {@code word}, {@code num},
 * {@code punct}, {@code any}; {@code ( … | … )} groups; {@code name:element} captures; quantifiers {@code ?} and
 * {@code {m,n}} (always bounded); {@code !element} look-ahead; {@code ^} and {@code $} sentence bounds.
 */
public final class TokenPattern {
    /** The tokens, sentence bounds and layers a pattern is matched against. */
    public interface Input {
        /** Number of tokens of the document. */
        int size();

        /** Text of token i. */
        String text(int i);

        /** Start offset of token i. */
        int start(int i);

        /** End offset of token i. */
        int end(int i);

        /** Index of the first token starting at or after the offset. */
        int tokenFrom(int offset);

        /** Annotations of a layer starting inside token i (at its start or within it, as "President" in "Vice-President"). */
        List<? extends eu.digitalpartnership.kg.extract.text.Spanned> startingIn(String layer, int i);
    }

    sealed interface Node permits Seq, Alt, Repeat, Named, LayerRef, Literal, TokenClass, Regex, Not, Bound {}
    record Seq(List<Node> items) implements Node {}
    record Alt(List<Node> options) implements Node {}
    record Repeat(Node node, int min, int max) implements Node {}
    record Named(String name, Node node) implements Node {}
    record LayerRef(String layer) implements Node {}
    record Literal(List<List<String>> options) implements Node {}
    record TokenClass(String kind) implements Node {}
    record Regex(Pattern regex) implements Node {}
    record Not(Node node) implements Node {}
    record Bound(boolean start) implements Node {}

    private static final Set<String> CLASSES = Set.of("cap", "lower", "word", "num", "punct", "any");
    private static final int MAX_REPEAT = 16;

    private final String source;
    final Node root;

    private TokenPattern(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /** Parses a pattern; throws {@link IllegalArgumentException} naming the position of a syntax error. */
    public static TokenPattern parse(String source) {
        Parser p = new Parser(source);
        Node n = p.alt();
        p.skipSpace();
        if (p.i < source.length()) throw p.error("unexpected '" + source.charAt(p.i) + "'");
        return new TokenPattern(source, n);
    }

    /** The layers the pattern refers to. */
    public Set<String> layers() {
        Set<String> out = new TreeSet<>();
        collect(root, out);
        return out;
    }

    /** The names the pattern captures. */
    public Set<String> captureNames() {
        Set<String> out = new TreeSet<>();
        names(root, out);
        return out;
    }

    private static void collect(Node n, Set<String> out) {
        children(n).forEach(x -> collect(x, out));
        if (n instanceof LayerRef l) out.add(l.layer());
    }

    private static void names(Node n, Set<String> out) {
        if (n instanceof Named c) out.add(c.name());
        children(n).forEach(x -> names(x, out));
    }

    static List<Node> children(Node n) {
        if (n instanceof Seq s) return s.items();
        if (n instanceof Alt a) return a.options();
        if (n instanceof Repeat r) return List.of(r.node());
        if (n instanceof Named c) return List.of(c.node());
        if (n instanceof Not x) return List.of(x.node());
        return List.of();
    }

    @Override public String toString() { return source; }

    private static final class Parser {
        final String s;
        int i;

        Parser(String s) { this.s = s; }

        Node alt() {
            List<Node> options = new ArrayList<>();
            options.add(seq());
            while (peek() == '|') {
                i++;
                options.add(seq());
            }
            return options.size() == 1 ? options.get(0) : new Alt(options);
        }

        Node seq() {
            List<Node> items = new ArrayList<>();
            while (true) {
                char c = peek();
                if (c == 0 || c == ')' || c == '|') break;
                items.add(item());
            }
            if (items.isEmpty()) throw error("empty pattern");
            return items.size() == 1 ? items.get(0) : new Seq(items);
        }

        Node item() {
            skipSpace();
            String name = null;
            int save = i;
            String ident = ident();
            if (ident != null && i < s.length() && s.charAt(i) == ':' && Character.isLowerCase(ident.charAt(0))) {
                i++;
                name = ident;
            } else {
                i = save;
            }
            Node atom = quantified(atom());
            return name == null ? atom : new Named(name, atom);
        }

        Node quantified(Node atom) {
            if (i < s.length() && s.charAt(i) == '?') {
                i++;
                return new Repeat(atom, 0, 1);
            }
            if (i < s.length() && s.charAt(i) == '{') {
                int close = s.indexOf('}', i);
                if (close < 0) throw error("unclosed '{'");
                String[] mn = s.substring(i + 1, close).split(",", -1);
                try {
                    int min = Integer.parseInt(mn[0].strip());
                    int max = mn.length > 1 ? Integer.parseInt(mn[1].strip()) : min;
                    if (min < 0 || max < min || max > MAX_REPEAT) throw error("repetition must be bounded: {0.." + MAX_REPEAT + "}");
                    i = close + 1;
                    return new Repeat(atom, min, max);
                } catch (NumberFormatException e) {
                    throw error("bad repetition " + s.substring(i, close + 1));
                }
            }
            if (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '+'))
                throw error("unbounded repetition: write {m,n}");
            return atom;
        }

        Node atom() {
            char c = peek();
            if (c == '"') return literal();
            if (c == '/') return regex();
            if (c == '(') {
                i++;
                Node n = alt();
                if (peek() != ')') throw error("missing ')'");
                i++;
                return n;
            }
            if (c == '!') {
                i++;
                return new Not(quantified(atom()));
            }
            if (c == '^' || c == '$') {
                i++;
                return new Bound(c == '^');
            }
            String ident = ident();
            if (ident == null) throw error(c == 0 ? "pattern ends too early" : "unexpected '" + c + "'");
            if (ident.matches("[A-Z][A-Z0-9_]*")) return new LayerRef(ident);
            if (CLASSES.contains(ident)) return new TokenClass(ident);
            throw error("unknown element '" + ident + "' (layers are upper case; token classes: " + new TreeSet<>(CLASSES) + ")");
        }

        Node literal() {
            int close = s.indexOf('"', i + 1);
            if (close < 0) throw error("unclosed '\"'");
            List<List<String>> options = new ArrayList<>();
            for (String option : s.substring(i + 1, close).split("\\|")) {
                List<String> words = new ArrayList<>();
                for (String w : option.strip().split("\\s+")) if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
                if (words.isEmpty()) throw error("empty literal");
                options.add(List.copyOf(words));
            }
            i = close + 1;
            return new Literal(List.copyOf(options));
        }

        Node regex() {
            int close = s.indexOf('/', i + 1);
            while (close > 0 && s.charAt(close - 1) == '\\') close = s.indexOf('/', close + 1);
            if (close < 0) throw error("unclosed '/'");
            try {
                Pattern p = Pattern.compile(s.substring(i + 1, close).replace("\\/", "/"));
                i = close + 1;
                return new Regex(p);
            } catch (PatternSyntaxException e) {
                throw error("bad regex: " + e.getDescription());
            }
        }

        String ident() {
            skipSpace();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) i++;
            return i > start ? s.substring(start, i) : null;
        }

        char peek() {
            skipSpace();
            return i < s.length() ? s.charAt(i) : 0;
        }

        void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Pattern error at column " + (i + 1) + ": " + what + " in: " + s);
        }
    }
}
