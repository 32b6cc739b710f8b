package eu.digitalpartnership.kg.cli;

import eu.digitalpartnership.kg.load.Loader;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a long load on the error stream: a bar redrawn in place on a terminal, otherwise a plain line every
 * few seconds; documents done, rate and time left. Loads of a few documents print nothing.
 */
final class ProgressReport implements Loader.Progress {
    private static final int MIN_DOCUMENTS = 20;
    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastLine = start;

    ProgressReport(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override public void done(int documents, int total) {
        if (total < MIN_DOCUMENTS) return;
        long now = System.nanoTime();
        double seconds = (now - start) / 1e9;
        double rate = documents / Math.max(seconds, 1e-3);
        long left = Math.round((total - documents) / Math.max(rate, 1e-9));
        if (terminal) {
            int width = 30, filled = (int) ((long) width * documents / total);
            err.printf("\r[%s%s] %d/%d documents  %.1f/s  %s left ", "#".repeat(filled), ".".repeat(width - filled), documents, total,
                    rate, clock(left));
            if (documents == total) err.println();
            err.flush();
        } else if (now - lastLine >= LINE_EVERY_NANOS || documents == total) {
            lastLine = now;
            err.printf("Extracted and validated %d/%d documents (%.1f/s, about %s left)%n", documents, total, rate, clock(left));
            err.flush();
        }
    }

    static String clock(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
