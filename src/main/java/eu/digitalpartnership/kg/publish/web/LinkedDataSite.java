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
        PublishedQuality quality = new PublishedQuality(view, eu.digitalpartnership.kg.model.IriMinter.withBase(base).namespace("graph"));
        builder.addServlet("/*", new LinkedDataServlet(store, view, served, Objects.requireNonNull(loadedAt, "loadedAt"), quality));
        builder.addServlet(ValidationServlet.PATH, new ValidationServlet(quality, loadedAt));
        builder.addServlet("/static/*", new StaticServlet("/web/static/", loadedAt));
        builder.addServlet("", new HomeServlet(view, served, loadedAt));
        builder.addServlet("/ontology/*", new VocabularyServlet(view, served, loadedAt));
        builder.addServlet("/shapes/*", new VocabularyServlet(view, served, loadedAt));
        builder.addServlet("/topic/scheme", new VocabularyServlet(view, served, loadedAt));
        builder.addServlet("/doc/topic/scheme", new VocabularyServlet(view, served, loadedAt));
        builder.addServlet("/validate", new ValidateServlet(Validator.standard(), loadedAt));
        DatasetDescription dataset = new DatasetDescription(view, base, new Dumps(store, base, loadedAt), quality);
        builder.addServlet(DatasetDescription.VOID_PATH, new VoidServlet(dataset, served));
        builder.addServlet("/dataset", new VoidServlet(dataset, served));
        builder.addServlet(Dumps.PATH + "*", new DumpServlet(dataset.dumps()));
        builder.addServlet(WebjarServlet.PATH + "*", new WebjarServlet(loadedAt));
        builder.addFilter(KgServer.SPARQL_PATH, new SparqlPageFilter(dataset, new QueryPage(base)));
    }
}
