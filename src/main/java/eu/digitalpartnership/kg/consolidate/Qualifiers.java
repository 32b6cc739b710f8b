package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Tells apart entities of one class that would share a preferred label: each gets the label with a qualifier in
 * brackets, the first kind that sets them all apart: the date ("30 April 2024"), the place, the partner or
 * partnership, else the document that names it. The plain label stays an alias.
 */
final class Qualifiers {
    private static final Node LABEL = RDFS.label.asNode();
    private static final List<Node> KINDS = List.of(DP.date.asNode(), DP.signedOn.asNode(), DP.heldIn.asNode(),
            DP.postIn.asNode(), DP.represents.asNode(), DP.partnership.asNode());

    private final Function<Node, String> label;
    private final ClaimSource claims;

    Qualifiers(Function<Node, String> label, ClaimSource claims) {
        this.label = label;
        this.claims = claims;
    }

    /** The descriptions with qualified labels, for a group of entities of one class that share one label. */
    List<Description> qualify(List<Description> group) {
        for (Node kind : KINDS) {
            List<Fact> facts = group.stream().map(d -> fact(d, kind)).toList();
            if (facts.stream().allMatch(f -> f != null) && distinct(facts.stream().map(f -> text(f.triple().getObject())).toList()))
                return apply(group, facts.stream().map(f -> new Qualifier(text(f.triple().getObject()), f.sources())).toList());
        }
        List<Qualifier> documents = new ArrayList<>();
        for (Description d : group) {
            Fact base = fact(d, LABEL);
            Node graph = claims.about(firstSource(base).getSubject()).stream().map(Claim::graph).min(java.util.Comparator.comparing(Node::toString)).orElse(null);
            Node document = graph == null ? null : claims.document(graph).document();
            documents.add(new Qualifier(document == null ? d.subject().getURI() : "in " + title(document), Set.of()));
        }
        if (!distinct(documents.stream().map(Qualifier::text).toList())) {
            List<Qualifier> numbered = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) numbered.add(new Qualifier(documents.get(i).text() + ", " + (i + 1), Set.of()));
            documents = numbered;
        }
        return apply(group, documents);
    }

    private record Qualifier(String text, Set<Triple> sources) {}

    private List<Description> apply(List<Description> group, List<Qualifier> qualifiers) {
        List<Description> out = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Description d = group.get(i);
            Fact base = fact(d, LABEL);
            String plain = base.triple().getObject().getLiteralLexicalForm();
            Node qualified = NodeFactory.createLiteralLang(plain + " (" + qualifiers.get(i).text() + ")", base.triple().getObject().getLiteralLanguage());
            Set<Triple> sources = new LinkedHashSet<>(base.sources());
            sources.addAll(qualifiers.get(i).sources());
            List<Fact> facts = new ArrayList<>();
            for (Fact f : d.facts()) if (f != base) facts.add(f);
            facts.add(0, new Fact(Triple.create(d.subject(), LABEL, qualified), sources));
            if (facts.stream().noneMatch(f -> f.triple().getPredicate().equals(SKOS.altLabel.asNode()) && f.triple().getObject().equals(base.triple().getObject())))
                facts.add(new Fact(Triple.create(d.subject(), SKOS.altLabel.asNode(), base.triple().getObject()), base.sources()));
            out.add(new Description(d.subject(), facts, d.conflicts()));
        }
        return out;
    }

    static Fact fact(Description d, Node property) {
        return d.facts().stream().filter(f -> f.triple().getPredicate().equals(property)).findFirst().orElse(null);
    }

    /** The classes of the entity among the published entity classes. */
    static Set<Node> classes(Description d) {
        Set<Node> out = new HashSet<>();
        d.facts().stream().filter(f -> f.triple().getPredicate().equals(RDF.type.asNode())).forEach(f -> out.add(f.triple().getObject()));
        return out;
    }

    private static Triple firstSource(Fact f) {
        return f.sources().iterator().next();
    }

    private static boolean distinct(List<String> texts) {
        return new HashSet<>(texts).size() == texts.size();
    }

    private String title(Node document) {
        String t = label.apply(document);
        return t == null ? document.getURI() : t;
    }

    private String text(Node value) {
        if (!value.isLiteral()) return label.apply(value);
        String lexical = value.getLiteralLexicalForm();
        String[] parts = lexical.split("-");
        try {
            if (parts.length == 3)
                return Integer.parseInt(parts[2]) + " " + month(parts[1]) + " " + parts[0];
            if (parts.length == 2) return month(parts[1]) + " " + parts[0];
        } catch (RuntimeException e) {
            return lexical;
        }
        return lexical;
    }

    private static String month(String number) {
        return Month.of(Integer.parseInt(number)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Groups descriptions by preferred label and shared class; groups of one are left out. */
    static List<List<Description>> collisions(Map<Node, Description> descriptions) {
        List<List<Description>> groups = new ArrayList<>();
        List<Description> all = new ArrayList<>(descriptions.values());
        all.sort(java.util.Comparator.comparing(d -> d.subject().toString()));
        Set<Node> grouped = new HashSet<>();
        for (Description d : all) {
            if (grouped.contains(d.subject()) || fact(d, LABEL) == null) continue;
            Node l = fact(d, LABEL).triple().getObject();
            List<Description> group = new ArrayList<>();
            for (Description e : all)
                if (fact(e, LABEL) != null && fact(e, LABEL).triple().getObject().equals(l)
                        && classes(e).stream().anyMatch(classes(d)::contains)) group.add(e);
            if (group.size() > 1) {
                groups.add(group);
                group.forEach(g -> grouped.add(g.subject()));
            }
        }
        return groups;
    }
}
