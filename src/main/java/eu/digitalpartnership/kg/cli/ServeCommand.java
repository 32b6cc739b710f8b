package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.publish.KgServer;
import eu.digitalpartnership.kg.publish.web.LinkedDataSite;
import eu.digitalpartnership.kg.publish.web.admin.ReloadServlet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads and validates the seeds, then serves them read-only over SPARQL until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load, validate and serve the seeds: read-only SPARQL 1.1 at /sparql (the published, consolidated graph as default graph; each document's claims in its named graph).")
final class ServeCommand implements Callable<Integer> {
    @Mixin SeedOptions seeds;
    @Mixin VerboseOption verbosity;
    @Spec CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE} (loopback only).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout in seconds. Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Option(names = "--max-rows", defaultValue = "10000", paramLabel = "N",
            description = "Most rows a query returns; a larger result is cut, with an X-Result-Cap header saying so. Default: ${DEFAULT-VALUE}.")
    long maxRows;

    @Option(names = "--page-cache", defaultValue = "64", paramLabel = "MiB",
            description = "Memory for rendered description documents, kept until the next reload (0: render every request). Default: ${DEFAULT-VALUE}.")
    long pageCacheMiB;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Enable POST /admin/reload for the users of this file ('user: password' per line; HTTP Basic, so use TLS or loopback). Without it there is no admin operation.")
    Path passwordFile;

    @Option(names = "--log-requests", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Log one line per request on standard error (--no-log-requests: warnings only). Default: ${DEFAULT-VALUE}.")
    boolean logRequests;

    /** The slf4j-simple level of Fuseki's request log, read when that logger is first made. */
    static final String REQUEST_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki";

    private long pageCacheBytes() {
        if (pageCacheMiB < 0 || pageCacheMiB > 1L << 20)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--page-cache must be between 0 and 1048576 MiB");
        return pageCacheMiB << 20;
    }

    private void checkOptions() {
        var cl = spec.commandLine();
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(cl, "--port must be between 0 and 65535");
        if (timeoutSeconds < 1) throw new picocli.CommandLine.ParameterException(cl, "--timeout must be at least 1 second");
        if (maxRows < 1) throw new picocli.CommandLine.ParameterException(cl, "--max-rows must be at least 1");
    }

    @Override public Integer call() throws InterruptedException {
        checkOptions();
        long pageCache = pageCacheBytes();
        if (!logRequests) System.setProperty(REQUEST_LOG_LEVEL, "warn");
        KgServer.Builder builder = KgServer.builder().port(port).host(host)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).resultCap(maxRows);
        if (passwordFile != null) {
            try {
                builder.passwordFile(passwordFile);
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }
        var store = seeds.load(spec.commandLine().getErr());
        LinkedDataSite site = LinkedDataSite.install(builder.dataset(store), store, seeds.base, Instant.now(), pageCache);
        if (passwordFile != null)
            builder.addAdminServlet(ReloadServlet.PATH, new ReloadServlet(() -> {
                String summary = seeds.reload(store);
                site.reloaded(Instant.now());
                return summary;
            }));
        KgServer server = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        spec.commandLine().getOut().println("SPARQL endpoint ready at " + server.sparqlUrl());
        if (passwordFile != null) spec.commandLine().getOut().println("Reload: POST " + server.url() + ReloadServlet.PATH.substring(1) + " (HTTP Basic)");
        spec.commandLine().getOut().flush();
        Thread.currentThread().join();
        return Main.OK;
    }
}
