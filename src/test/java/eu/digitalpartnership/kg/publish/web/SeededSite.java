package eu.digitalpartnership.kg.publish.web;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.validate.Validator;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.sparql.core.DatasetGraph;

/** Test fixture: the seed articles loaded into a store, and the site served over it on port 0, stopped in finally. */
final class SeededSite {
    private SeededSite() {}

    /** A test body run against a started server. */
    interface ServerTest {
        void run(KgServer server) throws Exception;
    }

    /** A new in-memory store holding the validated seed articles. */
    static DatasetGraph seedStore() {
        DatasetGraph store = Stores.inMemory();
        Loader.create(IriMinter.standard(), Validator.standard()).load(SeedFolder.read(Path.of("seeds")), store);
        return store;
    }

    /** The Content-Type header of a response, or "". */
    static String contentType(java.net.http.HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** An RDF body parsed into a model, relative IRIs against the base. */
    static org.apache.jena.rdf.model.Model parse(String body, org.apache.jena.riot.Lang lang, String base) {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(body, lang).base(base).parse(m);
        return m;
    }

    /** Serves the store with the linked-data site on a free port for the duration of the test. */
    static void withServer(DatasetGraph store, ServerTest test) throws Exception {
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, IriMinter.DEFAULT_BASE, Instant.now());
        KgServer server = builder.build().start();
        try {
            test.run(server);
        } finally {
            server.stop();
        }
    }
}
