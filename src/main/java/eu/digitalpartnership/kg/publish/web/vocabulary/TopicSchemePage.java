package eu.digitalpartnership.kg.publish.web.vocabulary;

import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.model.Ontology;
import eu.digitalpartnership.kg.publish.web.http.Links;
import eu.digitalpartnership.kg.publish.web.http.QueryFiles;
import eu.digitalpartnership.kg.publish.web.resource.DateText;
import eu.digitalpartnership.kg.publish.web.resource.Describer;
import eu.digitalpartnership.kg.publish.web.resource.ResourcePage;
import eu.digitalpartnership.kg.publish.web.resource.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * The model of the topic scheme's page ({@code /doc/topic/scheme}): every technology topic of
 * {@code ontology/topics.ttl} with its definition, alternative labels, matches elsewhere, and how many resources
 * of the data are about it; a topic's id is its slug, so {@code #semiconductors} lands on it.
 */
final class TopicSchemePage {
    private final DatasetGraph view;
    /** Where the data's topics are minted: {@code {base}topic/}. */
    private final String topics;

    TopicSchemePage(DatasetGraph view, String base) {
        this.view = view;
        this.topics = IriMinter.withBase(base).namespace("topic");
    }

    /** The page model for {@code topic-scheme.mustache}. */
    Map<String, Object> model() {
        Model topics = Ontology.topics();
        Resource scheme = topics.getResource(Ontology.TOPIC_SCHEME);
        Map<String, Long> used = new HashMap<>();
        for (Binding row : QueryFiles.select(view, "vocabulary-object-counts", Map.of("ns", NodeFactory.createLiteralString(this.topics))))
            used.put(QueryFiles.text(row, "object").substring(this.topics.length()), QueryFiles.number(row, "count"));
        Map<String, Object> m = new HashMap<>();
        m.put("title", Terms.label(Ontology.TOPIC_SCHEME));
        m.put("iri", Ontology.TOPIC_SCHEME);
        m.put("description", string(scheme.getProperty(DCTerms.description)));
        m.put("summary", m.get("description"));
        Statement created = scheme.getProperty(DCTerms.created);
        DateText.Shown date = created == null ? null : DateText.of(created.getObject().asNode());
        if (date != null) m.put("created", Map.of("text", date.text(), "iso", date.iso()));
        Resource licence = scheme.getPropertyResourceValue(DCTerms.license);
        if (licence != null) m.put("licence", Map.of("href", licence.getURI(), "text", Terms.licence(licence.getURI())));
        List<Resource> concepts = new ArrayList<>(topics.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
        concepts.sort(Comparator.comparing(c -> Terms.label(c.getURI()), String.CASE_INSENSITIVE_ORDER));
        Describer data = new Describer(view);
        m.put("topics", concepts.stream().map(c -> {
            String slug = c.getURI().substring(Ontology.TOPIC_NS.length());
            return topic(c, used.getOrDefault(slug, 0L), data.exists(this.topics + slug));
        }).toList());
        m.put("alternates", Links.alternatesOnPage(VocabularyServlet.TOPIC_SCHEME_DOC));
        m.put("jsonld", ResourcePage.jsonldAbout(topics.getGraph(), List.of(scheme.asNode())));
        m.put("sparql", Links.sparqlPageRunning("PREFIX dp: <https://w3id.org/dpkg/ontology#>\nPREFIX skos: <" + SKOS.uri + ">\n\n"
                + "SELECT ?topic ?label (COUNT(DISTINCT ?thing) AS ?things) WHERE {\n  ?thing dp:about ?topic .\n"
                + "  ?topic skos:prefLabel ?label\n}\nGROUP BY ?topic ?label\nORDER BY DESC(?things)"));
        return m;
    }

    private static Map<String, Object> topic(Resource c, long count, boolean inData) {
        Map<String, Object> t = new HashMap<>();
        t.put("id", c.getURI().substring(Ontology.TOPIC_NS.length()));
        t.put("iri", c.getURI());
        t.put("label", Terms.label(c.getURI()));
        t.put("definition", string(c.getProperty(SKOS.definition)));
        t.put("altLabels", OntologyPage.joined(c.listProperties(SKOS.altLabel).mapWith(Statement::getString).toList()));
        t.put("matches", c.listProperties(SKOS.exactMatch).mapWith(s -> Map.of("href", s.getResource().getURI(),
                "text", s.getResource().getURI().startsWith("http://www.wikidata.org/entity/")
                        ? "Wikidata " + Terms.localName(s.getResource().getURI()) : s.getResource().getURI())).toList());
        t.put("count", count);
        t.put("countText", count == 1 ? "1 resource is about it" : count + " resources are about it");
        t.put("href", inData ? "/doc/topic/" + t.get("id") : null);
        return t;
    }

    private static String string(Statement s) {
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }
}
