package eu.digitalpartnership.kg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.cli.Main;
import eu.digitalpartnership.kg.evaluate.GoldCorpus;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Pushing validated graphs to another store over the Graph Store Protocol: a second Fuseki, sometimes failing. */
class GraphStorePushIT {
    private static final DatasetGraph SOURCE = source();

    private static DatasetGraph source() {
        DatasetGraph store = Stores.inMemory();
        var docs = GoldCorpus.read(Path.of("src/test/resources/corpus")).stream().limit(4).map(GoldCorpus.Case::document).toList();
        Loader.create(IriMinter.standard(), Validator.standard()).load(docs, store);
        return store;
    }

    @Test
    void pushes_every_graph_to_a_second_fuseki() {
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        withTarget(target, null, url -> {
            GraphStorePush.Report r = GraphStorePush.to(url).push(SOURCE);
            assertTrue(r.complete(), r.toString());
            assertSameGraphs(SOURCE, target);
        });
    }

    @Test
    void a_target_failing_mid_way_is_reported_graph_by_graph() {
        AtomicInteger requests = new AtomicInteger();
        Filter failAfterTwo = (req, resp, chain) -> {
            if (requests.incrementAndGet() <= 2) {
                chain.doFilter(req, resp);
                return;
            }
            // Read the refused body, so that the server keeps the connection the client will reuse for the retry.
            req.getInputStream().readAllBytes();
            ((HttpServletResponse) resp).sendError(503, "overloaded");
        };
        withTarget(DatasetGraphFactory.createTxnMem(), failAfterTwo, url -> {
            GraphStorePush.Report r = GraphStorePush.to(url).retrying(3, Duration.ofMillis(1)).push(SOURCE);
            assertFalse(r.complete());
            assertEquals(2, r.pushed());
            r.results().stream().filter(x -> !x.pushed()).forEach(x -> {
                assertEquals(3, x.attempts(), "retried: " + x);
                assertTrue(x.problem().contains("503"), x.problem());
            });
        });
    }

    @Test
    void transient_failures_are_retried() {
        AtomicInteger requests = new AtomicInteger();
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        Filter failEveryOther = (req, resp, chain) -> {
            if (requests.incrementAndGet() % 2 == 0) {
                chain.doFilter(req, resp);
                return;
            }
            req.getInputStream().readAllBytes();
            ((HttpServletResponse) resp).sendError(502, "bad gateway");
        };
        withTarget(target, failEveryOther, url -> {
            GraphStorePush.Report r = GraphStorePush.to(url).retrying(3, Duration.ofMillis(1)).push(SOURCE);
            assertTrue(r.complete(), r.toString());
            assertTrue(r.results().stream().allMatch(x -> x.attempts() == 2));
            assertSameGraphs(SOURCE, target);
        });
    }

    @Test
    void cli_load_target_exits_4_and_says_what_was_not_pushed() {
        Filter refuse = (req, resp, chain) -> ((HttpServletResponse) resp).sendError(503, "down for maintenance");
        withTarget(DatasetGraphFactory.createTxnMem(), refuse, url -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.PrintStream saved = System.out;
            int code;
            try {
                System.setOut(new java.io.PrintStream(out, true));
                code = Main.run("load", "--seeds", "seeds", "--target", url.toString(), "--attempts", "1");
            } finally {
                System.setOut(saved);
            }
            assertEquals(4, code);
        });
    }

    /** The target holds the published graph as its default graph and every named graph of the source. */
    private static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        Txn.executeRead(expected, () -> Txn.executeRead(actual, () -> {
            assertFalse(expected.getDefaultGraph().isEmpty(), "the source has a published graph");
            assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()), "the published graph");
            expected.listGraphNodes().forEachRemaining((Node g) ->
                    assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), "graph " + g));
        }));
    }

    interface TargetTest { void run(URI gsp); }

    private static void withTarget(DatasetGraph target, Filter filter, TargetTest test) {
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).fusekiModules(FusekiModules.empty()).add("/ds", target, true);
        if (filter != null) b.addFilter("/ds/*", filter);
        FusekiServer server = b.build().start();
        try {
            test.run(URI.create("http://127.0.0.1:" + server.getPort() + "/ds/data"));
        } finally {
            server.stop();
        }
    }
}
