package eu.digitalpartnership.kg.publish.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed and hostile requests against a running server: bad IRIs, path traversal, odd or
 * contradictory Accept headers, huge headers and URLs, invalid UTF-8, malformed SPARQL, unsupported methods and
 * wrong bodies. Every answer must be a 2xx/3xx/4xx, never a 5xx, and never show a stack trace. (The one exception
 * is Jetty's 505 to a request line claiming HTTP/9.9, the status RFC 9110 prescribes for it.)
 */
class HostileRequestsIT {
    private static final int REQUESTS = 5_000;
    private static final List<String> PATHS = List.of("/", "/sparql", "/id/person/kono-taro", "/doc/id/person/kono-taro",
            "/doc/id/council/european-union-japan/2", "/graph/eu-japan-dpc-2024-04-30", "/topic/artificial-intelligence",
            "/ontology", "/shapes", "/.well-known/void", "/validate", "/dumps/dataset.trig", "/static/style.css", "/$/ping",
            "/id/evidence/0000000000000000", "/nope");
    private static final List<String> ACCEPTS = List.of("", "*/*", "text/html", "text/turtle;q=0.9, text/html;q=0.1",
            "application/ld+json;q=abc", "text/turtle;q=0, application/rdf+xml;q=0", "image/png", "text/*;q=0.5, */*;q=0.1",
            ";;;,,,", "application/sparql-results+json", "text/csv", "x".repeat(3000), "text/html;level=1;q=1.5",
            "application/n-triples, application/n-triples;q=0", "*/*;q=0");
    private static final List<String> BAD_SEGMENTS = List.of("..", "%2e%2e", "%2F", "%00", "%C3%28", "%FF%FE", "%", "%zz",
            "a%20b", "~user", "x".repeat(2000), "%E2%80%AE", "%F0%9F%87%AA", ".", ";jsessionid=1", "%3Cscript%3E");
    private static final List<String> QUERIES = List.of("SELECT", "SELECT * WHERE {", "SELECT * WHERE { ?s ?p ?o } LIMIT -1",
            "CONSTRUCT WHERE { ?s ?p ?o", "ASK { FILTER(1/0) }", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
            "INSERT DATA { <a:a> <a:b> <a:c> }", "DROP ALL", "LOAD <file:///etc/passwd>", "SELECT (<java:x.y>(1) AS ?x) {}",
            "PREFIX : <" + "x".repeat(5000) + "> SELECT * {}", "DESCRIBE <https://w3id.org/dpkg/id/person/kono-taro>", "\u0000\u0001");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND");

    @Test
    void five_thousand_hostile_requests_get_no_5xx_and_no_stack_trace() throws Exception {
        DatasetGraph store = Stores.inMemory();
        Loader.create(IriMinter.standard(), Validator.standard()).load(SeedFolder.read(Path.of("seeds")), store);
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store).queryTimeout(Duration.ofSeconds(2));
        LinkedDataSite.install(builder, store, IriMinter.DEFAULT_BASE, Instant.now());
        KgServer server = builder.build().start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(7);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        try {
            for (int i = 0; i < REQUESTS; i++) {
                String method = pick(random, METHODS);
                String path = path(random);
                String accept = pick(random, ACCEPTS);
                HttpRequest.Builder b;
                try {
                    b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).timeout(Duration.ofSeconds(20));
                } catch (IllegalArgumentException notAUri) {
                    continue;
                }
                if (!accept.isEmpty()) b.header("Accept", accept);
                if (random.nextInt(20) == 0) b.header("X-Big", "y".repeat(64 * 1024));
                String body = random.nextBoolean() ? "query=" + java.net.URLEncoder.encode(pick(random, QUERIES), StandardCharsets.UTF_8)
                        : pick(random, QUERIES);
                String type = pick(random, List.of("application/x-www-form-urlencoded", "application/sparql-query", "text/turtle",
                        "application/ld+json", "application/octet-stream", "multipart/form-data; boundary=x"));
                b.header("Content-Type", type);
                b.method(method, method.equals("GET") || method.equals("HEAD") || method.equals("TRACE") ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(body));
                HttpResponse<String> r;
                try {
                    r = http.send(b.build(), BodyHandlers.ofString());
                } catch (IOException closedByServer) {
                    continue;
                }
                sent++;
                check(failures, method + " " + path, r.statusCode(), r.body());
            }
            for (int i = 0; i < 200; i++) {
                sent++;
                raw(server.port(), rawRequest(random), failures);
            }
        } finally {
            server.stop();
        }
        System.out.println("hostile requests sent: " + sent + ", failures: " + failures.size());
        assertTrue(sent >= REQUESTS * 9 / 10, "most requests were sent: " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g. " + failures.subList(0, Math.min(10, failures.size())));
    }

    private static void check(List<String> failures, String what, int status, String body) {
        if (status >= 500) failures.add(status + " for " + what);
        else if (body != null && (body.contains("\tat ") || body.contains("Exception:") || body.contains("at org.apache.jena")))
            failures.add("stack trace for " + what);
    }

    private static String path(Random r) {
        String base = pick(r, PATHS);
        return switch (r.nextInt(5)) {
            case 0 -> base;
            case 1 -> base + (base.endsWith("/") ? "" : "/") + pick(r, BAD_SEGMENTS);
            case 2 -> base + "?" + pick(r, List.of("format=", "format=xyz", "format=ttl&format=html", "page=-1", "page=99999999999",
                    "query=" + java.net.URLEncoder.encode(pick(r, QUERIES), StandardCharsets.UTF_8), "graph=%3Cbad", "default&graph=x",
                    "timeout=-5", "timeout=99999"));
            case 3 -> "/" + pick(r, BAD_SEGMENTS) + base;
            default -> "/id/" + pick(r, List.of("person", "council", "evidence", "document", "x")) + "/" + pick(r, BAD_SEGMENTS);
        };
    }

    private static byte[] rawRequest(Random r) {
        List<byte[]> options = List.of(
                "GET /id/\u00ff\u00fe HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {'G', 'E', 'T', ' ', '/', (byte) 0xC3, (byte) 0x28, ' ', 'H', 'T', 'T', 'P', '/', '1', '.', '1', '\r', '\n',
                        'H', 'o', 's', 't', ':', ' ', 'x', '\r', '\n', '\r', '\n'},
                "GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "GET / HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                ("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                "POST /validate HTTP/1.1\r\nHost: x\r\nContent-Type: text/turtle\r\nContent-Length: 99999999\r\n\r\n<a> <b> <c> .".getBytes(StandardCharsets.US_ASCII),
                "GET /sparql?query=%E0%A4%A HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "GET /doc/id/person/kono-taro HTTP/1.1\r\nHost: x\r\nAccept: \u00e9\u00e8\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return options.get(r.nextInt(options.size()));
    }

    private static void raw(int port, byte[] request, List<String> failures) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            String response = buf.toString(StandardCharsets.ISO_8859_1);
            if (response.isEmpty()) return;
            String[] status = response.split(" ", 3);
            int code = status.length > 1 && status[1].matches("\\d{3}") ? Integer.parseInt(status[1]) : 0;
            String line = new String(request, 0, Math.min(40, request.length), StandardCharsets.ISO_8859_1);
            if (code == 505 && line.contains("HTTP/9.9")) return;
            check(failures, "raw " + line, code, response);
        } catch (IOException closed) {
            // the server may close the connection on garbage: not a 5xx
        }
    }

    private static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }
}
