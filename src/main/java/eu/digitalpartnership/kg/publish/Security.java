package eu.digitalpartnership.kg.publish;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * JVM-wide hardening of Jena for serving and parsing untrusted input.
 * <ul>
 * <li>SPARQL {@code SERVICE} is refused ({@code ARQ.httpServiceAllowed=false} in ARQ's global context;
 *     this also covers {@code SERVICE} inside SHACL {@code sh:sparql} constraints).</li>
 * <li>JSON-LD parsing never fetches a remote or {@code file:} {@code @context}: every RDF parser
 *     gets a Titanium document loader that throws.</li>
 * <li>Script functions stay off: the system property {@code jena:scripting=true} is refused.</li>
 * <li>Queries time out after {@link #DEFAULT_QUERY_TIMEOUT} unless a timeout is already set.</li>
 * </ul>
 * <pre>
 * Security.lockDown();   // before serving or parsing; calling it again is harmless
 * </pre>
 */
public final class Security {

    /** Query timeout set JVM-wide by {@link #lockDown()} when none is set already. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    private Security() {}

    /** Applies the settings above to this JVM; idempotent. */
    public static synchronized void lockDown() {
        JenaSystem.init();
        if ("true".equalsIgnoreCase(System.getProperty(ARQ.systemPropertyScripting)))
            throw new IllegalStateException("System property " + ARQ.systemPropertyScripting
                    + "=true would enable script functions in SPARQL; unset it");
        Context arq = ARQ.getContext();
        arq.set(ARQ.httpServiceAllowed, false);
        if (!arq.isDefined(ARQ.queryTimeout))
            arq.set(ARQ.queryTimeout, Long.toString(DEFAULT_QUERY_TIMEOUT.toMillis()));
        // RDFParser starts from a copy of RIOT's global context, so this reaches every parser.
        // Caveat: Jena calls setBase on this one shared object for each JSON-LD parse
        // (LangJSONLD11.getJsonLdOptions), so concurrent JSON-LD parses with different bases can race.
        JsonLdOptions jsonld = new JsonLdOptions();
        jsonld.setDocumentLoader(Security::refuseToLoad);
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, jsonld);
    }

    private static Document refuseToLoad(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "Loading JSON-LD contexts and documents is disabled; use an inline @context. Refused: " + url);
    }
}
