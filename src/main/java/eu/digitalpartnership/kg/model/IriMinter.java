package eu.digitalpartnership.kg.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The one place where IRIs are minted, from the templates in {@code iri-templates.properties}.
 * Same input, same IRI, on every run and machine.
 * <pre>
 *   IriMinter iris = IriMinter.withBase("https://example.org/dp/");
 *   String council = iris.mint("council", "pair", "european-union-japan", "number", "2");
 *   // https://example.org/dp/id/council/european-union-japan/2
 * </pre>
 */
public final class IriMinter {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");
    private static final Properties TEMPLATES = loadTemplates();

    /** The canonical base IRI used when none is configured. */
    public static final String DEFAULT_BASE = TEMPLATES.getProperty("default.base");

    private final String base;

    private IriMinter(String base) {
        this.base = base;
    }

    /** A minter under the given canonical base IRI, which must end with '/' or '#'. */
    public static IriMinter withBase(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+[/#]"))
            throw new IllegalArgumentException("Base IRI must be an absolute http(s) IRI ending with '/' or '#': " + base);
        return new IriMinter(base);
    }

    /** A minter under {@link #DEFAULT_BASE}. */
    public static IriMinter standard() {
        return withBase(DEFAULT_BASE);
    }

    /** The canonical base IRI. */
    public String base() {
        return base;
    }

    /** Mints the IRI of a kind from name/value pairs filling the template's slots. */
    public String mint(String kind, String... slotsAndValues) {
        String template = TEMPLATES.getProperty(kind);
        if (template == null)
            throw new IllegalArgumentException("No IRI template for kind '" + kind + "'");
        if (slotsAndValues.length % 2 != 0)
            throw new IllegalArgumentException("Slots and values must come in pairs");
        Map<String, String> values = new java.util.HashMap<>();
        values.put("base", base);
        for (int i = 0; i < slotsAndValues.length; i += 2)
            values.put(slotsAndValues[i], slotsAndValues[i + 1]);
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null || v.isEmpty())
                throw new IllegalArgumentException("Template '" + kind + "' needs a value for {" + m.group(1) + "}");
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The IRI of the statement node naming a triple: it depends on the triple alone, so every graph stating the
     * triple names it alike.
     */
    public String statement(Triple triple) {
        return mint("statement", "hash", Slugs.hash(NodeFmtLib.strNT(triple.getSubject()),
                NodeFmtLib.strNT(triple.getPredicate()), NodeFmtLib.strNT(triple.getObject())));
    }

    /** The fixed start of every IRI of a kind: its template up to the first slot after the base. */
    public String namespace(String kind) {
        String template = TEMPLATES.getProperty(kind);
        if (template == null) throw new IllegalArgumentException("No IRI template for kind '" + kind + "'");
        String filled = template.replace("{base}", base);
        int slot = filled.indexOf('{');
        return slot < 0 ? filled : filled.substring(0, slot);
    }

    private static Properties loadTemplates() {
        try (InputStream in = IriMinter.class.getResourceAsStream("/iri-templates.properties")) {
            Properties p = new Properties();
            p.load(Objects.requireNonNull(in, "iri-templates.properties missing from the classpath"));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
