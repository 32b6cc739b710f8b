package eu.digitalpartnership.kg.publish;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.SchemeRouter;
import java.net.URI;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * JVM-wide hardening of Jena for serving and parsing untrusted input, applied once per JVM.
 * <ul>
 * <li>SPARQL {@code SERVICE} is refused ({@code ARQ.httpServiceAllowed=false} in ARQ's global context;
 *     this also covers {@code SERVICE} inside SHACL {@code sh:sparql} constraints).</li>
 * <li>JSON-LD parsing never fetches a remote or {@code file:} {@code @context}: Titanium's default document loader,
 *     which every JSON-LD parse that is given no options of its own starts from, refuses every URL. Each parse still
 *     gets fresh options, so parses with different base IRIs never share state.</li>
 * <li>Script functions stay off: the system property {@code jena:scripting=true} is refused.</li>
 * <li>Queries time out after {@link #DEFAULT_QUERY_TIMEOUT} unless a timeout is already set.</li>
 * </ul>
 * <pre>
 * Security.lockDown();   // before serving or parsing; later calls only check the scripting property
 * </pre>
 */
public final class Security {

    /** Query timeout set JVM-wide by {@link #lockDown()} when none is set already. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    private Security() {}

    /** Applies the settings above to this JVM, the first time only (the JVM runs a class initialiser once). */
    public static void lockDown() {
        if ("true".equalsIgnoreCase(System.getProperty(ARQ.systemPropertyScripting)))
            throw new IllegalStateException("System property " + ARQ.systemPropertyScripting
                    + "=true would enable script functions in SPARQL; unset it");
        Once.applied();
    }

    /** The settings, made by this class's initialiser: exactly once, and visible to every thread that calls {@link #applied}. */
    private static final class Once {
        static {
            JenaSystem.init();
            Context arq = ARQ.getContext();
            arq.set(ARQ.httpServiceAllowed, false);
            if (!arq.isDefined(ARQ.queryTimeout))
                arq.set(ARQ.queryTimeout, Long.toString(DEFAULT_QUERY_TIMEOUT.toMillis()));
            // No JsonLdOptions object in RIOT's context: Jena would call setBase on that one shared object for every
            // parse. Jena makes new options per parse instead, and new options take Titanium's default router.
            SchemeRouter router = (SchemeRouter) SchemeRouter.defaultInstance();
            for (String scheme : new String[] {"http", "https", "file"}) router.set(scheme, Security::refuseToLoad);
        }

        static void applied() {}
    }

    private static Document refuseToLoad(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "Loading JSON-LD contexts and documents is disabled; use an inline @context. Refused: " + url);
    }
}
