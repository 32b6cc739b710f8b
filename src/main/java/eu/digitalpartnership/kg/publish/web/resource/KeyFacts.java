package eu.digitalpartnership.kg.publish.web.resource;

import eu.digitalpartnership.kg.publish.web.http.Classpath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which facts a page shows first, per class, read from a data file ({@code web/pages/key-facts.tsv}): a class CURIE,
 * a tab, then the key properties in order, {@code ^p} for the resources linking with p ("is p of").
 */
public final class KeyFacts {
    /** The order read from the file on the classpath. */
    public static final KeyFacts STANDARD = parse(Classpath.text("/web/pages/key-facts.tsv"));

    private final Map<String, List<String>> byClass;

    private KeyFacts(Map<String, List<String>> byClass) {
        this.byClass = byClass;
    }

    /** The order given by the lines of a TSV text: {@code class<TAB>p1 p2 ^p3}; blank lines and # comments ignored. */
    public static KeyFacts parse(String tsv) {
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (String line : tsv.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] cols = l.split("\t", 2);
            if (cols.length < 2) throw new IllegalArgumentException("key facts line without a tab: " + l);
            List<String> properties = new ArrayList<>();
            for (String p : cols[1].strip().split("\\s+")) if (!p.isEmpty()) properties.add(iri(p));
            byClass.put(iri(cols[0].strip()), List.copyOf(properties));
        }
        return new KeyFacts(byClass);
    }

    /**
     * The key properties of a resource of these classes, in order, as IRIs ({@code ^} kept in front of inverse ones):
     * those of its first class listed in the file, then those of its other listed classes not yet named.
     */
    public List<String> of(Collection<String> classes) {
        List<String> out = new ArrayList<>();
        byClass.forEach((c, properties) -> {
            if (classes.contains(c)) properties.stream().filter(p -> !out.contains(p)).forEach(out::add);
        });
        return out;
    }

    private static String iri(String curie) {
        boolean inverse = curie.startsWith("^");
        String name = inverse ? curie.substring(1) : curie;
        String expanded = Terms.PREFIXES.expandPrefix(name);
        if (expanded.equals(name) && !name.contains("://")) throw new IllegalArgumentException("unknown prefix in key facts: " + curie);
        return (inverse ? "^" : "") + expanded;
    }
}
