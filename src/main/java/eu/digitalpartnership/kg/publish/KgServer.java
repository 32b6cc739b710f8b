package eu.digitalpartnership.kg.publish;

import static java.util.Objects.requireNonNull;

import eu.digitalpartnership.kg.load.Stores;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.http.pathmap.PathMappings;
import org.eclipse.jetty.http.pathmap.ServletPathSpec;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * A read-only SPARQL 1.1 endpoint over the published data: an embedded Fuseki, locked down.
 * <ul>
 * <li>{@code /sparql}: SPARQL query by GET, POST form or POST {@code application/sparql-query};
 *     results as JSON, XML, CSV or TSV by {@code Accept}. The default graph is the published (consolidated)
 *     graph; each document's claims and their evidence are a named graph ({@code GRAPH ?doc}).</li>
 * <li>{@code /sparql?graph=IRI} and {@code /sparql?default}: Graph Store Protocol reads of one
 *     named graph, or of the published graph.</li>
 * <li>{@code /$/ping}. No update, upload, patch, SHACL, admin or stats endpoints; no SERVICE.</li>
 * <li>Admin servlets ({@link Builder#addAdminServlet}) behind Jetty's HTTP Basic login over a password file; every
 *     other path is anonymous.</li>
 * <li>CORS for public reads ({@code Access-Control-Allow-Origin: *}, no credentials) on every path but the admin
 *     ones; gzip for clients that accept it, with {@code Vary} naming every header a response depends on.</li>
 * <li>One list of methods per path ({@code GET, HEAD, OPTIONS}; {@code POST} too at {@code /sparql} and at
 *     {@link Builder#acceptPost} paths) for 405, {@code Allow} and CORS preflights.</li>
 * <li>Every other path ({@code /}, {@code /id/*}, {@code /doc/*}) is left to {@link Builder#addServlet}.</li>
 * </ul>
 * <pre>
 * KgServer server = KgServer.builder().port(3030).dataset(dsg).build().start();
 * try {
 *     String endpoint = server.sparqlUrl();   // "http://127.0.0.1:3030/sparql"
 * } finally {
 *     server.stop();
 * }
 * </pre>
 */
public final class KgServer {

    /** Rows a query returns at most unless configured otherwise. */
    public static final long DEFAULT_RESULT_CAP = 10_000;

    /** Path of the SPARQL and Graph Store endpoint. */
    public static final String SPARQL_PATH = "/sparql";

    /** The realm of the admin login. */
    public static final String ADMIN_REALM = "Digital Partnership KG admin";

    private final FusekiServer fuseki;
    private final String host;

    private KgServer(Builder b) {
        Security.lockDown();
        Context queryContext = Context.create()
                .set(ARQ.queryTimeout, Long.toString(b.queryTimeout.toMillis()))
                .set(ARQ.httpServiceAllowed, false);
        // Unnamed endpoints on a dataset called "/sparql": Fuseki serves them at /sparql itself and
        // claims no other path, so /, /id/* and /doc/* fall through to servlets.
        DataService service = DataService.newBuilder(Stores.publishedView(b.dataset))
                .addEndpoint(Endpoint.create().operation(Operation.Query).processor(new CappedQuery(b.resultCap)).context(queryContext).build())
                .addEndpoint(Endpoint.create().operation(Operation.GSP_R).processor(new GraphRead()).build())
                .build();
        FusekiServer.Builder fb = FusekiServer.create()
                .port(b.port)
                .fusekiModules(FusekiModules.empty())
                .enablePing(true)
                .add(SPARQL_PATH, service);
        if (b.passwordFile != null) fb.securityHandler(adminLogin(b.passwordFile, b.adminPaths));
        Methods methods = new Methods().put(SPARQL_PATH, Methods.READ_AND_POST);
        b.postPaths.forEach(path -> methods.put(path, Methods.READ_AND_POST));
        PathMappings<Boolean> admin = new PathMappings<>();
        b.adminPaths.forEach(path -> {
            methods.put(path, Methods.POST_ONLY);
            admin.put(new ServletPathSpec(path), Boolean.TRUE);
        });
        fb.addFilter("/*", new CorsFilter(methods, admin));
        fb.addFilter("/*", new MethodFilter(methods));
        fb.addFilter(SPARQL_PATH, (request, response, chain) -> {
            ((HttpServletResponse) response).setHeader("Vary", "Accept");
            chain.doFilter(request, response);
        });
        b.filters.forEach(fb::addFilter);
        b.servlets.forEach(fb::addServlet);
        this.fuseki = fb.build();
        GzipHandler gzip = new GzipHandler();
        gzip.setHandler(fuseki.getJettyServer().getHandler());
        fuseki.getJettyServer().setHandler(gzip);
        for (Connector connector : fuseki.getJettyServer().getConnectors())
            if (connector instanceof ServerConnector http)
                http.setHost(b.host);
        this.host = b.host;
    }

    /**
     * Jetty's HTTP Basic login over the users of a password file, as Fuseki's {@code passwordFile} builds it, required
     * on the admin paths only: everything else stays anonymous.
     */
    private static ConstraintSecurityHandler adminLogin(Path passwordFile, List<String> adminPaths) {
        ConstraintSecurityHandler login = JettySecurityLib.makeSecurityHandler(ADMIN_REALM,
                JettySecurityLib.makeUserStore(passwordFile.toString()), AuthScheme.BASIC);
        adminPaths.forEach(path -> JettySecurityLib.addPathConstraint(login, path));
        return login;
    }

    /** A builder: port 3030, host 127.0.0.1, query timeout 30 s; a dataset is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns at once. */
    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** Stops the server; the dataset stays open. */
    public void stop() {
        fuseki.stop();
    }

    /** The port, the actual one once started (also when built with port 0). */
    public int port() {
        return fuseki.getPort();
    }

    /** The server root, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
    }

    /** The SPARQL endpoint, e.g. {@code http://127.0.0.1:3030/sparql}. */
    public String sparqlUrl() {
        return url() + SPARQL_PATH.substring(1);
    }

    /** GSP reads of one graph; a whole-dataset dump (GET with no query, graph or default) is refused. */
    private static final class GraphRead extends GSP_R {
        @Override protected void execGetQuads(HttpAction action) { refuse(); }
        @Override protected void execHeadQuads(HttpAction action) { refuse(); }
        private static void refuse() {
            ServletOps.errorBadRequest("Give ?query=, ?graph=IRI or ?default");
        }
    }

    /** Configures a {@link KgServer}; arguments are checked at once. */
    public static final class Builder {
        private int port = 3030;
        private String host = "127.0.0.1";
        private DatasetGraph dataset;
        private Duration queryTimeout = Security.DEFAULT_QUERY_TIMEOUT;
        private long resultCap = DEFAULT_RESULT_CAP;
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        private final Map<String, Filter> filters = new LinkedHashMap<>();
        private final List<String> adminPaths = new ArrayList<>();
        private final List<String> postPaths = new ArrayList<>();
        private Path passwordFile;

        private Builder() {}

        /** The port, 0..65535; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("Bad port " + port + ": must be 0..65535");
            this.port = port;
            return this;
        }

        /** The interface to listen on, e.g. "127.0.0.1" (the default) or "0.0.0.0" for all. */
        public Builder host(String host) {
            this.host = requireNonNull(host, "host").strip();
            return this;
        }

        /** true listens on 127.0.0.1 only, false on all interfaces. */
        public Builder loopback(boolean loopback) {
            return host(loopback ? "127.0.0.1" : "0.0.0.0");
        }

        /** The dataset to serve: one named graph per document. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = requireNonNull(dataset, "dataset");
            return this;
        }

        /** How long a query may run before it is cancelled with 503; at least 1 ms. */
        public Builder queryTimeout(Duration timeout) {
            requireNonNull(timeout, "timeout");
            if (timeout.toMillis() < 1)
                throw new IllegalArgumentException("Bad query timeout " + timeout + ": must be at least 1 ms");
            this.queryTimeout = timeout;
            return this;
        }

        /** The most rows (or triples) a query returns; a larger result is cut and the response says so. At least 1. */
        public Builder resultCap(long rows) {
            if (rows < 1) throw new IllegalArgumentException("Bad result cap " + rows + ": must be at least 1");
            this.resultCap = rows;
            return this;
        }

        /** Adds a servlet at a Jetty path spec outside /sparql, e.g. "/id/*", or "" for the root page. */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            requireNonNull(pathSpec, "pathSpec");
            requireNonNull(servlet, "servlet");
            if (pathSpec.startsWith(SPARQL_PATH) || pathSpec.startsWith("/$"))
                throw new IllegalArgumentException("Bad path spec " + pathSpec + ": reserved");
            servlets.put(pathSpec, servlet);
            return this;
        }

        /** The users who may call admin servlets: a Jetty password file, {@code user: password} per line. */
        public Builder passwordFile(Path file) {
            requireNonNull(file, "file");
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("Cannot read password file " + file + ": " + e.getMessage());
            }
            if (lines.stream().map(String::strip).noneMatch(l -> !l.startsWith("#") && l.indexOf(':') > 0 && l.indexOf(':') < l.length() - 1))
                throw new IllegalArgumentException("No user in password file " + file + " (want lines 'user: password')");
            this.passwordFile = file;
            return this;
        }

        /** Declares that the servlet at a path spec also serves POST (GET, HEAD and OPTIONS are served everywhere). */
        public Builder acceptPost(String pathSpec) {
            postPaths.add(requireNonNull(pathSpec, "pathSpec"));
            return this;
        }

        /** Adds a servlet that only users of the {@link #passwordFile password file} may call (HTTP Basic). */
        public Builder addAdminServlet(String pathSpec, HttpServlet servlet) {
            addServlet(pathSpec, servlet);
            adminPaths.add(pathSpec);
            return this;
        }

        /** Adds a filter at a Jetty path spec; filters run before Fuseki, so one at "/sparql" sees its requests first. */
        public Builder addFilter(String pathSpec, Filter filter) {
            filters.put(requireNonNull(pathSpec, "pathSpec"), requireNonNull(filter, "filter"));
            return this;
        }

        /** Builds the server, not yet started. */
        public KgServer build() {
            requireNonNull(dataset, "dataset");
            if (!adminPaths.isEmpty() && passwordFile == null)
                throw new IllegalStateException("Admin servlets " + adminPaths + " need a password file");
            return new KgServer(this);
        }
    }
}
