import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * HTTP benchmark client for the SPARQL endpoint and the linked-data pages, JDK only (bench/compare-http.sh and
 * bench/load.sh use it). Closed loop: C client threads each send one request at a time, over kept-alive HTTP/1.1.
 * The requests that start during the warm-up are not counted; those that start during the measured D seconds are
 * all counted, each waited for to its end (so a query slower than D still counts, with its full latency), and the
 * throughput is their number over the time from the end of the warm-up to the end of the last one.
 * <pre>
 * java bench/HttpBench.java load [OPTIONS] SOURCE...
 *   SOURCE  --sparql URL DIR     every DIR/*.rq, POSTed form-encoded with Accept: application/sparql-results+json
 *           --get FILE ACCEPT    every line of FILE: a URL, or a path resolved against --base; optional "ITEM&lt;TAB&gt;URL"
 *   --clients C (8)   --warmup W (10 s, not counted)   --duration D (30 s, measured)
 *   --order roundrobin|random    round-robin from a per-client offset (default), or uniformly at random (seeded per client)
 *   --limit-cap N     append "LIMIT N" to every query that has no LIMIT (so a server with a row cap of N and one
 *                     without do the same work)
 *   --min-rounds R    the measured phase also lasts until every client has started R rounds of the whole mix
 *                     (so that a mix with a query slower than D is measured whole); --max-duration S bounds it
 *                     (default max(600, 10 D))
 *   --key K           prefix of the figures (default "run"); --item-key P prints the median latency of each item
 *                     (query file name without .rq, or ITEM) as "RESULT P.ms", "{}" in P standing for the item
 *   --base URL        --timeout S (request timeout, 120)   --details FILE (per-item table)
 * java bench/HttpBench.java time URL DIR [--limit-cap N] [--repeat R (5)] [--item-key P ("solo.{}")]
 *   one client, one request at a time: every DIR/*.rq once to warm up, then R rounds; prints the median of each
 *   query as "RESULT P.ms" (the time of each query alone, without the others competing for the server)
 * java bench/HttpBench.java rows URL DIR [--limit-cap N]
 *   runs each DIR/*.rq once (Accept: text/tab-separated-values) and prints
 *   "ROWS query rows sorted-digest ordered-digest x-result-cap status" (digests of the result lines, for comparing servers)
 * </pre>
 * Output of load: "RESULT key value unit" lines (K.rps, K.p50.ms, K.p99.ms, K.requests, K.errors, K.resp.kb,
 * K.elapsed.s, K.warmup.errors, K.client.rss.mb), a summary line, and "ERROR K status=S item=I count=N sample=..." for every kind of non-2xx
 * response or failure (errors are counted in K.errors, their latencies kept out of the percentiles).
 */
public class HttpBench {
    record Req(String item, HttpRequest request) {}

    /** A finished request inside the measured window. */
    record Sample(int item, long start, long nanos, int status, long bytes, String errorSample) {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) usage("no command");
        switch (args[0]) {
            case "load" -> load(Arrays.copyOfRange(args, 1, args.length));
            case "rows" -> rows(Arrays.copyOfRange(args, 1, args.length));
            case "time" -> time(Arrays.copyOfRange(args, 1, args.length));
            default -> usage("unknown command " + args[0]);
        }
        System.exit(0);
    }

    static void usage(String why) {
        System.err.println("error: " + why + "\nusage: java bench/HttpBench.java load [--clients C] [--warmup W] [--duration D] [--order roundrobin|random]"
                + " [--limit-cap N] [--min-rounds R] [--max-duration S] [--key K] [--item-key P] [--base URL] [--timeout S] [--details FILE] (--sparql URL DIR | --get FILE ACCEPT)..."
                + "\n       java bench/HttpBench.java rows URL DIR [--limit-cap N]"
                + "\n       java bench/HttpBench.java time URL DIR [--limit-cap N] [--repeat R] [--item-key P]");
        System.exit(2);
    }

    static final Pattern HAS_LIMIT = Pattern.compile("(?is)\\bLIMIT\\s+\\d+\\s*(OFFSET\\s+\\d+\\s*)?$");

    /** The query text, with LIMIT cap appended when the query has no LIMIT of its own and cap > 0. */
    static String capped(String query, long cap) {
        String q = query.strip();
        if (cap <= 0 || HAS_LIMIT.matcher(q).find()) return q;
        return q + "\nLIMIT " + cap;
    }

    static List<Path> queryFiles(String dir) throws IOException {
        try (var files = Files.list(Path.of(dir))) {
            List<Path> qs = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            if (qs.isEmpty()) usage("no *.rq in " + dir);
            return qs;
        }
    }

    static String itemName(Path query) {
        return query.getFileName().toString().replaceFirst("\\.rq$", "");
    }

    static HttpRequest sparqlPost(String endpoint, String query, String accept, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    // ---------------------------------------------------------------------------------------------------- load

    static void load(String[] args) throws Exception {
        int clients = 8;
        double warmup = 10, duration = 30;
        String order = "roundrobin", key = "run", itemKey = null, base = null, details = null;
        long limitCap = 0;
        int minRounds = 0;
        double maxDuration = -1;
        Duration timeout = Duration.ofSeconds(120);
        List<String[]> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) usage("missing value after " + a);
            switch (a) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--duration" -> duration = Double.parseDouble(args[++i]);
                case "--order" -> order = args[++i];
                case "--limit-cap" -> limitCap = Long.parseLong(args[++i]);
                case "--min-rounds" -> minRounds = Integer.parseInt(args[++i]);
                case "--max-duration" -> maxDuration = Double.parseDouble(args[++i]);
                case "--key" -> key = args[++i];
                case "--item-key" -> itemKey = args[++i];
                case "--base" -> base = args[++i];
                case "--timeout" -> timeout = Duration.ofMillis((long) (Double.parseDouble(args[++i]) * 1000));
                case "--details" -> details = args[++i];
                case "--sparql", "--get" -> {
                    if (i + 2 >= args.length) usage(a + " needs two values");
                    sources.add(new String[] {a, args[++i], args[++i]});
                }
                default -> usage("unknown option " + a);
            }
        }
        if (sources.isEmpty()) usage("give at least one --sparql or --get source");
        if (clients < 1 || duration <= 0 || warmup < 0) usage("bad --clients, --duration or --warmup");
        if (!order.equals("roundrobin") && !order.equals("random")) usage("bad --order " + order);

        List<Req> mix = new ArrayList<>();
        List<String> items = new ArrayList<>();
        Map<String, Integer> itemIndex = new LinkedHashMap<>();
        List<Integer> mixItem = new ArrayList<>();
        for (String[] s : sources) {
            if (s[0].equals("--sparql")) {
                for (Path q : queryFiles(s[2])) {
                    String name = itemName(q);
                    mix.add(new Req(name, sparqlPost(s[1], capped(Files.readString(q), limitCap), "application/sparql-results+json", timeout)));
                }
            } else {
                for (String line : Files.readAllLines(Path.of(s[1]))) {
                    if (line.isBlank()) continue;
                    String[] parts = line.split("\t", 2);
                    String url = parts.length == 2 ? parts[1].strip() : parts[0].strip();
                    String name = parts.length == 2 ? parts[0] : url;
                    if (!url.matches("(?i)https?://.*")) {
                        if (base == null) usage("relative URL " + url + " needs --base");
                        url = base.replaceFirst("/$", "") + (url.startsWith("/") ? url : "/" + url);
                    }
                    mix.add(new Req(name, HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", s[2]).GET().build()));
                }
            }
        }
        for (Req r : mix) mixItem.add(itemIndex.computeIfAbsent(r.item(), k -> { items.add(k); return items.size() - 1; }));
        if (mix.isEmpty()) usage("the sources hold no request");

        HttpClient http = client();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9), measureTo = measureFrom + (long) (duration * 1e9);
        if (maxDuration < duration) maxDuration = Math.max(600, 10 * duration);
        long hardEnd = measureFrom + (long) (maxDuration * 1e9);
        long quota = (long) minRounds * mix.size();
        AtomicInteger belowQuota = new AtomicInteger(quota > 0 ? clients : 0);
        List<List<Sample>> perClient = new ArrayList<>();
        long[] warmupCount = new long[clients], warmupErrors = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        String finalOrder = order;
        int finalClients = clients;
        for (int c = 0; c < clients; c++) {
            List<Sample> samples = new ArrayList<>();
            perClient.add(samples);
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    Random random = new Random(client);
                    int next = (int) ((long) client * mix.size() / finalClients);
                    byte[] buf = new byte[64 * 1024];
                    long measured = 0;
                    for (long now; (now = System.nanoTime()) < measureTo || belowQuota.get() > 0 && now < hardEnd; ) {
                        int i;
                        if (finalOrder.equals("random")) i = random.nextInt(mix.size());
                        else { i = next; next = (next + 1) % mix.size(); }
                        long t0 = System.nanoTime();
                        if (t0 >= measureFrom && ++measured == quota) belowQuota.decrementAndGet();
                        int status;
                        long bytes = 0;
                        String sample = null;
                        try {
                            HttpResponse<InputStream> resp = http.send(mix.get(i).request(), HttpResponse.BodyHandlers.ofInputStream());
                            status = resp.statusCode();
                            boolean ok = status / 100 == 2;
                            StringBuilder head = ok ? null : new StringBuilder();
                            try (InputStream in = resp.body()) {
                                for (int n; (n = in.read(buf)) >= 0; ) {
                                    bytes += n;
                                    if (head != null && head.length() < 300) head.append(new String(buf, 0, Math.min(n, 300), StandardCharsets.UTF_8));
                                }
                            }
                            if (!ok) sample = oneLine(head.toString());
                        } catch (Exception e) {
                            status = -1;
                            sample = e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()));
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            samples.add(new Sample(mixItem.get(i), t0, t1 - t0, status, bytes, sample));
                        } else {
                            warmupCount[client]++;
                            if (status / 100 != 2) warmupErrors[client]++;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await((long) (warmup + maxDuration) + timeout.toSeconds() + 60, TimeUnit.SECONDS);
        if (belowQuota.get() > 0)
            System.out.println("WARNING " + key + ": " + belowQuota.get() + " clients did not finish " + minRounds + " rounds of the mix within " + maxDuration + " s");

        List<Sample> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        long okCount = all.stream().filter(s -> s.status() / 100 == 2).count();
        long[] okLatencies = all.stream().filter(s -> s.status() / 100 == 2).mapToLong(Sample::nanos).sorted().toArray();
        long okBytes = all.stream().filter(s -> s.status() / 100 == 2).mapToLong(Sample::bytes).sum();
        long errors = all.size() - okCount;
        long lastEnd = all.stream().mapToLong(s -> s.start() + s.nanos()).max().orElse(measureTo);
        double elapsed = (Math.max(lastEnd, measureTo) - measureFrom) / 1e9;
        double rps = okCount / elapsed;
        result(key + ".rps", rps, "req/s");
        result(key + ".p50.ms", percentile(okLatencies, 0.50) / 1e6, "ms");
        result(key + ".p99.ms", percentile(okLatencies, 0.99) / 1e6, "ms");
        result(key + ".requests", all.size(), "count");
        result(key + ".errors", errors, "count");
        result(key + ".resp.kb", okCount == 0 ? 0 : okBytes / 1024.0 / okCount, "KiB");
        result(key + ".elapsed.s", elapsed, "s");
        result(key + ".warmup.errors", Arrays.stream(warmupErrors).sum(), "count");
        result(key + ".client.rss.mb", rssMb(), "MiB");

        // Errors by kind: status and item, with the first body or exception seen.
        Map<String, long[]> errorCounts = new TreeMap<>();
        Map<String, String> errorSamples = new TreeMap<>();
        for (Sample s : all)
            if (s.status() / 100 != 2) {
                String k = "status=" + (s.status() < 0 ? "failed" : s.status()) + " item=" + items.get(s.item());
                errorCounts.computeIfAbsent(k, x -> new long[1])[0]++;
                errorSamples.putIfAbsent(k, s.errorSample());
            }
        for (var e : errorCounts.entrySet())
            System.out.println("ERROR " + key + " " + e.getKey() + " count=" + e.getValue()[0] + " sample=" + errorSamples.get(e.getKey()));

        // Per item: count, median and p99 of the successful requests, errors, mean size.
        List<String> table = new ArrayList<>();
        table.add(String.format("%-70s %7s %10s %10s %7s %10s", "item", "ok", "p50_ms", "p99_ms", "errors", "mean_KiB"));
        List<double[]> byItem = new ArrayList<>();
        for (int it = 0; it < items.size(); it++) {
            int item = it;
            long[] lat = all.stream().filter(s -> s.item() == item && s.status() / 100 == 2).mapToLong(Sample::nanos).sorted().toArray();
            long err = all.stream().filter(s -> s.item() == item && s.status() / 100 != 2).count();
            double kb = all.stream().filter(s -> s.item() == item && s.status() / 100 == 2).mapToLong(Sample::bytes).average().orElse(0) / 1024;
            byItem.add(new double[] {item, lat.length, percentile(lat, 0.5) / 1e6, percentile(lat, 0.99) / 1e6, err, kb});
        }
        for (double[] r : byItem)
            table.add(String.format(Locale.ROOT, "%-70s %7d %10.1f %10.1f %7d %10.1f", items.get((int) r[0]), (long) r[1], r[2], r[3], (long) r[4], r[5]));
        if (itemKey != null)
            for (double[] r : byItem)
                if (r[1] > 0) result(itemKey.replace("{}", items.get((int) r[0])) + ".ms", r[2], "ms");
        if (details != null) Files.write(Path.of(details), table);
        else if (items.size() <= 30) table.forEach(l -> System.out.println("ITEM " + l));
        System.out.printf(Locale.ROOT, "SUMMARY %s requests=%d ok=%d errors=%d throughput=%.1f/s p50=%.1fms p99=%.1fms clients=%d warmup=%.0fs (%d requests, %d errors) duration=%.0fs (+%.1fs to the end of the last) mix=%d order=%s%n",
                key, all.size(), okCount, errors, rps, percentile(okLatencies, 0.5) / 1e6, percentile(okLatencies, 0.99) / 1e6,
                clients, warmup, Arrays.stream(warmupCount).sum(), Arrays.stream(warmupErrors).sum(), duration, elapsed - duration, mix.size(), order);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static void result(String key, double value, String unit) {
        String v = Double.isNaN(value) ? "NaN" : value == Math.rint(value) && Math.abs(value) < 1e15 && unit.equals("count")
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
        System.out.println("RESULT " + key + " " + v + " " + unit);
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    /** Peak resident set size of this JVM (VmHWM), in MiB; NaN where /proc is missing. */
    static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return Double.NaN;
    }

    // ---------------------------------------------------------------------------------------------------- time

    static void time(String[] args) throws Exception {
        if (args.length < 2) usage("time needs URL DIR");
        long cap = 0;
        int repeat = 5;
        String itemKey = "solo.{}";
        for (int i = 2; i < args.length; i++) {
            if (i + 1 >= args.length) usage("missing value after " + args[i]);
            switch (args[i]) {
                case "--limit-cap" -> cap = Long.parseLong(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--item-key" -> itemKey = args[++i];
                default -> usage("unknown option " + args[i]);
            }
        }
        HttpClient http = client();
        List<Path> queries = queryFiles(args[1]);
        long[][] nanos = new long[queries.size()][repeat];
        String[] failures = new String[queries.size()];
        byte[] buf = new byte[64 * 1024];
        for (int round = -1; round < repeat; round++)
            for (int q = 0; q < queries.size(); q++) {
                HttpRequest req = sparqlPost(args[0], capped(Files.readString(queries.get(q)), cap), "application/sparql-results+json", Duration.ofSeconds(600));
                long t0 = System.nanoTime();
                String failure = null;
                try {
                    HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                    try (InputStream in = resp.body()) {
                        while (in.read(buf) >= 0) { /* read it all */ }
                    }
                    if (resp.statusCode() / 100 != 2) failure = "status=" + resp.statusCode();
                } catch (IOException e) {
                    failure = "failed " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()));
                }
                long t = System.nanoTime() - t0;
                if (failure != null && failures[q] == null) failures[q] = failure;
                if (round >= 0) nanos[q][round] = t;
            }
        for (int q = 0; q < queries.size(); q++) {
            long[] sorted = nanos[q].clone();
            Arrays.sort(sorted);
            result(itemKey.replace("{}", itemName(queries.get(q))) + ".ms", percentile(sorted, 0.5) / 1e6, "ms");
            if (failures[q] != null) System.out.println("ERROR " + itemKey.replace("{}", itemName(queries.get(q))) + " " + failures[q]);
        }
    }

    // ---------------------------------------------------------------------------------------------------- rows

    static void rows(String[] args) throws Exception {
        if (args.length != 2 && args.length != 4) usage("rows needs URL DIR [--limit-cap N]");
        long cap = args.length == 4 && args[2].equals("--limit-cap") ? Long.parseLong(args[3]) : 0;
        HttpClient http = client();
        for (Path q : queryFiles(args[1])) {
            HttpRequest req = sparqlPost(args[0], capped(Files.readString(q), cap), "text/tab-separated-values", Duration.ofSeconds(600));
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String capHeader = resp.headers().firstValue("X-Result-Cap").orElse("-");
            if (resp.statusCode() / 100 != 2) {
                System.out.println("ROWS " + itemName(q) + " -1 - - " + capHeader + " " + resp.statusCode() + " " + oneLine(resp.body()));
                continue;
            }
            List<String> lines = new ArrayList<>(resp.body().lines().toList());
            if (!lines.isEmpty()) lines.remove(0); // the header
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            String ordered = digest(lines);
            List<String> sorted = new ArrayList<>(lines);
            sorted.sort(null);
            System.out.println("ROWS " + itemName(q) + " " + lines.size() + " " + digest(sorted) + " " + ordered + " " + capHeader + " " + resp.statusCode());
        }
    }

    static String digest(List<String> lines) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String l : lines) {
            md.update(l.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }
}
