import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator: N concurrent clients send a mix of the competency queries and page requests (HTML and Turtle
 * resource pages, home, dataset description) to a running server for a fixed time, then print throughput,
 * p50/p99 latency, errors and 5xx. Usage: java bench/LoadClient.java BASE_URL CLIENTS SECONDS QUERY_DIR PATHS_FILE
 */
public class LoadClient {
    record Request(String label, HttpRequest request) {}

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<Request> mix = new ArrayList<>();
        try (var files = Files.list(Path.of(args[3]))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String query = Files.readString(q);
                mix.add(new Request("sparql " + q.getFileName(), HttpRequest.newBuilder(URI.create(base + "sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build()));
            }
        }
        for (String path : Files.readAllLines(Path.of(args[4]))) {
            if (path.isBlank()) continue;
            mix.add(new Request("html " + path, HttpRequest.newBuilder(URI.create(base + path.substring(1))).header("Accept", "text/html").GET().build()));
            if (path.startsWith("/doc/"))
                mix.add(new Request("turtle " + path, HttpRequest.newBuilder(URI.create(base + path.substring(1))).header("Accept", "text/turtle").GET().build()));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(clients)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong(), serverErrors = new AtomicLong(), ok = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            long seed = c;
            pool.submit(() -> {
                Random r = new Random(seed);
                while (System.nanoTime() < end) {
                    Request q = mix.get(r.nextInt(mix.size()));
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(q.request(), HttpResponse.BodyHandlers.ofByteArray());
                        latencies.add(System.nanoTime() - t);
                        if (resp.statusCode() >= 500) serverErrors.incrementAndGet();
                        else if (resp.statusCode() >= 400) errors.incrementAndGet();
                        else ok.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6;
        System.out.printf("requests=%d ok=%d errors=%d 5xx=%d throughput=%.1f/s p50=%.1fms p99=%.1fms clients=%d seconds=%d mix=%d%n",
                sorted.size() + 0L, ok.get(), errors.get(), serverErrors.get(), sorted.size() / (double) seconds, p50, p99, clients, seconds, mix.size());
        System.exit(0);
    }
}
