package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.publish.Stores;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Loads the seeds into a persistent store: all documents validated first, then one transaction, or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract, validate and write the seeds into a persistent TDB2 store (--store), in one transaction: the store then holds exactly the seeds.")
final class LoadCommand implements Callable<Integer> {
    @Mixin SeedOptions seeds;
    @Spec CommandSpec spec;

    @Override public Integer call() {
        if (seeds.store == null) throw new InputException("load needs --store DIR (a persistent store)");
        var store = seeds.load(spec.commandLine().getErr());
        Stores.release(store);
        return Main.OK;
    }
}
