package eu.digitalpartnership.kg.publish.web.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * A graph as JSON-LD in expanded, flattened form (full IRIs, no context, one node object per subject, values as
 * strings with their datatype), written in one pass without a JSON-LD processor: the form a page embeds.
 * <pre>{@code String json = ExpandedJsonLd.write(graph); }</pre>
 */
public final class ExpandedJsonLd {
    private static final Node TYPE = RDF.type.asNode();

    private ExpandedJsonLd() {}

    /** The graph as an expanded JSON-LD document (a top-level array of node objects), no whitespace. */
    public static String write(Graph graph) {
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        graph.find().forEachRemaining(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
        StringBuilder out = new StringBuilder(bySubject.size() * 256);
        out.append('[');
        boolean firstNode = true;
        Map<Node, String> blanks = new HashMap<>();
        for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
            if (!firstNode) out.append(',');
            firstNode = false;
            node(e.getKey(), e.getValue(), blanks, out);
        }
        return out.append(']').toString();
    }

    private static void node(Node subject, List<Triple> triples, Map<Node, String> blanks, StringBuilder out) {
        out.append("{\"@id\":");
        string(id(subject, blanks), out);
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        List<Node> types = new ArrayList<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(TYPE) && !t.getObject().isLiteral()) types.add(t.getObject());
            else byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
        }
        if (!types.isEmpty()) {
            out.append(",\"@type\":[");
            for (int i = 0; i < types.size(); i++) {
                if (i > 0) out.append(',');
                string(id(types.get(i), blanks), out);
            }
            out.append(']');
        }
        for (Map.Entry<Node, List<Node>> p : byPredicate.entrySet()) {
            out.append(',');
            string(p.getKey().getURI(), out);
            out.append(":[");
            for (int i = 0; i < p.getValue().size(); i++) {
                if (i > 0) out.append(',');
                value(p.getValue().get(i), blanks, out);
            }
            out.append(']');
        }
        out.append('}');
    }

    private static void value(Node o, Map<Node, String> blanks, StringBuilder out) {
        if (!o.isLiteral()) {
            out.append("{\"@id\":");
            string(id(o, blanks), out);
            out.append('}');
            return;
        }
        out.append("{\"@value\":");
        string(o.getLiteralLexicalForm(), out);
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            out.append(",\"@language\":");
            string(lang, out);
            if (o.getLiteralBaseDirection() != null) {
                out.append(",\"@direction\":");
                string(o.getLiteralBaseDirection().direction(), out);
            }
        } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
            out.append(",\"@type\":");
            string(o.getLiteralDatatypeURI(), out);
        }
        out.append('}');
    }

    private static String id(Node n, Map<Node, String> blanks) {
        return n.isBlank() ? blanks.computeIfAbsent(n, b -> "_:b" + blanks.size()) : n.getURI();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
