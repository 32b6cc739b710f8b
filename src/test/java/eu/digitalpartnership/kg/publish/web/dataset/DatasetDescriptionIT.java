package eu.digitalpartnership.kg.publish.web.dataset;

import static eu.digitalpartnership.kg.publish.web.SeededSite.contentType;
import static eu.digitalpartnership.kg.publish.web.SeededSite.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.web.SeededSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /.well-known/void}: the VoID and DCAT description of the seed data, whose figures, partitions and linksets
 * are checked against the store itself, served over HTTP as a client would fetch it.
 */
class DatasetDescriptionIT {
    private static final String BASE = IriMinter.DEFAULT_BASE;
    private static final String DATASET = BASE + "dataset";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String SAME_AS = "https://schema.org/sameAs";
    private static DatasetGraph store;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void loadSeeds() {
        store = SeededSite.seedStore();
    }

    // ---- the figures are those of the store

    @Test
    void get_void_turtle_counts_match_store() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.url() + ".well-known/void", "text/turtle");
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
            Model m = parse(r.body(), Lang.TURTLE, server.url());
            Resource dataset = m.createResource(DATASET);
            assertTrue(dataset.hasProperty(RDF.type, VOID.Dataset));
            assertTrue(dataset.hasProperty(RDF.type, DCAT.Dataset));

            Set<Triple> union = published();
            assertEquals(union.size(), number(dataset, VOID.triples), "void:triples");
            assertEquals(union.stream().map(Triple::getSubject).distinct().count(), number(dataset, VOID.distinctSubjects));
            assertEquals(union.stream().map(Triple::getObject).distinct().count(), number(dataset, VOID.distinctObjects));
            assertEquals(union.stream().map(Triple::getPredicate).distinct().count(), number(dataset, VOID.properties));
            assertEquals(union.stream().map(Triple::getSubject).filter(s -> s.isURI() && s.getURI().startsWith(BASE + "id/"))
                    .distinct().count(), number(dataset, VOID.entities), "void:entities");
            assertEquals(BASE + "id/", dataset.getProperty(VOID.uriSpace).getString());
            assertEquals(server.sparqlUrl(), dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        });
    }

    @Test
    void get_void_class_partitions_equal_select_counts() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        DatasetGraph view = Stores.publishedView(store);
        Txn.executeRead(view, () -> QueryExec.dataset(view)
                .query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c").select()
                .forEachRemaining(b -> expected.put(b.get("c").getURI(), ((Number) b.get("n").getLiteralValue()).longValue())));
        withServer(server -> {
            Resource dataset = voidModel(server).createResource(DATASET);
            Map<String, Long> partitions = new HashMap<>();
            for (Statement s : dataset.listProperties(VOID.classPartition).toList()) {
                Resource p = s.getResource();
                partitions.put(p.getPropertyResourceValue(VOID._class).getURI(), number(p, VOID.entities));
            }
            assertEquals(expected, partitions);
            assertEquals(expected.size(), number(dataset, VOID.classes));
            assertTrue(partitions.get(DP.Official.getURI()) >= 4, "the seed names four officials");
        });
    }

    @Test
    void get_void_property_partitions_equal_triples_per_property() throws Exception {
        Map<String, Long> expected = new HashMap<>();
        for (Triple t : published()) expected.merge(t.getPredicate().getURI(), 1L, Long::sum);
        withServer(server -> {
            Resource dataset = voidModel(server).createResource(DATASET);
            Map<String, Long> partitions = new HashMap<>();
            for (Statement s : dataset.listProperties(VOID.propertyPartition).toList())
                partitions.put(s.getResource().getPropertyResourceValue(VOID.property).getURI(), number(s.getResource(), VOID.triples));
            assertEquals(expected, partitions);
        });
    }

    @Test
    void get_void_wikidata_linkset_counts_same_as_links() throws Exception {
        long expected = published().stream().filter(t -> t.getPredicate().getURI().equals(SAME_AS) && t.getObject().isURI()
                && t.getObject().getURI().startsWith("http://www.wikidata.org/entity/")).count();
        assertTrue(expected > 0, "the seed links to Wikidata");
        withServer(server -> {
            Model m = voidModel(server);
            Resource linkset = m.listResourcesWithProperty(RDF.type, VOID.Linkset).toList().stream()
                    .filter(l -> l.listProperties(VOID.target).toList().stream()
                            .anyMatch(t -> t.getResource().hasProperty(VOID.uriSpace, "http://www.wikidata.org/entity/")))
                    .findFirst().orElseThrow();
            assertTrue(linkset.hasProperty(VOID.linkPredicate, m.createResource(SAME_AS)));
            assertTrue(linkset.hasProperty(VOID.target, m.createResource(DATASET)));
            assertEquals(expected, number(linkset, VOID.triples));
            assertTrue(m.createResource(DATASET).hasProperty(VOID.subset, linkset));
        });
    }

    @Test
    void get_void_names_examples_vocabularies_licence_and_service() throws Exception {
        withServer(server -> {
            Model m = voidModel(server);
            Resource dataset = m.createResource(DATASET);
            Set<String> classes = new HashSet<>();
            for (Statement s : dataset.listProperties(VOID.exampleResource).toList()) {
                Node example = s.getResource().asNode();
                Txn.executeRead(store, () -> store.getUnionGraph().find(example, RDF.type.asNode(), Node.ANY)
                        .forEachRemaining(t -> classes.add(t.getObject().getURI())));
            }
            assertTrue(classes.containsAll(List.of(DP.Partner.getURI(), DP.Council.getURI(), DP.Official.getURI())), classes.toString());
            for (String vocabulary : List.of(DP.ONTOLOGY, "https://schema.org/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/oa#",
                    "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core", "http://purl.org/dc/terms/"))
                assertTrue(dataset.hasProperty(VOID.vocabulary, m.createResource(vocabulary)), vocabulary);
            assertTrue(dataset.hasProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/")));
            assertNotNull(dataset.getPropertyResourceValue(DCTerms.publisher));
            assertTrue(dataset.hasProperty(DCTerms.title));
            assertTrue(dataset.hasProperty(DCTerms.description));
            Resource service = m.listResourcesWithProperty(RDF.type, DCAT.DataService).next();
            assertEquals(server.sparqlUrl(), service.getPropertyResourceValue(DCAT.endpointURL).getURI());
            assertTrue(service.hasProperty(DCAT.servesDataset, dataset));
        });
    }

    @Test
    void get_void_distributions_download_with_their_byte_size() throws Exception {
        withServer(server -> {
            Model m = voidModel(server);
            List<Statement> distributions = m.createResource(DATASET).listProperties(DCAT.distribution).toList();
            assertEquals(2, distributions.size());
            Set<String> types = new HashSet<>();
            for (Statement s : distributions) {
                Resource d = s.getResource();
                String url = d.getPropertyResourceValue(DCAT.downloadURL).getURI();
                assertTrue(url.startsWith(server.url() + "dumps/"), url);
                types.add(d.getPropertyResourceValue(DCAT.mediaType).getURI());
                HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), BodyHandlers.ofByteArray());
                assertEquals(200, download.statusCode(), url);
                assertTrue(download.body().length > 0, url);
                assertEquals(String.valueOf(download.body().length), download.headers().firstValue("Content-Length").orElse(""), url);
            }
            assertEquals(Set.of("http://www.iana.org/assignments/media-types/application/trig",
                    "http://www.iana.org/assignments/media-types/application/n-quads"), types);
        });
    }

    @Test
    void get_void_names_every_graph_of_the_dump_and_each_dereferences() throws Exception {
        withServer(server -> {
            Model m = voidModel(server);
            Property name = m.createProperty(SD + "name");
            Set<String> named = new HashSet<>();
            m.createResource(DATASET).listProperties(m.createProperty(SD + "namedGraph"))
                    .forEach(s -> named.add(s.getResource().getPropertyResourceValue(name).getURI()));
            HttpResponse<byte[]> dump = http.send(HttpRequest.newBuilder(URI.create(server.url() + "dumps/dataset.trig")).GET().build(),
                    BodyHandlers.ofByteArray());
            DatasetGraph dumped = DatasetGraphFactory.create();
            RDFParser.source(new java.io.ByteArrayInputStream(dump.body())).lang(Lang.TRIG).parse(dumped);
            Set<String> inDump = new HashSet<>();
            dumped.listGraphNodes().forEachRemaining(g -> inDump.add(g.getURI()));
            assertEquals(inDump, named, "VoID names every named graph of the dump, and no other");
            assertTrue(named.containsAll(Set.of(IriMinter.DEFAULT_BASE + "validation", IriMinter.DEFAULT_BASE + "statistics")), named.toString());
            for (String graph : named) {
                String path = graph.substring(IriMinter.DEFAULT_BASE.length());
                HttpResponse<String> r = get(server.url() + path, "application/n-triples");
                assertEquals(200, r.statusCode(), graph + " dereferences");
                Graph served = parse(r.body(), Lang.NTRIPLES, server.url()).getGraph();
                assertTrue(served.isIsomorphicWith(dumped.getGraph(NodeFactory.createURI(graph))), graph + " serves the graph of the dump");
            }
        });
    }

    // ---- negotiation

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/ld+json, JSONLD", "application/rdf+xml, RDFXML", "application/n-triples, NTRIPLES",
            "*/*, TURTLE", "'', TURTLE"})
    void get_void_in_each_rdf_format_is_the_same_description(String accept, String lang) throws Exception {
        withServer(server -> {
            Model turtle = voidModel(server);
            HttpResponse<String> r = accept.isEmpty()
                    ? http.send(HttpRequest.newBuilder(URI.create(server.url() + ".well-known/void")).GET().build(), BodyHandlers.ofString())
                    : get(server.url() + ".well-known/void", accept);
            assertEquals(200, r.statusCode());
            Lang expected = Map.of("JSONLD", Lang.JSONLD, "RDFXML", Lang.RDFXML, "NTRIPLES", Lang.NTRIPLES, "TURTLE", Lang.TURTLE).get(lang);
            assertTrue(contentType(r).startsWith(expected.getContentType().getContentTypeStr()), contentType(r));
            assertTrue(parse(r.body(), expected, server.url()).isIsomorphicWith(turtle));
        });
    }

    @Test
    void get_void_html_200() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.url() + ".well-known/void", BROWSER);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("text/html"));
            String triples = String.format(Locale.ROOT, "%,d", published().size());
            assertTrue(r.body().contains(">" + triples + "<"), "the page shows the number of triples, " + triples);
            for (String s : List.of("dp:Official", "/dumps/dataset.trig", "/dumps/dataset.nq.gz", "Wikidata", server.sparqlUrl(),
                    "creativecommons.org/licenses/by/4.0/", "<table"))
                assertTrue(r.body().contains(s), s);
        });
    }

    @Test
    void get_void_with_format_parameter_overrides_accept() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.url() + ".well-known/void?format=nt", BROWSER);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith("application/n-triples"), contentType(r));
        });
    }

    @Test
    void get_void_unacceptable_406() throws Exception {
        withServer(server -> assertEquals(406, get(server.url() + ".well-known/void", "image/png").statusCode()));
    }

    @Test
    void get_void_again_with_etag_304() throws Exception {
        withServer(server -> {
            HttpResponse<String> first = get(server.url() + ".well-known/void", "text/turtle");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(first.headers().firstValue("Last-Modified").isPresent());
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(server.url() + ".well-known/void"))
                    .header("Accept", "text/turtle").header("If-None-Match", etag).GET().build(), BodyHandlers.ofString());
            assertEquals(304, again.statusCode());
        });
    }

    @Test
    void get_dataset_iri_303_to_void() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.url() + "dataset", "text/turtle");
            assertEquals(303, r.statusCode());
            assertEquals("/.well-known/void", r.headers().firstValue("Location").orElse(""));
        });
    }

    @Test
    void get_home_page_links_to_void() throws Exception {
        withServer(server -> {
            HttpResponse<String> r = get(server.url(), BROWSER);
            assertFalse(r.statusCode() >= 500);
            assertTrue(r.body().contains("href=\"/.well-known/void\""));
        });
    }

    // ---- helpers


    private static void withServer(SeededSite.ServerTest test) throws Exception {
        SeededSite.withServer(store, test);
    }

    /** The distinct triples of all the store's graphs: what the union default graph holds. */
    /** The published graph: the default graph that the dataset description counts. */
    private static Set<Triple> published() {
        return Txn.calculateRead(store, () -> {
            Set<Triple> triples = new HashSet<>();
            store.getDefaultGraph().find().forEachRemaining(triples::add);
            return triples;
        });
    }

    private Model voidModel(KgServer server) throws Exception {
        HttpResponse<String> r = get(server.url() + ".well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        return parse(r.body(), Lang.TURTLE, server.url());
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(), BodyHandlers.ofString());
    }



    private static long number(Resource r, Property p) {
        RDFNode value = r.getRequiredProperty(p).getObject();
        return value.asLiteral().getLong();
    }
}
