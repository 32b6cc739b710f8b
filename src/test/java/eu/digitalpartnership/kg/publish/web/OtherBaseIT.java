package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --base} applies to every minted IRI, topics and the extractor included; each dereferences on the server. */
class OtherBaseIT {
    private static final String BASE = "https://kg.example.org/dp/";
    private static final String VOCABULARY = "https://w3id.org/dpkg/";
    private static KgServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void start() {
        DatasetGraph store = Stores.inMemory();
        Loader.create(IriMinter.withBase(BASE), Validator.standard()).load(SeedFolder.read(Path.of("seeds")), store);
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, BASE, Instant.now());
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).header("Accept", accept).GET().build(),
                BodyHandlers.ofByteArray());
    }

    @Test
    void dump_mints_nothing_under_the_canonical_base_but_the_vocabulary() throws Exception {
        DatasetGraph dump = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(get("/dumps/dataset.trig", "*/*").body())).lang(Lang.TRIG).parse(dump);
        Set<String> stray = new TreeSet<>();
        dump.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()})
                if (n.isURI() && n.getURI().startsWith(VOCABULARY) && !n.getURI().startsWith(VOCABULARY + "ontology")
                        && !n.getURI().startsWith(VOCABULARY + "shapes"))
                    stray.add(n.getURI());
        });
        assertEquals(Set.of(), stray, "IRIs minted under the canonical base although --base is " + BASE);
        assertTrue(dump.getDefaultGraph().find(Node.ANY, Node.ANY, NodeFactory.createURI(BASE + "topic/artificial-intelligence")).hasNext(),
                "the seed's topics are minted under the base");
    }

    @Test
    void get_topic_under_the_base_describes_it_from_the_scheme_and_matches_the_canonical_concept() throws Exception {
        HttpResponse<byte[]> r = get("/topic/artificial-intelligence", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.uri().getPath().equals("/doc/topic/artificial-intelligence"), "303 to the description: " + r.uri());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(g);
        Node topic = NodeFactory.createURI(BASE + "topic/artificial-intelligence");
        assertTrue(g.contains(topic, SKOS.exactMatch.asNode(), NodeFactory.createURI(VOCABULARY + "topic/artificial-intelligence")), "exact match");
        assertTrue(g.find(topic, SKOS.definition.asNode(), Node.ANY).hasNext(), "the scheme's definition");
        assertTrue(g.find(topic, SKOS.prefLabel.asNode(), Node.ANY).hasNext(), "its label");
    }

    @Test
    void get_extractor_under_the_base_200() throws Exception {
        DatasetGraph dump = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(get("/dumps/dataset.trig", "*/*").body())).lang(Lang.TRIG).parse(dump);
        String extractor = org.apache.jena.atlas.iterator.Iter.toList(dump.find()).stream().map(q -> q.getObject())
                .filter(o -> o.isURI() && o.getURI().startsWith(BASE + "extractor/")).findFirst().orElseThrow().getURI();
        assertEquals(200, get("/" + extractor.substring(BASE.length()), "text/turtle").statusCode(), extractor);
    }

    @Test
    void get_topic_scheme_counts_the_topics_of_the_data() throws Exception {
        String html = new String(get("/doc/topic/scheme", "text/html").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"/doc/topic/artificial-intelligence\""), "the scheme links the topic the data is about");
    }
}
