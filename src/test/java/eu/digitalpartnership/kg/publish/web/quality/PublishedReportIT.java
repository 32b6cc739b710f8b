package eu.digitalpartnership.kg.publish.web.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.DP;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.web.LinkedDataSite;
import eu.digitalpartnership.kg.validate.Validator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validation report of the published data: at /validation, on each resource page, and as DQV figures in the VoID. */
class PublishedReportIT {
    private static final String DQV = "http://www.w3.org/ns/dqv#";
    private static KgServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        DatasetGraph store = Stores.inMemory();
        Loader.create(IriMinter.standard(), Validator.standard()).load(SeedFolder.read(Path.of("seeds")), store);
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, IriMinter.DEFAULT_BASE, Instant.now());
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void get_validation_turtle_is_a_report_with_no_violation_and_its_warnings() throws Exception {
        HttpResponse<String> r = get("validation", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r.body());
        ValidationReport report = ValidationReport.fromGraph(m.getGraph());
        assertTrue(report.getEntries().stream().noneMatch(e -> e.severity().level().getLocalName().equals("Violation")));
        assertTrue(report.getEntries().stream().anyMatch(e -> e.severity().level().getLocalName().equals("Warning")),
                "the seed's first council has no place and no chair: warnings are published too");
    }

    @Test
    void get_validation_html_shows_the_figures() throws Exception {
        String html = get("validation", "text/html").body();
        assertTrue(html.contains("Violations") && html.contains("Warnings") && html.contains("Extracted facts with evidence"));
    }

    @Test
    void get_council_html_shows_its_validation_results() throws Exception {
        String html = get("doc/id/council/european-union-japan/1", "text/html").body();
        assertTrue(html.contains("validation-h") && html.contains("should have a dp:heldIn"), html);
    }

    @Test
    void get_void_has_dqv_measurements_matching_the_report() throws Exception {
        Model voId = parse(get(".well-known/void", "text/turtle").body());
        Model report = parse(get("validation", "text/turtle").body());
        long warnings = ValidationReport.fromGraph(report.getGraph()).getEntries().stream()
                .filter(e -> e.severity().level().getLocalName().equals("Warning")).count();
        assertEquals(0, measurement(voId, DP.ViolationCount).getLong());
        assertEquals(warnings, measurement(voId, DP.WarningCount).getLong());
        long conflicts = voId.listResourcesWithProperty(org.apache.jena.vocabulary.VOID._class, DP.ValueConflict).toList().stream()
                .mapToLong(p -> p.getProperty(org.apache.jena.vocabulary.VOID.entities).getLong()).sum();
        assertEquals(conflicts, measurement(voId, DP.ConflictCount).getLong(), "conflict records, as the class partition counts them");
        assertEquals(1.0, measurement(voId, DP.EvidenceCoverage).getDouble(), 1e-9, "every extracted fact has evidence");
        double links = measurement(voId, DP.WikidataLinkCoverage).getDouble();
        assertTrue(links > 0 && links < 1, "some entities link to Wikidata, not all: " + links);
    }

    private static org.apache.jena.rdf.model.Literal measurement(Model m, Resource metric) {
        Resource measure = m.listResourcesWithProperty(m.createProperty(DQV + "isMeasurementOf"), metric).next();
        return measure.getProperty(m.createProperty(DQV + "value")).getLiteral();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).GET().build(),
                BodyHandlers.ofString());
    }

    private static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m;
    }
}
