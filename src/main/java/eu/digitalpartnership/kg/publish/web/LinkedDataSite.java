package eu.digitalpartnership.kg.publish.web;

import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.Stores;
import eu.digitalpartnership.kg.validate.Validator;
import java.time.Instant;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The linked-data site around the SPARQL endpoint: dereferenceable IRIs with content negotiation, HTML pages
 * with evidence, and the static files they use.
 * <pre>
 *   KgServer.Builder builder = KgServer.builder().dataset(store);
 *   LinkedDataSite.install(builder, store, "https://w3id.org/dpkg/", Instant.now());
 *   KgServer server = builder.build().start();
 * </pre>
 */
public final class LinkedDataSite {
    private LinkedDataSite() {}

    /** Registers the site's servlets on a server builder, for a store whose IRIs are minted under the base. */
    public static void install(KgServer.Builder builder, DatasetGraph store, String base, Instant loadedAt) {
        Objects.requireNonNull(store, "store");
        Served served = new Served(Objects.requireNonNull(base, "base"));
        DatasetGraph view = Stores.unionView(store);
        builder.addServlet("/*", new LinkedDataServlet(store, view, served, Objects.requireNonNull(loadedAt, "loadedAt")));
        builder.addServlet("/static/*", new StaticServlet("/web/static/", loadedAt));
        builder.addServlet("/validate", new ValidateServlet(Validator.standard(), loadedAt));
    }
}
