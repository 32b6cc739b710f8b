package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.consolidate.LabelChoice.Labels;
import eu.digitalpartnership.kg.consolidate.Resolver.Resolved;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds the published description of one entity from the claims about it and about its aliases: one preferred
 * label with the other forms as aliases, one value per functional property, every value of the others.
 */
final class Describer {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();

    private final Policy policy;
    private final ClaimSource claims;
    private final Resolver resolver;
    private final LabelChoice labels;

    Describer(Policy policy, ClaimSource claims) {
        this.policy = policy;
        this.claims = claims;
        this.resolver = new Resolver(policy, claims);
        this.labels = new LabelChoice(claims);
    }

    /** The description of {@code entity}, known in documents by {@code names}, with objects mapped by {@code canonical}. */
    Description describe(Node entity, Set<Node> names, Function<Node, Node> canonical) {
        Map<Node, List<Claim>> byProperty = new LinkedHashMap<>();
        Map<Claim, Set<Triple>> original = new LinkedHashMap<>();
        for (Node name : names)
            for (Claim c : claims.about(name)) {
                Claim mapped = new Claim(c.graph(), Triple.create(entity, c.property(), canonical.apply(c.value())));
                if (original.computeIfAbsent(mapped, m -> new LinkedHashSet<>()).add(c.triple()) && original.get(mapped).size() == 1)
                    byProperty.computeIfAbsent(c.property(), p -> new ArrayList<>()).add(mapped);
            }
        Function<List<Claim>, Set<Triple>> sources = cs -> {
            Set<Triple> out = new LinkedHashSet<>();
            cs.forEach(c -> out.addAll(original.get(c)));
            return out;
        };
        List<Fact> facts = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<Claim> preferred = byProperty.remove(LABEL);
        List<Claim> alternative = byProperty.remove(ALT_LABEL);
        if (preferred != null || alternative != null) {
            Labels chosen = labels.choose(preferred == null ? List.of() : preferred, alternative == null ? List.of() : alternative, names::contains);
            facts.add(new Fact(Triple.create(entity, LABEL, chosen.preferred()), sources.apply(chosen.support())));
            chosen.aliases().forEach((form, cs) -> facts.add(new Fact(Triple.create(entity, ALT_LABEL, form), sources.apply(cs))));
        }
        byProperty.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString())).forEach(e -> {
            Node property = e.getKey();
            if (policy.functional(property)) {
                Resolved r = resolver.resolve(entity, property, e.getValue(), names::contains);
                if (r.conflict() != null) conflicts.add(r.conflict());
                if (r.value() != null) facts.add(new Fact(Triple.create(entity, property, r.value()), sources.apply(r.support())));
            } else {
                Map<Node, List<Claim>> byValue = new LinkedHashMap<>();
                e.getValue().forEach(c -> byValue.computeIfAbsent(c.value(), v -> new ArrayList<>()).add(c));
                byValue.forEach((v, cs) -> facts.add(new Fact(Triple.create(entity, property, v), sources.apply(cs))));
            }
        });
        return new Description(entity, facts, conflicts);
    }
}
