package eu.digitalpartnership.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the third-party JavaScript clients of {@code src/test/clients/} (Comunica, jsonld.js, N3.js,
 * rdf-validate-shacl) with Node.js. A test that needs them is skipped, saying why, only when {@code node} is not on
 * the PATH; the npm packages are installed from the committed lock file ({@code npm ci}) when missing.
 */
public final class NodeClients {
    /** The folder of the client scripts, with package.json and package-lock.json. */
    public static final Path FOLDER = Path.of(System.getProperty("basedir", ".")).resolve("src/test/clients");
    private static final long TIMEOUT_MINUTES = 5;

    private NodeClients() {}

    /** The outcome of one script: exit code and everything it printed. */
    public record Run(int code, String output) {}

    /** Skips the calling test unless node is installed; installs the packages once if they are missing. */
    public static synchronized void require() throws IOException, InterruptedException {
        assumeTrue(onPath("node") && onPath("npm"),
                "node and npm are not on the PATH: the third-party client checks need Node.js (>= 18); .ci/run installs it");
        if (Files.isDirectory(FOLDER.resolve("node_modules"))) return;
        Run install = exec(List.of("npm", "ci", "--no-audit", "--no-fund"));
        assertEquals(0, install.code(), "npm ci in " + FOLDER + " failed:\n" + install.output());
    }

    /** Runs a script of the folder with arguments; returns its exit code and output. */
    public static Run node(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        return exec(command);
    }

    private static Run exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectErrorStream(true).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "cannot read the output: " + e.getMessage();
            }
        });
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Run(-1, "timed out after " + TIMEOUT_MINUTES + " minutes: " + String.join(" ", command));
        }
        return new Run(p.exitValue(), out.join());
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(dir, program))) return true;
        return false;
    }
}
