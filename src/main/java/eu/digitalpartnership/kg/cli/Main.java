package eu.digitalpartnership.kg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code serve}, {@code load}, {@code validate}, {@code export}, {@code query}, {@code evaluate}.
 * Exit codes: 0 ok, 1 data invalid (breaks the shapes), 2 usage or input error, 3 internal error, 4 push incomplete.
 * <pre>
 *   java -jar target/digital-partnership-kg.jar serve --seeds seeds --port 3030
 * </pre>
 */
@Command(name = "digital-partnership-kg", mixinStandardHelpOptions = true, version = "digital-partnership-kg 0.1.0",
        description = "Extracts facts about the EU's digital partnerships from press releases, validates them and serves them as linked data.",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, ExportCommand.class, QueryCommand.class, EvaluateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:data invalid (breaks the shapes)", "2:usage or input error", "3:internal error",
                "4:push incomplete (load --target: some graphs were not pushed)"})
public final class Main implements Runnable {
    static final int OK = 0, INVALID = 1, INPUT = 2, INTERNAL = 3, INCOMPLETE = 4;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler((e, args2) -> {
                    e.getCommandLine().getErr().println("error: " + e.getMessage() + " (see --help)");
                    e.getCommandLine().getErr().flush();
                    return INPUT;
                })
                .execute(args);
    }

    @Override public void run() {
        new CommandLine(this).usage(System.out);
    }
}
