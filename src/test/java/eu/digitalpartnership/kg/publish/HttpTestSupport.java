package eu.digitalpartnership.kg.publish;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * HTTP helpers for server tests. One client per test instance: a port of a stopped server may be reused by the
 * next one, and a pooled connection to the old server must not be.
 */
abstract class HttpTestSupport {
    private final HttpClient client = HttpClient.newHttpClient();

    /**
     * Sends a request and reads the body as text. When a refused request's body was not read, the server may close
     * the connection just after answering; a request that then finds the pooled connection closed before any byte
     * of its answer is sent once more on a new connection (a server that really fails fails again).
     */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("header parser received no bytes")) throw e;
            return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
        }
    }

    /** GET with an Accept header. */
    HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    /** POST a body of the given type with an Accept header. */
    HttpResponse<String> post(String url, String contentType, String body, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType).header("Accept", accept)
                .POST(BodyPublishers.ofString(body)).build());
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }
}
