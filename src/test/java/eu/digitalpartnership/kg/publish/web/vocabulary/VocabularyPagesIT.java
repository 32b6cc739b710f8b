package eu.digitalpartnership.kg.publish.web.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.Ontology;
import eu.digitalpartnership.kg.publish.web.SeededSite;
import eu.digitalpartnership.kg.publish.web.http.Classpath;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.validate.Validator;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology, the shapes and the topic scheme as pages for people and as RDF for machines. */
class VocabularyPagesIT {
    private static final Map<String, Lang> FORMATS = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "rdf", Lang.RDFXML, "nt", Lang.NTRIPLES);
    private static DatasetGraph store;

    @BeforeAll
    static void load() {
        store = SeededSite.seedStore();
    }

    private static void withServer(SeededSite.SiteTest test) throws Exception {
        SeededSite.withSite(store, test);
    }

    @Test
    void get_ontology_turtle_parses_and_equals_dp_ttl() throws Exception {
        withServer(site -> {
            HttpResponse<String> r = site.get("/ontology", "text/turtle");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            assertTrue(parse(r.body(), Lang.TURTLE).isIsomorphicWith(Ontology.ontology().getGraph()));
            assertEquals(Classpath.text("/ontology/dp.ttl"), r.body(), "the file as written, comments included");
        });
    }

    @Test
    void get_ontology_in_every_rdf_format_equals_dp_ttl() throws Exception {
        withServer(site -> {
            for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
                HttpResponse<String> r = site.get("/ontology?format=" + f.getKey(), "text/html");
                assertEquals(200, r.statusCode(), f.getKey());
                assertTrue(parse(r.body(), f.getValue()).isIsomorphicWith(Ontology.ontology().getGraph()), f.getKey());
            }
            assertTrue(parse(site.get("/ontology", "application/ld+json").body(), Lang.JSONLD).isIsomorphicWith(Ontology.ontology().getGraph()));
        });
    }

    @Test
    void get_ontology_html_has_anchor_for_every_class() throws Exception {
        withServer(site -> {
            String html = site.html("/ontology");
            List<Resource> classes = own(OWL.Class);
            assertTrue(classes.size() > 15);
            for (Resource c : classes) assertTrue(html.contains("id=\"" + c.getLocalName() + "\""), c.getURI());
        });
    }

    @Test
    void get_ontology_html_has_anchor_for_every_property_scheme_and_concept() throws Exception {
        withServer(site -> {
            String html = site.html("/ontology");
            for (Resource type : List.of(OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme, SKOS.Concept))
                for (Resource term : own(type)) assertTrue(html.contains("id=\"" + term.getLocalName() + "\""), term.getURI());
        });
    }

    @Test
    void get_ontology_html_shows_the_header() throws Exception {
        withServer(site -> {
            String html = site.html("/ontology");
            assertTrue(html.contains("<h1>Digital Partnership ontology</h1>"), html);
            assertTrue(html.contains("<dt>Version</dt><dd>0.1.0"), "version");
            assertTrue(html.contains("<a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>"), "licence");
            assertTrue(html.contains("<time datetime=\"2026-11-27\">27 November 2026</time>"), "created and modified");
            assertTrue(html.contains("<code>dp:</code> = <code>https://w3id.org/dpkg/ontology#</code>"), "preferred prefix");
        });
    }

    @Test
    void get_ontology_html_links_alignments_to_external_vocabularies() throws Exception {
        withServer(site -> {
            String html = site.html("/ontology");
            String official = section(html, "Official");
            assertTrue(official.contains("href=\"http://xmlns.com/foaf/0.1/Person\"") && official.contains("href=\"https://schema.org/Person\""), official);
            assertTrue(section(html, "represents").contains("href=\"http://www.w3.org/ns/org#memberOf\""), "subproperty alignment");
            assertTrue(section(html, "follows").contains("<dt>Inverse</dt><dd><a class=\"term-link\" href=\"/ontology#precedes\""), "inverse");
        });
    }

    @Test
    void get_ontology_html_shows_domain_range_and_up_to_three_instances() throws Exception {
        withServer(site -> {
            String html = site.html("/ontology");
            String council = section(html, "Council");
            assertTrue(council.contains("href=\"/ontology#ordinal\""), "properties with Council as domain");
            assertTrue(council.contains("3 resources, such as"), council);
            assertEquals(3, council.split("class=\"instance\" href=\"/doc/id/council/").length - 1, council);
            String evidence = section(html, "Evidence");
            assertTrue(evidence.split("class=\"instance\"").length - 1 <= 3, "at most three examples");
            String date = section(html, "date");
            assertTrue(date.contains("xsd#date") || date.contains("XMLSchema#date"), "a union range lists its datatypes");
            assertTrue(date.contains("XMLSchema#gYear\""), date);
        });
    }

    @Test
    void get_ontology_html_links_the_topic_scheme() throws Exception {
        withServer(site -> assertTrue(site.html("/ontology").contains("href=\"/doc/topic/scheme\"")));
    }

    @Test
    void get_ontology_version_iri_serves_the_ontology_and_other_paths_404() throws Exception {
        withServer(site -> {
            assertEquals(200, site.get("/ontology/0.1.0", "text/turtle").statusCode());
            assertEquals(404, site.get("/ontology/9.9.9", "text/html").statusCode());
            assertEquals(406, site.get("/ontology", "image/png").statusCode());
        });
    }

    @Test
    void ontology_page_version_link_dereferences() throws Exception {
        withServer(site -> {
            String html = site.html("/ontology");
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("<dt>Version</dt><dd>[^<]*<a href=\"([^\"]+)\"").matcher(html);
            assertTrue(link.find(), "a version link");
            assertEquals("/ontology/0.1.0", link.group(1));
            assertEquals(200, site.get(link.group(1), "text/html").statusCode());
        });
    }

    @Test
    void get_vocabulary_pages_link_their_rdf_alternates() throws Exception {
        withServer(site -> {
            for (String path : List.of("/ontology", "/shapes", "/doc/topic/scheme")) {
                HttpResponse<String> r = site.get(path, "text/html");
                String link = r.headers().allValues("Link").toString();
                assertTrue(link.contains("<" + path + "?format=ttl>; rel=\"alternate\"; type=\"text/turtle\""), path + ": " + link);
                assertTrue(site.html(path).contains("<link rel=\"alternate\" type=\"application/ld+json\" href=\"" + path + "?format=jsonld\""), path);
                assertTrue(r.headers().allValues("Vary").toString().contains("Accept"), path);
            }
        });
    }

    @Test
    void get_shapes_html_lists_every_node_shape() throws Exception {
        withServer(site -> {
            String html = site.html("/shapes");
            Graph shapes = Validator.standard().shapesGraph();
            List<org.apache.jena.graph.Node> nodeShapes = shapes.find(null, RDF.type.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI(ShapesPage.SH + "NodeShape")).mapWith(t -> t.getSubject()).toList();
            assertTrue(nodeShapes.size() > 20);
            for (org.apache.jena.graph.Node s : nodeShapes)
                assertTrue(html.contains("<article class=\"term shape\" id=\"" + s.getURI().substring(Served.SHAPES.length() + 1) + "\""), s.getURI());
        });
    }

    @Test
    void get_shapes_html_lists_the_profile_with_a_download_for_each_file() throws Exception {
        withServer(site -> {
            String html = site.html("/shapes");
            for (String file : ShapesPage.profileFiles()) {
                assertTrue(html.contains("href=\"/shapes/" + file + "\""), file);
                HttpResponse<String> r = site.get("/shapes/" + file, "*/*");
                assertEquals(200, r.statusCode(), file);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), file);
                assertEquals(Classpath.text("/shapes/" + file), r.body(), file);
            }
            assertTrue(html.contains("Warning") && html.contains("Violation"), "severities");
        });
    }

    @Test
    void get_shapes_html_shows_constraints_severity_messages_and_sparql() throws Exception {
        withServer(site -> {
            String html = site.html("/shapes");
            String council = section(html, "CouncilShape");
            assertTrue(council.contains("href=\"/ontology#Council\""), "target class linked to the ontology");
            assertTrue(council.contains("<span class=\"severity violation\">Violation</span>"), council);
            assertTrue(council.contains("id=\"CouncilShape-ordinal\""), "property shapes have ids too");
            assertTrue(council.contains("xsd:positiveInteger") || council.contains("xsd:integer"), council);
            assertTrue(html.contains("<span class=\"severity warning\">Warning</span>"));
            String https = section(html, "HttpsSchemaOrgShape");
            assertTrue(https.contains("<pre class=\"query\" tabindex=\"0\"><code>PREFIX"), "the SPARQL, in a block the keyboard can scroll: " + https);
            assertTrue(https.contains("SELECT $this ?path ?value"), https);
        });
    }

    @Test
    void get_shapes_turtle_is_the_union_of_the_shapes_files() throws Exception {
        withServer(site -> {
            for (String accept : List.of("text/turtle", "application/n-triples")) {
                HttpResponse<String> r = site.get("/shapes", accept);
                assertEquals(200, r.statusCode(), accept);
                Lang lang = accept.equals("text/turtle") ? Lang.TURTLE : Lang.NTRIPLES;
                assertTrue(parse(r.body(), lang).isIsomorphicWith(Validator.standard().shapesGraph()), accept);
            }
        });
    }

    @Test
    void get_shapes_file_not_in_the_profile_404() throws Exception {
        withServer(site -> {
            for (String path : List.of("/shapes/secret.ttl", "/shapes/..%2Fpom.xml", "/shapes/dp-core.ttl/x", "/shapes/../pom.xml"))
                assertTrue(List.of(400, 404).contains(site.get(path, "*/*").statusCode()), path);
            assertEquals(200, site.get("/shapes/profile.txt", "*/*").statusCode());
        });
    }

    @Test
    void get_topic_scheme_iri_303_to_its_document() throws Exception {
        withServer(site -> {
            HttpResponse<String> r = site.get("/topic/scheme", "text/turtle");
            assertEquals(303, r.statusCode());
            assertEquals("/doc/topic/scheme", r.headers().firstValue("Location").orElse(""));
        });
    }

    @Test
    void get_topic_scheme_html_lists_every_topic_with_its_definition() throws Exception {
        withServer(site -> {
            String html = site.html("/doc/topic/scheme");
            List<Resource> topics = Ontology.topics().listSubjectsWithProperty(SKOS.inScheme).toList();
            assertEquals(15, topics.size());
            for (Resource t : topics) {
                assertTrue(html.contains("id=\"" + t.getURI().substring(Ontology.TOPIC_NS.length()) + "\""), t.getURI());
                assertTrue(html.contains(escape(t.getProperty(SKOS.definition).getString())), t.getURI());
            }
            assertTrue(html.contains("<a href=\"/doc/topic/semiconductors\">semiconductors</a>"), "topics in the data link to their pages");
        });
    }

    @Test
    void get_topic_scheme_turtle_equals_topics_ttl() throws Exception {
        withServer(site -> {
            HttpResponse<String> r = site.get("/doc/topic/scheme", "text/turtle");
            assertEquals(200, r.statusCode());
            assertTrue(parse(r.body(), Lang.TURTLE).isIsomorphicWith(Ontology.topics().getGraph()));
        });
    }

    @Test
    void get_topic_page_shows_definition() throws Exception {
        withServer(site -> {
            HttpResponse<String> r = site.get("/doc/topic/semiconductors", "text/html");
            assertEquals(200, r.statusCode());
            String html = site.html("/doc/topic/semiconductors");
            String definition = Ontology.topics().getResource(Ontology.TOPIC_NS + "semiconductors").getProperty(SKOS.definition).getString();
            assertTrue(html.contains("<p class=\"lead\">" + escape(definition) + "</p>"), html);
            assertTrue(html.contains("microchips"), "alternative labels");
            assertTrue(html.contains("href=\"/doc/topic/scheme\">Digital Partnership technology topics</a>"), "the scheme, by its label");
        });
    }

    private static List<Resource> own(Resource type) {
        return Ontology.ontology().listSubjectsWithProperty(RDF.type, type)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(DP.NS)).toList();
    }

    /** The HTML of the article with the given id, up to the next article. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no element with id " + id);
        int end = html.indexOf("</article>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("https://w3id.org/dpkg/").parse(g);
        return g;
    }
}
