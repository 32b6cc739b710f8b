package eu.digitalpartnership.kg.publish.web.vocabulary;

import eu.digitalpartnership.kg.publish.web.resource.Terms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * The values of a shapes file as a validator reads them: IRIs as CURIEs linked to their documentation, literals as
 * written, lists item by item, other blank nodes in Turtle, SPARQL queries with the PREFIX lines they are run with.
 */
final class ShapeText {
    private final Model model;

    ShapeText(Model model) {
        this.model = model;
    }

    /** One value: {@code text}, and {@code href}/{@code title}/{@code external} for an IRI (null otherwise). */
    Map<String, Object> item(RDFNode n) {
        Map<String, Object> item = new HashMap<>();
        item.put("href", null);
        item.put("title", null);
        item.put("external", false);
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            Map<String, Object> link = Terms.link(iri);
            item.put("text", curie(iri));
            item.put("href", link.get("href"));
            item.put("title", Terms.label(iri));
            item.put("external", link.get("external"));
        } else {
            item.put("text", n.isLiteral() ? n.asLiteral().getLexicalForm() : turtle(n));
        }
        return item;
    }

    /** The members of an RDF list, each as {@link #item}. */
    List<Map<String, Object>> items(RDFNode list) {
        return list.as(RDFList.class).asJavaList().stream().map(this::item).toList();
    }

    /** For an sh:or list of blank nodes that each have one constraint, the same one (e.g. "datatype"); else null. */
    String sameConstraintAlternatives(RDFNode list) {
        String shared = null;
        for (RDFNode member : list.as(RDFList.class).asJavaList()) {
            if (!member.isAnon()) return null;
            List<Statement> props = member.asResource().listProperties().toList();
            if (props.size() != 1 || !props.get(0).getPredicate().getURI().startsWith(ShapesPage.SH)) return null;
            String local = props.get(0).getPredicate().getLocalName();
            if (shared != null && !shared.equals(local)) return null;
            shared = local;
        }
        return shared;
    }

    /** The values of the shared constraint of an sh:or list, each as {@link #item}. */
    List<Map<String, Object>> alternatives(RDFNode list, String constraint) {
        return list.as(RDFList.class).asJavaList().stream()
                .map(m -> item(m.asResource().getProperty(model.createProperty(ShapesPage.SH, constraint)).getObject())).toList();
    }

    /** A SPARQL constraint or target: its message and its query, preceded by the prefixes it declares. */
    Map<String, Object> query(Resource sparql) {
        Map<String, Object> q = new HashMap<>();
        Statement message = sparql.getProperty(model.createProperty(ShapesPage.SH, "message"));
        if (message != null) q.put("message", message.getString());
        StringBuilder text = new StringBuilder();
        Resource prefixes = sparql.getPropertyResourceValue(model.createProperty(ShapesPage.SH, "prefixes"));
        if (prefixes != null)
            for (Statement d : prefixes.listProperties(model.createProperty(ShapesPage.SH, "declare")).toList()) {
                Resource decl = d.getObject().asResource();
                text.append("PREFIX ").append(decl.getProperty(model.createProperty(ShapesPage.SH, "prefix")).getString()).append(": <")
                        .append(decl.getProperty(model.createProperty(ShapesPage.SH, "namespace")).getString()).append(">\n");
            }
        Statement select = sparql.getProperty(model.createProperty(ShapesPage.SH, "select"));
        if (select != null) text.append(text.isEmpty() ? "" : "\n").append(select.getString().stripIndent().strip());
        q.put("query", text.toString());
        return q;
    }

    private String turtle(RDFNode n) {
        if (n.isURIResource()) return curie(n.asResource().getURI());
        if (n.isLiteral()) return "\"" + n.asLiteral().getLexicalForm() + "\"";
        Resource r = n.asResource();
        if (r.hasProperty(RDF.first) || r.equals(RDF.nil)) {
            List<String> items = new ArrayList<>();
            r.as(RDFList.class).asJavaList().forEach(i -> items.add(turtle(i)));
            return "( " + String.join(" ", items) + " )";
        }
        List<String> parts = new ArrayList<>();
        r.listProperties().forEachRemaining(st -> parts.add(curie(st.getPredicate().getURI()) + " " + turtle(st.getObject())));
        return "[ " + String.join(" ; ", parts) + " ]";
    }

    private String curie(String iri) {
        String s = model.shortForm(iri);
        return s.equals(iri) ? Terms.curie(iri) : s;
    }
}
