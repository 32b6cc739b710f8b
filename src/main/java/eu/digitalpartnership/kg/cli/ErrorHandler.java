package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.extract.InputException;
import eu.digitalpartnership.kg.load.DocumentRejectedException;
import eu.digitalpartnership.kg.load.PublishRejectedException;
import eu.digitalpartnership.kg.validate.InvalidDataException;
import eu.digitalpartnership.kg.validate.ReportPrinter;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps exceptions to one-line messages and exit codes: 1 for data that breaks the shapes, 2 for bad input (a file,
 * a store folder, RDF, SPARQL), 3 for anything else, which is a bug: its stack trace follows the message only with
 * {@code --verbose}. With {@code DPKG_DEBUG} set, every error prints its stack trace first.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        var err = cmd.getErr();
        if (System.getenv("DPKG_DEBUG") != null) e.printStackTrace(err);
        if (e instanceof DocumentRejectedException r) {
            err.println("error: " + r.getMessage().lines().findFirst().orElse(""));
            err.print(ReportPrinter.print(r.getReport(), r.data()));
            err.flush();
            return Main.INVALID;
        }
        if (e instanceof PublishRejectedException r) {
            err.println("error: " + oneLine(r.getMessage()));
            err.print(r.report());
            err.flush();
            return Main.INVALID;
        }
        if (e instanceof InvalidDataException r) {
            err.println("error: " + r.getMessage().lines().findFirst().orElse(""));
            return Main.INVALID;
        }
        if (e instanceof InputException || e instanceof RiotException || e instanceof QueryException) {
            err.println("error: " + oneLine(e.getMessage()));
            return Main.INPUT;
        }
        err.println("internal error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage())
                + (verbose(parsed) ? "" : " (--verbose shows where)"));
        if (verbose(parsed) && System.getenv("DPKG_DEBUG") == null) e.printStackTrace(err);
        err.flush();
        return Main.INTERNAL;
    }

    /** True when --verbose was given to the command. */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand())
            if (p.hasMatchedOption(VerboseOption.NAME)) return true;
        return false;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
