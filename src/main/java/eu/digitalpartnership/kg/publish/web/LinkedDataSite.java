package eu.digitalpartnership.kg.publish.web;

import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.web.dataset.DatasetDescription;
import eu.digitalpartnership.kg.publish.web.dataset.DumpServlet;
import eu.digitalpartnership.kg.publish.web.dataset.Dumps;
import eu.digitalpartnership.kg.publish.web.dataset.HomeServlet;
import eu.digitalpartnership.kg.publish.web.dataset.ListServlet;
import eu.digitalpartnership.kg.publish.web.dataset.VoidServlet;
import eu.digitalpartnership.kg.publish.web.http.Served;
import eu.digitalpartnership.kg.publish.web.http.StaticServlet;
import eu.digitalpartnership.kg.publish.web.http.WebjarServlet;
import eu.digitalpartnership.kg.publish.web.quality.PublishedQuality;
import eu.digitalpartnership.kg.publish.web.quality.PublishedReportServlet;
import eu.digitalpartnership.kg.publish.web.quality.ValidateServlet;
import eu.digitalpartnership.kg.publish.web.query.CompetencyQueries;
import eu.digitalpartnership.kg.publish.web.query.QueryPage;
import eu.digitalpartnership.kg.publish.web.query.SparqlPageFilter;
import eu.digitalpartnership.kg.publish.web.resource.LinkedDataServlet;
import eu.digitalpartnership.kg.publish.web.search.SearchServlet;
import eu.digitalpartnership.kg.publish.web.vocabulary.VocabularyServlet;
import eu.digitalpartnership.kg.validate.Validator;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The linked-data site around the SPARQL endpoint: dereferenceable IRIs with content negotiation, HTML pages
 * with evidence, the dataset description, dumps, the query page and the validation report.
 * <pre>
 *   KgServer.Builder builder = KgServer.builder().dataset(store);
 *   LinkedDataSite site = LinkedDataSite.install(builder, store, "https://w3id.org/dpkg/", Instant.now());
 *   KgServer server = builder.build().start();
 *   // after the store is loaded again:
 *   site.reloaded(Instant.now());
 * </pre>
 */
public final class LinkedDataSite {
    private final DatasetGraph store;
    private final String base;
    private final Map<String, Swappable.Servlet> servlets = new LinkedHashMap<>();
    private final Swappable.FilterHolder sparqlPage = new Swappable.FilterHolder();
    private final long pageCacheBytes;

    /** Where RDF posted for validation is checked: the one site path that takes POST. */
    private static final String VALIDATE_PATH = "/validate";

    /** Bytes of rendered description documents kept between reloads unless told otherwise. */
    public static final long DEFAULT_PAGE_CACHE_BYTES = 64L << 20;

    private LinkedDataSite(DatasetGraph store, String base, long pageCacheBytes) {
        this.store = store;
        this.base = base;
        this.pageCacheBytes = pageCacheBytes;
    }

    /** Registers the site's servlets on a server builder, for a store whose IRIs are minted under the base. */
    public static LinkedDataSite install(KgServer.Builder builder, DatasetGraph store, String base, Instant loadedAt) {
        return install(builder, store, base, loadedAt, DEFAULT_PAGE_CACHE_BYTES);
    }

    /** As {@link #install(KgServer.Builder, DatasetGraph, String, Instant)}, keeping up to this many bytes of rendered pages (0: none). */
    public static LinkedDataSite install(KgServer.Builder builder, DatasetGraph store, String base, Instant loadedAt, long pageCacheBytes) {
        if (pageCacheBytes < 0) throw new IllegalArgumentException("page cache size must not be negative");
        LinkedDataSite site = new LinkedDataSite(Objects.requireNonNull(store, "store"), Objects.requireNonNull(base, "base"), pageCacheBytes);
        Map<String, HttpServlet> parts = site.parts(Objects.requireNonNull(loadedAt, "loadedAt"));
        parts.forEach((path, servlet) -> {
            Swappable.Servlet holder = new Swappable.Servlet();
            holder.set(servlet);
            site.servlets.put(path, holder);
            builder.addServlet(path, holder);
        });
        builder.addFilter(KgServer.SPARQL_PATH, site.sparqlPage);
        builder.acceptPost(VALIDATE_PATH);
        return site;
    }

    /** Rebuilds every page, count and cache from the store after it was loaded again; requests in flight finish first. */
    public synchronized void reloaded(Instant loadedAt) {
        parts(Objects.requireNonNull(loadedAt, "loadedAt")).forEach((path, servlet) -> servlets.get(path).set(servlet));
    }

    private Map<String, HttpServlet> parts(Instant loadedAt) {
        Served served = new Served(base);
        DatasetGraph view = Stores.publishedView(store);
        PublishedQuality quality = new PublishedQuality(view, IriMinter.withBase(base));
        DatasetDescription dataset = new DatasetDescription(view, base, new Dumps(store, base, loadedAt), quality);
        dataset.prepare();
        Map<String, HttpServlet> parts = new LinkedHashMap<>();
        parts.put("/*", new LinkedDataServlet(store, view, served, loadedAt, quality, pageCacheBytes));
        parts.put(PublishedReportServlet.PATH, new PublishedReportServlet(quality, served, loadedAt));
        parts.put("/static/*", new StaticServlet("/web/static/", loadedAt));
        parts.put("", new HomeServlet(view, quality, served, loadedAt, CompetencyQueries::links));
        parts.put("/ontology/*", new VocabularyServlet(view, served, loadedAt));
        parts.put("/shapes/*", new VocabularyServlet(view, served, loadedAt));
        parts.put("/topic/scheme", new VocabularyServlet(view, served, loadedAt));
        parts.put("/doc/topic/scheme", new VocabularyServlet(view, served, loadedAt));
        parts.put(VALIDATE_PATH, new ValidateServlet(Validator.standard(), loadedAt));
        parts.put(DatasetDescription.VOID_PATH, new VoidServlet(dataset, served));
        parts.put("/dataset", new VoidServlet(dataset, served));
        parts.put(Dumps.PATH + "*", new DumpServlet(dataset.dumps()));
        parts.put(WebjarServlet.PATH + "*", new WebjarServlet(loadedAt));
        parts.put(ListServlet.PATH + "*", new ListServlet(view, served, loadedAt));
        parts.put(SearchServlet.PATH, new SearchServlet(view, served, loadedAt));
        parts.put(SearchServlet.SUGGEST_PATH, new SearchServlet(view, served, loadedAt));
        Filter page = new SparqlPageFilter(dataset, new QueryPage(base));
        sparqlPage.set(page);
        return parts;
    }
}
