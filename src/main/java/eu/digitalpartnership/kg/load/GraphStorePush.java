package eu.digitalpartnership.kg.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Pushes the named graphs of a store to any SPARQL 1.1 Graph Store Protocol endpoint (a clustered triple store, say):
 * one {@code PUT ?graph=IRI} per graph, each retried with back-off, and a report of what was and was not pushed.
 * <pre>
 *   GraphStorePush.Report r = GraphStorePush.to(URI.create("http://cluster:3030/ds/data")).push(store);
 *   r.complete();
 * </pre>
 */
public final class GraphStorePush {
    /** The outcome for one graph: pushed or not, after how many attempts, and why not. */
    public record Result(String graph, long triples, boolean pushed, int attempts, String problem) {}

    /** The outcome for every graph. */
    public record Report(List<Result> results) {
        /** True when every graph was pushed. */
        public boolean complete() { return results.stream().allMatch(Result::pushed); }

        /** How many graphs were pushed. */
        public long pushed() { return results.stream().filter(Result::pushed).count(); }
    }

    private final URI endpoint;
    private final HttpClient http;
    private final int attempts;
    private final Duration backoff;

    private GraphStorePush(URI endpoint, int attempts, Duration backoff) {
        this.endpoint = endpoint;
        this.attempts = attempts;
        this.backoff = backoff;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A pusher to a Graph Store Protocol endpoint URL, 3 attempts per graph, back-off from 200 ms. */
    public static GraphStorePush to(URI endpoint) {
        return new GraphStorePush(check(endpoint), 3, Duration.ofMillis(200));
    }

    /** The same, with another number of attempts and first back-off. */
    public GraphStorePush retrying(int attempts, Duration backoff) {
        if (attempts < 1) throw new IllegalArgumentException("Bad number of attempts " + attempts + ": at least 1");
        return new GraphStorePush(endpoint, attempts, Objects.requireNonNull(backoff, "backoff"));
    }

    /**
     * Pushes the published graph as the target's default graph, then every named graph of the store; never throws
     * for a remote failure, which the report records.
     */
    public Report push(DatasetGraph store) {
        List<Node> names = Txn.calculateRead(store, () -> {
            List<Node> out = new ArrayList<>();
            store.listGraphNodes().forEachRemaining(out::add);
            return out;
        });
        List<Result> results = new ArrayList<>();
        byte[] published = Txn.calculateRead(store, () -> ntriples(store.getDefaultGraph()));
        long publishedTriples = Txn.calculateRead(store, () -> (long) store.getDefaultGraph().size());
        if (publishedTriples > 0) results.add(pushOne(DEFAULT, published, publishedTriples));
        for (Node name : names) {
            byte[] body = Txn.calculateRead(store, () -> ntriples(store.getGraph(name)));
            long triples = Txn.calculateRead(store, () -> (long) store.getGraph(name).size());
            results.add(pushOne(name.getURI(), body, triples));
        }
        return new Report(results);
    }

    /** How the report names the default graph. */
    public static final String DEFAULT = "default";

    private Result pushOne(String graph, byte[] body, long triples) {
        String selector = DEFAULT.equals(graph) ? "default" : "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
        URI target = URI.create(endpoint + (endpoint.getQuery() == null ? "?" : "&") + selector);
        String problem = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) return new Result(graph, triples, true, attempt, null);
                problem = "HTTP " + r.statusCode() + " " + firstLine(r.body());
                if (r.statusCode() / 100 == 4 && r.statusCode() != 408 && r.statusCode() != 429) break;
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(graph, triples, false, attempt, "interrupted");
            }
            if (attempt < attempts) sleep(backoff.multipliedBy(1L << (attempt - 1)));
        }
        return new Result(graph, triples, false, attempts, problem);
    }

    private static byte[] ntriples(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return out.toByteArray();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static URI check(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint.getScheme() == null || !endpoint.getScheme().matches("https?") || endpoint.getHost() == null)
            throw new IllegalArgumentException("Bad Graph Store endpoint (want an http(s) URL): " + endpoint);
        return endpoint;
    }
}
