package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.consolidate.Policy.Kind;
import eu.digitalpartnership.kg.model.DP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;

/**
 * Chooses the one published value of a functional property from the values the documents claim. Compatible values
 * merge to the most specific one; among incompatible values, a value stated by a document that reports the thing
 * outranks passing mentions, then the value most documents support wins, then the value of the most recent document.
 * When no rule can choose, the result carries an unresolved {@link Conflict}.
 */
final class Resolver {
    /** The chosen value, every claim that supports it, and the conflict when documents disagreed. */
    record Resolved(Node value, List<Claim> support, Conflict conflict) {}

    private final Policy policy;
    private final ClaimSource claims;

    Resolver(Policy policy, ClaimSource claims) {
        this.policy = policy;
        this.claims = claims;
    }

    /** Resolves the claims (all of one property, about one thing whose claims name it as one of {@code names}). */
    Resolved resolve(Node subject, Node property, List<Claim> stated, Predicate<Node> names) {
        Map<Node, List<Claim>> byValue = new LinkedHashMap<>();
        stated.stream().sorted(Comparator.comparing((Claim c) -> c.value().toString()).thenComparing(c -> c.graph().toString()))
              .forEach(c -> byValue.computeIfAbsent(c.value(), v -> new ArrayList<>()).add(c));
        List<Candidate> candidates = new ArrayList<>();
        for (Node v : byValue.keySet()) {
            if (byValue.keySet().stream().anyMatch(w -> !w.equals(v) && refines(property, w, v))) continue;
            List<Claim> support = new ArrayList<>();
            byValue.forEach((w, cs) -> { if (w.equals(v) || refines(property, v, w)) support.addAll(cs); });
            candidates.add(new Candidate(v, support));
        }
        if (candidates.size() == 1) return new Resolved(candidates.get(0).value(), candidates.get(0).support(), null);
        return choose(subject, property, candidates, names);
    }

    private Resolved choose(Node subject, Node property, List<Candidate> candidates, Predicate<Node> names) {
        List<Candidate> pool = candidates;
        List<Candidate> reported = pool.stream().filter(c -> c.support().stream().anyMatch(s -> reporting(s, names))).toList();
        if (reported.size() == 1) return chosen(subject, property, reported.get(0), DP.ReportingDocumentRule.asNode(), candidates);
        if (!reported.isEmpty()) pool = reported;
        int most = pool.stream().mapToInt(c -> c.graphs().size()).max().orElse(0);
        pool = pool.stream().filter(c -> c.graphs().size() == most).toList();
        if (pool.size() == 1) return chosen(subject, property, pool.get(0), DP.MajorityRule.asNode(), candidates);
        String latest = pool.stream().map(this::latest).filter(Objects::nonNull).max(String::compareTo).orElse(null);
        List<Candidate> recent = latest == null ? pool : pool.stream().filter(c -> latest.equals(latest(c))).toList();
        if (recent.size() == 1) return chosen(subject, property, recent.get(0), DP.RecencyRule.asNode(), candidates);
        return new Resolved(null, List.of(), new Conflict(subject, property, null, null, candidates));
    }

    private static Resolved chosen(Node subject, Node property, Candidate c, Node rule, List<Candidate> all) {
        return new Resolved(c.value(), c.support(), new Conflict(subject, property, c.value(), rule, all));
    }

    private boolean reporting(Claim c, Predicate<Node> names) {
        return claims.document(c.graph()).reports().stream().anyMatch(names);
    }

    private String latest(Candidate c) {
        return c.graphs().stream().map(g -> claims.document(g).date()).filter(Objects::nonNull).max(String::compareTo).orElse(null);
    }

    /** True when {@code specific} is a more specific value compatible with {@code general}. */
    boolean refines(Node property, Node specific, Node general) {
        if (specific.equals(general)) return false;
        Kind kind = policy.kind(property);
        return switch (kind) {
            case DATE -> specific.isLiteral() && general.isLiteral()
                    && specific.getLiteralLexicalForm().startsWith(general.getLiteralLexicalForm() + "-");
            case PLACE -> claims.states(specific, DP.inCountry.asNode(), general);
            case STAGE -> {
                List<Node> stages = policy.stages(property);
                int s = stages.indexOf(specific), g = stages.indexOf(general);
                yield s >= 0 && g >= 0 && s > g;
            }
            default -> false;
        };
    }
}
