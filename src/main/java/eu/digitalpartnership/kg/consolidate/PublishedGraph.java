package eu.digitalpartnership.kg.consolidate;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.Reused;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes and removes entity descriptions in the published graph: each fact with its statement (the same IRI as in
 * the document graphs, counting its evidence there, derived from the claim statements it stands for) and each
 * conflict as a dp:ValueConflict quality annotation. Keeps count of what it adds and removes. Removals wait for
 * {@link #flush()}, so that what is removed and written again is never touched.
 */
final class PublishedGraph {

    private final Graph graph;
    private final IriMinter iris;
    private final ClaimSource claims;
    private final ConflictText text;
    private final Delta delta;
    private final Set<Triple> removing = new LinkedHashSet<>();

    PublishedGraph(Graph graph, IriMinter iris, ClaimSource claims, ConflictText text, Delta delta) {
        this.graph = graph;
        this.iris = iris;
        this.claims = claims;
        this.text = text;
        this.delta = delta;
    }

    /** Removes everything the published graph says about the node: facts, their statements, conflicts, sameAs. */
    void remove(Node subject) {
        for (Triple t : graph.find(subject, Node.ANY, Node.ANY).toList()) {
            delete(t);
            deleteAllAbout(statement(t));
            if (t.getPredicate().equals(Reused.HAS_QUALITY_ANNOTATION)) {
                for (Triple c : graph.find(t.getObject(), DP.candidate.asNode(), Node.ANY).toList()) deleteAllAbout(c.getObject());
                deleteAllAbout(t.getObject());
            }
        }
        for (Triple t : graph.find(Node.ANY, OWL.sameAs.asNode(), subject).toList()) delete(t);
    }

    /** Writes the description: every fact with its statement, every resolved conflict as an annotation. */
    void write(Description d) {
        d.facts().forEach(this::write);
        for (Conflict c : d.conflicts()) if (c.resolved()) conflict(c);
    }

    /** Writes one fact and its statement. */
    void write(Fact f) {
        Triple t = f.triple();
        add(t);
        Node st = statement(t);
        add(Triple.create(st, RDF.subject.asNode(), t.getSubject()));
        add(Triple.create(st, RDF.predicate.asNode(), t.getPredicate()));
        add(Triple.create(st, RDF.object.asNode(), t.getObject()));
        long evidence = 0;
        for (Triple source : f.sources()) {
            Node s = statement(source);
            evidence += claims.evidence(s);
            if (!source.equals(t)) add(Triple.create(st, Reused.WAS_DERIVED_FROM, s));
        }
        add(Triple.create(st, DP.evidenceCount.asNode(), NodeFactory.createLiteralDT(Long.toString(evidence), XSDDatatype.XSDinteger)));
    }

    /** Records that a node minted by some documents names the same thing as the published entity. */
    void alias(Node alias, Node entity) {
        add(Triple.create(alias, OWL.sameAs.asNode(), entity));
    }

    private void conflict(Conflict c) {
        Node node = NodeFactory.createURI(iris.mint("conflict", "hash", Slugs.hash(c.subject().getURI(), c.property().getURI())));
        add(Triple.create(c.subject(), Reused.HAS_QUALITY_ANNOTATION, node));
        add(Triple.create(node, RDF.type.asNode(), DP.ValueConflict.asNode()));
        add(Triple.create(node, OA.hasTarget.asNode(), c.subject()));
        add(Triple.create(node, DP.conflictProperty.asNode(), c.property()));
        add(Triple.create(node, DP.chosenValue.asNode(), c.chosen()));
        add(Triple.create(node, DP.resolvedBy.asNode(), c.rule()));
        add(Triple.create(node, OA.bodyValue.asNode(), NodeFactory.createLiteralString(text.explain(c))));
        int i = 0;
        for (Candidate candidate : c.candidates()) {
            Node k = NodeFactory.createURI(node.getURI() + "#value-" + (++i));
            add(Triple.create(node, DP.candidate.asNode(), k));
            add(Triple.create(k, RDF.value.asNode(), candidate.value()));
            for (Node g : candidate.graphs()) {
                Node document = claims.document(g).document();
                if (document != null) add(Triple.create(k, DP.statedIn.asNode(), document));
            }
        }
    }

    Node statement(Triple t) {
        return NodeFactory.createURI(iris.statement(t));
    }

    private void deleteAllAbout(Node node) {
        List<Triple> all = new ArrayList<>(graph.find(node, Node.ANY, Node.ANY).toList());
        all.forEach(this::delete);
    }

    /** Deletes what was removed and not written again: a description rewritten unchanged costs no write. */
    void flush() {
        for (Triple t : removing) {
            graph.delete(t);
            delta.removed(t);
        }
        removing.clear();
    }

    private void add(Triple t) {
        if (removing.remove(t)) return;
        if (!graph.contains(t)) {
            graph.add(t);
            delta.added(t);
        }
    }

    private void delete(Triple t) {
        if (graph.contains(t)) removing.add(t);
    }
}
