package eu.digitalpartnership.kg.publish.web.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.load.LoadedCorpus;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.web.SeededSite;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** A fact stated by many documents: its description shows a few of its evidence records and links to all of them. */
class EvidenceBoundIT {
    private static final String MOST_STATED = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX dp: <https://w3id.org/dpkg/ontology#>
            SELECT ?st ?s ?p ?o ?n WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dp:evidenceCount ?n }
            ORDER BY DESC(?n) ?s ?p ?o LIMIT 1
            """;

    @Test
    void get_description_of_a_fact_stated_by_many_documents_holds_a_few_evidence_records_and_links_to_all() throws Exception {
        DatasetGraph store = LoadedCorpus.store();
        DatasetGraph view = Stores.publishedView(store);
        Binding top = Txn.calculateRead(view, () -> QueryExec.dataset(view).query(QueryFactory.create(MOST_STATED)).select().next());
        long stated = ((Number) top.get("n").getLiteralValue()).longValue();
        assertTrue(stated > Describer.EVIDENCE_PER_FACT, "the corpus states some fact in many documents: " + stated);
        Node subject = top.get("s");
        String docPath = "/doc/" + subject.getURI().substring(IriMinter.DEFAULT_BASE.length());

        SeededSite.withServer(store, server -> {
            HttpClient http = HttpClient.newHttpClient();
            String turtle = http.send(HttpRequest.newBuilder(URI.create(server.url() + docPath.substring(1)))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString()).body();
            Model m = SeededSite.parse(turtle, Lang.TURTLE, server.url());
            Resource s = m.createResource(subject.getURI());
            Resource statement = m.createResource(top.get("st").getURI());
            assertTrue(statement.hasProperty(RDF.subject, s) && statement.hasProperty(RDF.predicate, m.createResource(top.get("p").getURI())),
                    "the description names the fact's statement");
            java.util.Set<Resource> sources = new java.util.HashSet<>(java.util.List.of(statement));
            statement.listProperties(m.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom")).forEach(d -> sources.add(d.getResource()));
            long inDescription = m.listSubjectsWithProperty(RDF.type, DP.Evidence)
                    .filterKeep(e -> e.listProperties(org.apache.jena.vocabulary.OA.hasBody).toList().stream().anyMatch(b -> sources.contains(b.getResource())))
                    .toList().size();
            assertEquals(Describer.EVIDENCE_PER_FACT, inDescription, "evidence records of the fact in its description");

            String html = http.send(HttpRequest.newBuilder(URI.create(server.url() + docPath.substring(1)))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
            long more = stated - Describer.EVIDENCE_PER_FACT;
            assertTrue(html.contains(String.format("%,d more source%s state this fact", more, more == 1 ? "" : "s")), "says how many more");
            String marker = "<p class=\"more-evidence\"><a href=\"";
            int at = html.indexOf(marker);
            assertTrue(at >= 0, "links to the query listing them all");
            String href = unescape(html.substring(at + marker.length(), html.indexOf('"', at + marker.length())));
            assertTrue(href.startsWith("/sparql?query=") && href.endsWith("&run=1"), href);
            String query = URLDecoder.decode(href.substring("/sparql?query=".length(), href.length() - "&run=1".length()), StandardCharsets.UTF_8);
            long listed = Txn.calculateRead(view, () -> {
                long[] rows = {0};
                QueryExec.dataset(view).query(QueryFactory.create(query)).select().forEachRemaining(b -> rows[0]++);
                return rows[0];
            });
            assertTrue(listed >= stated, "the linked query lists every evidence record (" + listed + " rows for " + stated + ")");
        });
    }

    private static String unescape(String attribute) {
        return attribute.replace("&#x3D;", "=").replace("&#61;", "=").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
