package eu.digitalpartnership.kg.extract.rules;

/**
 * One extraction rule: an id (the {@code dp:rule} of the evidence it produces), what it reads, and either a token
 * pattern or, for a step written in code, none. Every rule has positive and negative examples under
 * {@code src/test/resources/rule-cases/<id>/}.
 */
public record Rule(String id, String about, TokenPattern pattern, String file) {
    public Rule {
        if (id == null || !id.matches("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+")) throw new IllegalArgumentException("Bad rule id: " + id);
    }

    /** True if the rule is a token pattern (false: a step of an annotator's code). */
    public boolean isPattern() {
        return pattern != null;
    }
}
