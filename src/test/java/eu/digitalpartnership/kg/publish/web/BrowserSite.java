package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.fail;

import eu.digitalpartnership.kg.publish.KgServer;
import java.time.Instant;
import org.apache.jena.sparql.core.DatasetGraph;

/** A site over a store on a free port with a headless browser beside it, for the browser tests; closed browser first. */
record BrowserSite(KgServer server, Browser browser, String origin) implements AutoCloseable {
    static final Instant MODIFIED = Instant.parse("2026-01-01T00:00:00Z");

    /** Serves the store under the base and opens a browser window of the given size; fails when no browser is installed. */
    static BrowserSite start(DatasetGraph store, String base, int width, int height) {
        String missing = Browser.missing();
        if (missing != null) fail(missing);
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, base, MODIFIED);
        KgServer server = builder.build().start();
        try {
            return new BrowserSite(server, Browser.start(width, height), "http://127.0.0.1:" + server.port());
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** Closes the browser, then stops the server. */
    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.stop();
        }
    }
}
