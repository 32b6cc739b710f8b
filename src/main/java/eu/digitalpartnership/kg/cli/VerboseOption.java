package eu.digitalpartnership.kg.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: an internal error prints its stack trace after the one-line message. */
final class VerboseOption {
    /** The option's name, as the error handler looks for it. */
    static final String NAME = "--verbose";

    @Option(names = NAME, description = "On an internal error (exit 3), print the stack trace after the message.")
    boolean verbose;
}
