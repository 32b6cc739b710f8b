package eu.digitalpartnership.kg.publish.web;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.validate.Validator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.sparql.core.DatasetGraph;

/** Test fixture: the seed articles loaded into a store, and the site served over it on port 0, stopped in finally. */
public final class SeededSite {
    private SeededSite() {}

    /** A test body run against a started server. */
    public interface ServerTest {
        void run(KgServer server) throws Exception;
    }

    /** A test body run against a started server with a client of its own. */
    public interface SiteTest {
        void run(Site site) throws Exception;
    }

    /** The running server and a client of its own that does not follow redirects. */
    public record Site(KgServer server, HttpClient http) {
        /** GET a path with an Accept header. */
        public HttpResponse<String> get(String path, String accept) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).header("Accept", accept).GET().build();
            return http.send(request, BodyHandlers.ofString());
        }

        /** The HTML of a page, with '=' unescaped (the templates escape it as {@code &#x3D;}, which is valid HTML). */
        public String html(String path) throws Exception {
            return get(path, "text/html").body().replace("&#x3D;", "=");
        }
    }

    /** A new in-memory store holding the validated seed articles. */
    public static DatasetGraph seedStore() {
        DatasetGraph store = Stores.inMemory();
        Loader.create(IriMinter.standard(), Validator.standard()).load(SeedFolder.read(Path.of("seeds")), store);
        return store;
    }

    /** The Content-Type header of a response, or "". */
    public static String contentType(java.net.http.HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** An RDF body parsed into a model, relative IRIs against the base. */
    public static org.apache.jena.rdf.model.Model parse(String body, org.apache.jena.riot.Lang lang, String base) {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(body, lang).base(base).parse(m);
        return m;
    }

    /** Serves the store with the linked-data site on a free port for the duration of the test. */
    public static void withServer(DatasetGraph store, ServerTest test) throws Exception {
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, IriMinter.DEFAULT_BASE, Instant.now());
        KgServer server = builder.build().start();
        try {
            test.run(server);
        } finally {
            server.stop();
        }
    }

    /** Serves the store with the linked-data site on a free port, with a client that does not follow redirects. */
    public static void withSite(DatasetGraph store, SiteTest test) throws Exception {
        withServer(store, server -> test.run(new Site(server, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build())));
    }
}
