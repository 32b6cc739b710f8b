package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.load.GraphStorePush;
import eu.digitalpartnership.kg.load.Stores;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads the seeds into a persistent store: all of them, validated and published, or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extract, validate and write the seeds into a persistent TDB2 store (--store), all or nothing: the store then holds exactly the seeds (a first load into an empty store uses TDB2's bulk loader and empties the store again if it fails).",
                "Or push the validated document graphs to a SPARQL 1.1 Graph Store Protocol endpoint (--target), one graph per request, with retries."})
final class LoadCommand implements Callable<Integer> {
    @Mixin SeedOptions seeds;
    @Mixin VerboseOption verbosity;
    @Spec CommandSpec spec;

    @Option(names = "--target", paramLabel = "URL", description = "Graph Store Protocol endpoint to push the graphs to, e.g. http://host:3030/ds/data.")
    URI target;

    @Option(names = "--attempts", defaultValue = "3", paramLabel = "N", description = "Attempts per graph when pushing. Default: ${DEFAULT-VALUE}.")
    int attempts;

    @Override public Integer call() {
        if (seeds.store == null && target == null) throw new InputException("load needs --store DIR (a persistent store) or --target URL");
        if (attempts < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--attempts must be at least 1");
        if (target != null && !List.of("http", "https").contains(String.valueOf(target.getScheme()).toLowerCase(Locale.ROOT)))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--target must be an http(s) URL: " + target);
        var store = seeds.loadUnsearchable(spec.commandLine().getErr());
        try {
            if (target == null) return Main.OK;
            GraphStorePush.Report report = GraphStorePush.to(target).retrying(attempts, Duration.ofMillis(200)).push(store);
            var out = spec.commandLine().getOut();
            for (GraphStorePush.Result r : report.results())
                out.printf("%s %s (%d triples, %d attempt%s)%s%n", r.pushed() ? "pushed    " : "NOT PUSHED", r.graph(), r.triples(),
                        r.attempts(), r.attempts() == 1 ? "" : "s", r.problem() == null ? "" : ": " + r.problem());
            out.printf("Pushed %d of %d graphs to %s%n", report.pushed(), report.results().size(), target);
            out.flush();
            return report.complete() ? Main.OK : Main.INCOMPLETE;
        } finally {
            Stores.release(store);
        }
    }
}
