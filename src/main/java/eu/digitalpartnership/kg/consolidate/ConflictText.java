package eu.digitalpartnership.kg.consolidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/** Explains a conflict in words, from the templates of {@code consolidate/messages.properties}. */
final class ConflictText {
    private static final Properties MESSAGES = load();

    private final ClaimSource claims;
    private final Function<Node, String> label;

    ConflictText(ClaimSource claims, Function<Node, String> label) {
        this.claims = claims;
        this.label = label;
    }

    /** One sentence: the property, each value with its documents, and what was published by which rule. */
    String explain(Conflict c) {
        String template = MESSAGES.getProperty(c.resolved() ? "conflict" : "unresolved");
        return template.replace("{property}", property(c.property()))
                .replace("{subject}", label.apply(c.subject()))
                .replace("{values}", values(c))
                .replace("{chosen}", c.chosen() == null ? "" : value(c.chosen()))
                .replace("{rule}", c.rule() == null ? "" : label.apply(c.rule()));
    }

    /** How many documents a value names before counting the rest ("… and 55 more"). */
    static final int NAMED_DOCUMENTS = 3;

    /** Each value with the documents stating it, then those that support it with a less specific value ("…, with 2024 in …"). */
    private String values(Conflict c) {
        return c.candidates().stream().sorted(Comparator.comparing(k -> value(k.value())))
                .map(this::candidate).collect(Collectors.joining("; "));
    }

    private String candidate(Candidate k) {
        java.util.Map<Node, java.util.Set<Node>> byValue = new java.util.TreeMap<>(Comparator.comparing(Node::toString));
        k.support().forEach(s -> byValue.computeIfAbsent(s.value(), v -> new java.util.TreeSet<>(Comparator.comparing(Node::toString))).add(s.graph()));
        java.util.Set<Node> own = byValue.getOrDefault(k.value(), java.util.Set.of());
        StringBuilder out = new StringBuilder(value(k.value())).append(" in ").append(documents(names(own)));
        byValue.forEach((v, graphs) -> {
            if (v.equals(k.value())) return;
            java.util.Set<Node> more = new java.util.TreeSet<>(Comparator.comparing(Node::toString));
            graphs.stream().filter(g -> !own.contains(g)).forEach(more::add);
            if (!more.isEmpty()) out.append(", with ").append(value(v)).append(" in ").append(documents(names(more)));
        });
        return out.toString();
    }

    private java.util.List<String> names(java.util.Set<Node> graphs) {
        return graphs.stream().map(g -> claims.document(g).document()).map(d -> d == null ? "?" : local(d)).sorted().toList();
    }

    /** "a, b" for a few documents; "58 documents (a, b, c and 55 more)" for many. */
    private static String documents(java.util.List<String> names) {
        if (names.size() <= NAMED_DOCUMENTS + 1) return String.join(", ", names);
        return names.size() + " documents (" + String.join(", ", names.subList(0, NAMED_DOCUMENTS)) + " and "
                + (names.size() - NAMED_DOCUMENTS) + " more)";
    }

    private String value(Node v) {
        return v.isLiteral() ? v.getLiteralLexicalForm() : label.apply(v);
    }

    private String property(Node p) {
        String l = label.apply(p);
        return l == null ? local(p) : l;
    }

    private static String local(Node n) {
        String u = n.getURI();
        return u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1);
    }

    private static Properties load() {
        try (InputStream in = ConflictText.class.getResourceAsStream("/consolidate/messages.properties")) {
            if (in == null) throw new IllegalStateException("Missing resource /consolidate/messages.properties");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
