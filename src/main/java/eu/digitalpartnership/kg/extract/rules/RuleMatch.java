package eu.digitalpartnership.kg.extract.rules;

import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;
import java.util.Map;

/** One match of a rule: the rule's id, the span matched, and what each named part captured. */
public record RuleMatch(String rule, Span span, Map<String, Capture> captures) implements Spanned {
    /** The capture of a name, or null when that optional part did not match. */
    public Capture get(String name) {
        return captures.get(name);
    }

    /** The annotation captured under a name, cast to the expected type, or null. */
    public <T extends Spanned> T get(String name, Class<T> type) {
        Capture c = captures.get(name);
        return c == null ? null : c.as(type);
    }
}
