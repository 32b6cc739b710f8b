package eu.digitalpartnership.kg.extract.rules;

import eu.digitalpartnership.kg.extract.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one relation, read from a rule file ({@code rules/NAME.rules} on the classpath):
 * <pre>
 *   # Officials: a personal name next to a title.
 *   rule official.name-comma-role
 *       about  A name, a comma, then the title ("Taro Kono, the Japanese Minister for Digital Transformation").
 *       match  name:NAME "," "the"? role:ROLE
 *
 *   rule official.side.cue
 *       about  The partner named in "On the EU side," before the name.
 *       code   OfficialAnnotator
 * </pre>
 * A {@code match} line (continued on following lines indented further) is a {@link TokenPattern}; {@code code}
 * declares a rule written in an annotator. Ids are unique across all files.
 */
public final class RuleBook {
    /** Every rule file shipped on the classpath. */
    public static final List<String> FILES = List.of("officials", "councils", "meetings", "memoranda", "entities");

    private final String file;
    private final Map<String, Rule> rules;

    private RuleBook(String file, Map<String, Rule> rules) {
        this.file = file;
        this.rules = rules;
    }

    /** The rules of {@code rules/NAME.rules} as declared, whatever layers they name. */
    public static RuleBook read(String name) {
        return parse(name, text("/rules/" + name + ".rules"));
    }

    /** The rules of {@code rules/NAME.rules}; every layer their patterns name must be among {@code layers}. */
    public static RuleBook load(String name, Collection<String> layers) {
        RuleBook book = read(name);
        for (Rule r : book.rules.values())
            if (r.isPattern())
                for (String l : r.pattern().layers())
                    if (!layers.contains(l))
                        throw new IllegalArgumentException("Rule " + r.id() + " in " + name + ".rules names layer " + l
                                + ", which its annotator does not read (it reads " + layers + ")");
        return book;
    }

    /** Parses rule-file text: {@code rule ID} lines, each followed by indented {@code about}, {@code match} or {@code code} lines. */
    public static RuleBook parse(String file, String text) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, StringBuilder> fields = null;
        String id = null, key = null;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n <= lines.length; n++) {
            String line = n < lines.length ? lines[n] : "rule";
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (line.startsWith("rule ") || line.equals("rule")) {
                if (id != null && rules.putIfAbsent(id, rule(file, id, fields)) != null)
                    throw new IllegalArgumentException(file + ": rule " + id + " declared twice");
                id = t.substring(4).strip();
                fields = new LinkedHashMap<>();
                key = null;
                continue;
            }
            if (id == null) throw new IllegalArgumentException(file + " line " + (n + 1) + ": text before the first rule");
            if (line.startsWith("     ") && key != null) {
                fields.get(key).append(' ').append(t);
                continue;
            }
            String[] kv = t.split("\\s+", 2);
            key = kv[0];
            if (!Set.of("about", "match", "code").contains(key))
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": expected about, match or code, found '" + key + "'");
            fields.put(key, new StringBuilder(kv.length > 1 ? kv[1] : ""));
        }
        return new RuleBook(file, rules);
    }

    private static Rule rule(String file, String id, Map<String, StringBuilder> fields) {
        StringBuilder about = fields.get("about"), match = fields.get("match"), code = fields.get("code");
        if (about == null || about.toString().isBlank()) throw new IllegalArgumentException(file + ": rule " + id + " has no 'about'");
        if ((match == null) == (code == null)) throw new IllegalArgumentException(file + ": rule " + id + " needs exactly one of 'match' or 'code'");
        try {
            return new Rule(id, about.toString(), match == null ? null : TokenPattern.parse(match.toString()), file);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": rule " + id + ": " + e.getMessage(), e);
        }
    }

    /** The rule with this id; throws if the file does not declare it (so code names only declared rules). */
    public Rule get(String id) {
        Rule r = rules.get(id);
        if (r == null) throw new IllegalArgumentException("Rule " + id + " is not declared in " + file + ".rules");
        return r;
    }

    /** The id of a declared rule (a checked constant for code that writes evidence). */
    public String id(String id) {
        return get(id).id();
    }

    /** Every rule, in file order. */
    public Collection<Rule> all() {
        return rules.values();
    }

    /** The pattern rules whose id starts with the prefix, in file order. */
    public List<Rule> patterns(String prefix) {
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules.values()) if (r.isPattern() && r.id().startsWith(prefix)) out.add(r);
        return out;
    }

    /** Every match of the rules starting inside the sentence of tokens [from, to), in token order, then rule order. */
    public static List<RuleMatch> matchAll(List<Rule> rules, TokenPattern.Input in, int from, int to) {
        List<RuleMatch> out = new ArrayList<>();
        for (int start = from; start < to; start++)
            for (Rule r : rules) {
                PatternMatcher.Result m = PatternMatcher.match(r.pattern(), in, from, to, start);
                if (m != null && m.endToken() > start)
                    out.add(new RuleMatch(r.id(), new Span(in.start(start), in.end(m.endToken() - 1)), m.captures()));
            }
        return out;
    }

    private static String text(String path) {
        try (InputStream in = RuleBook.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing rule file on the classpath: " + path);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return String.join("\n", r.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
