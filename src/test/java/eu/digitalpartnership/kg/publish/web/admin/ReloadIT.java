package eu.digitalpartnership.kg.publish.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.web.LinkedDataSite;
import eu.digitalpartnership.kg.validate.Validator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin reload: only with a password file, only for its users; readers keep being served and see all or nothing. */
class ReloadIT {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    @TempDir Path tmp;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reload_needs_basic_auth_and_readers_see_old_or_new_data_never_between() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.copy(Path.of("seeds/eu-japan-dpc-2024-04-30.txt"), seeds.resolve("seed.txt"));
        Path passwords = Files.writeString(tmp.resolve("passwd"), "admin: s3cret\n");
        DatasetGraph store = Stores.inMemory();
        Loader loader = Loader.create(IriMinter.standard(), Validator.standard());
        loader.sync(SeedFolder.read(seeds), store);
        long before = size(store);

        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite site = LinkedDataSite.install(builder, store, IriMinter.DEFAULT_BASE, Instant.now());
        builder.passwordFile(passwords).addAdminServlet(ReloadServlet.PATH, new ReloadServlet(() -> {
            var r = loader.sync(SeedFolder.read(seeds), store);
            site.reloaded(Instant.now());
            return "Reloaded " + r.documents().size() + " documents";
        }));
        KgServer server = builder.build().start();
        try {
            assertEquals(200, count(server).statusCode(), "every other path stays anonymous");
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(server.url())).GET().build(), BodyHandlers.ofString()).statusCode());
            assertEquals(401, reload(server, null).statusCode());
            HttpResponse<String> wrong = reload(server, "admin:guess");
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            HttpRequest crossSite = HttpRequest.newBuilder(URI.create(server.url() + "admin/reload")).POST(HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8)))
                    .header("Origin", "https://elsewhere.example").build();
            assertEquals(403, http.send(crossSite, BodyHandlers.ofString()).statusCode(), "a page of another site cannot reload");

            try (var cases = Files.list(CORPUS)) {
                for (Path c : cases.sorted().limit(10).toList()) Files.copy(c.resolve("input.txt"), seeds.resolve(c.getFileName() + ".txt"));
            }
            AtomicBoolean reloading = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            Thread reader = new Thread(() -> {
                while (reloading.get()) {
                    try {
                        HttpResponse<String> r = count(server);
                        seen.add(r.statusCode() == 200 ? r.body().lines().skip(1).findFirst().orElse("?").strip() : "status " + r.statusCode());
                    } catch (Exception e) {
                        seen.add("failed " + e);
                    }
                }
            });
            reader.start();
            HttpResponse<String> ok = reload(server, "admin:s3cret");
            reloading.set(false);
            reader.join();
            assertEquals(200, ok.statusCode(), ok.body());
            long after = size(store);
            assertTrue(after > before);
            assertTrue(!seen.isEmpty(), "the reader was served during the reload");
            assertTrue(Set.of(String.valueOf(before), String.valueOf(after)).containsAll(Set.copyOf(seen)),
                    "every answer is the old or the new count: " + Set.copyOf(seen));
            assertEquals(String.valueOf(after), count(server).body().lines().skip(1).findFirst().orElse("").strip());
            long published = Txn.calculateRead(store, () -> store.getDefaultGraph().find().toList().size());
            String voId = http.send(HttpRequest.newBuilder(URI.create(server.url() + ".well-known/void")).header("Accept", "application/n-triples").GET().build(),
                    BodyHandlers.ofString()).body();
            assertTrue(voId.lines().anyMatch(l -> l.startsWith("<" + IriMinter.DEFAULT_BASE + "dataset> <http://rdfs.org/ns/void#triples> \"" + published + "\"")),
                    "the dataset description follows the reload: " + published);
        } finally {
            server.stop();
        }
    }

    @Test
    void without_a_password_file_there_is_no_reload() throws Exception {
        DatasetGraph store = Stores.inMemory();
        KgServer.Builder builder = KgServer.builder().port(0).dataset(store);
        LinkedDataSite.install(builder, store, IriMinter.DEFAULT_BASE, Instant.now());
        KgServer server = builder.build().start();
        try {
            int status = reload(server, "admin:s3cret").statusCode();
            assertTrue(List.of(404, 405).contains(status), "status " + status);
        } finally {
            server.stop();
        }
    }

    private HttpResponse<String> reload(KgServer server, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "admin/reload")).POST(HttpRequest.BodyPublishers.noBody());
        if (credentials != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        return http.send(b.build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> count(KgServer server) throws Exception {
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }", StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + q)).header("Accept", "text/csv").GET().build(),
                BodyHandlers.ofString());
    }

    private static long size(DatasetGraph store) {
        return Txn.calculateRead(store, () -> {
            long[] n = {0};
            store.find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }
}
