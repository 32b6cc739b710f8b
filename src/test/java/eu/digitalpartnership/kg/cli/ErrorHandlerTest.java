package eu.digitalpartnership.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Exit codes by kind of failure: bad input is 2, a bug is 3 with one line, its stack trace only under --verbose. */
class ErrorHandlerTest {

    /** A command failing with the exception it is given. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Mixin VerboseOption verbosity;
        private final RuntimeException failure;

        Failing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override public Integer call() {
            throw failure;
        }
    }

    record Outcome(int code, String err) {}

    private static Outcome run(RuntimeException failure, String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Failing(failure)).setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new ErrorHandler()).execute(args);
        return new Outcome(code, err.toString());
    }

    @Test
    void bug_exits_3_with_one_line_and_no_stack_trace() {
        Outcome o = run(new IllegalArgumentException("slots and values must come in pairs"));
        assertEquals(Main.INTERNAL, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("internal error: IllegalArgumentException: slots and values must come in pairs"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
    }

    @Test
    void bug_with_verbose_prints_the_stack_trace() {
        Outcome o = run(new IllegalStateException("unreachable"), "--verbose");
        assertEquals(Main.INTERNAL, o.code(), o.err());
        assertTrue(o.err().startsWith("internal error: IllegalStateException: unreachable"), o.err());
        assertTrue(o.err().contains("\tat " + ErrorHandlerTest.class.getName()), o.err());
    }

    @Test
    void bad_input_exits_2_with_one_line_even_with_verbose() {
        Outcome o = run(new InputException("Empty file seeds/x.txt"), "--verbose");
        assertEquals(Main.INPUT, o.code(), o.err());
        assertEquals("error: Empty file seeds/x.txt", o.err().strip());
    }
}
