package eu.digitalpartnership.kg.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.extract.SeedFolder;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a user meets it: {@link Main#run} with stdout and stderr captured, over seed folders built
 * in a temporary directory. Exit codes: 0 ok, 1 data invalid, 2 usage or input error, 3 internal error.
 * Every error ends in one line on stderr, {@code error: ...}, naming the offending file, and never a stack trace.
 * <p>
 * The input errors are checked for every command that reads a seeds folder ({@code validate}, {@code export},
 * {@code query}), since all three sit in front of publishing.
 */
class CliTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String SEED = "eu-japan-dpc-2024-04-30";
    private static final Path KOREA = Path.of("src/test/resources/corpus/eu-rok-dpc1-daily-news");
    private static final String NO_FACTS = "A note about gardening. The roses in the park flowered early this year, "
            + "and the tulips are expected next week.\n";

    @TempDir Path tmp;

    // ---- validate

    @Test
    void validate_seed_exits_0() throws IOException {
        Path seeds = seedFolder();
        Run r = run("validate", "--seeds", seeds.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains(SEED + ": 0 violations"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void validate_broken_graph_exits_1_with_readable_report() throws IOException {
        // Breaks dpsh:CouncilShape-partnership (no dp:partnership) and dpsh:CouncilShape-ordinal (0: ordinals count from 1).
        Path data = Files.writeString(tmp.resolve("council.ttl"), """
                @prefix dp:   <https://w3id.org/dpkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/dpkg/id/council/european-union-japan/2> a dp:Council ;
                    rdfs:label "EU-Japan Digital Partnership Council"@en ;
                    dp:meetingStatus dp:Held ;
                    dp:ordinal 0 .
                """);
        Run r = run("validate", data.toString());
        assertEquals(1, r.code(), r::toString);
        String report = r.out();
        assertAll(
                () -> assertTrue(report.contains(data.toString()), "names the file\n" + r),
                () -> assertTrue(report.contains("Violation"), "names the severity\n" + r),
                () -> assertTrue(report.contains("EU-Japan Digital Partnership Council") || report.contains("council/european-union-japan/2"),
                        "names the focus node\n" + r),
                () -> assertTrue(report.contains("dp:partnership"), "names the path\n" + r),
                () -> assertTrue(report.contains("A dp:Council needs exactly one dp:partnership"), "gives the shape's message\n" + r),
                () -> assertTrue(report.contains("an xsd:integer of at least 1"), "gives the ordinal's message\n" + r),
                () -> assertNoStackTrace(r));
    }

    @Test
    void validate_malformed_turtle_exits_2_one_line_naming_file_and_line() throws IOException {
        Path data = Files.writeString(tmp.resolve("broken.ttl"), """
                @prefix dp: <https://w3id.org/dpkg/ontology#> .
                <https://w3id.org/dpkg/id/council/x> a dp:Council ;
                    dp:ordinal "2"^^<http://www.w3.org/2001/XMLSchema#positiveInteger> ;
                    dp:heldIn <https://w3id.org/dpkg/id/place/bad iri> .
                """);
        Run r = run("validate", data.toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, data.getFileName().toString());
        assertTrue(r.err().contains("line: 4"), "names the line\n" + r);
    }

    // ---- input errors, for each command that reads a seeds folder

    @ParameterizedTest
    @ValueSource(strings = {"validate", "export", "query"})
    void missing_seeds_folder_exits_2(String command) {
        Path missing = tmp.resolve("no-such-folder");
        expectInputError(command, missing, missing.getFileName().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "export", "query"})
    void empty_seeds_folder_exits_2(String command) throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty-folder"));
        expectInputError(command, empty, empty.getFileName().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "export", "query"})
    void empty_file_exits_2(String command) throws IOException {
        Path seeds = seedFolder();
        Files.writeString(seeds.resolve("blank.txt"), " \n\t\n");
        expectInputError(command, seeds, "blank.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "export", "query"})
    void binary_file_exits_2(String command) throws IOException {
        Path seeds = seedFolder();
        Files.write(seeds.resolve("image.txt"), new byte[] {'E', 'U', 0, 0, 1, 2, 'J', 'a', 'p', 'a', 'n', 0x7f, 0x10});
        expectInputError(command, seeds, "image.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "export", "query"})
    void non_utf8_file_exits_2(String command) throws IOException {
        Path seeds = seedFolder();
        Files.write(seeds.resolve("latin1.txt"), "The EU and Japan met in Brussels. Caf\u00e9 r\u00e9sum\u00e9.".getBytes(ISO_8859_1));
        expectInputError(command, seeds, "latin1.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "export", "query"})
    void document_without_facts_exits_2(String command) throws IOException {
        Path seeds = seedFolder();
        Files.writeString(seeds.resolve("gardening-note.txt"), NO_FACTS);
        expectInputError(command, seeds, "gardening-note");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "export", "query"})
    void malformed_sidecar_json_exits_2(String command) throws IOException {
        Path seeds = seedFolder();
        Files.writeString(seeds.resolve(SEED + ".meta.json"), "{ \"title\": \"EU and Japan\", \"published\": ");
        expectInputError(command, seeds, SEED + ".meta.json");
    }

    // ---- export

    /** What {@code export --help} promises for each extension: the published graph alone, or every graph. */
    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "ttl", "jsonld"})
    void export_writes_what_its_help_says(String extension) throws IOException {
        Path seeds = seedFolder();
        Files.copy(KOREA.resolve("input.txt"), seeds.resolve("eu-rok-dpc1-daily-news.txt"));
        Files.copy(KOREA.resolve("meta.json"), seeds.resolve("eu-rok-dpc1-daily-news.meta.json"));
        Path out = tmp.resolve("x." + extension);

        Run r = run("export", "--seeds", seeds.toString(), "--out", out.toString());

        assertEquals(0, r.code(), r::toString);
        assertNoStackTrace(r);
        boolean everyGraph = extension.equals("trig") || extension.equals("nq");
        String help = run("export", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("." + extension + (everyGraph ? " hold every graph" : " hold the published")) || help.contains(
                (everyGraph ? ".trig and .nq hold every graph" : ".ttl and .jsonld hold the published")), "the help says what ." + extension + " holds\n" + help);
        assertFalse(Files.readString(out, UTF_8).contains("urn:x-arq:"), "the default graph is not named by Jena's internal name");
        DatasetGraph read = RDFDataMgr.loadDatasetGraph(out.toString());
        DatasetGraph expected = exportedSeeds(seeds);
        Set<String> names = graphNames(read);
        Txn.executeRead(expected, () -> {
            assertTrue(expected.getDefaultGraph().isIsomorphicWith(read.getDefaultGraph()), "the published graph is the default graph");
            if (!everyGraph) {
                assertEquals(Set.of(), names, "the published graph alone");
                return;
            }
            assertEquals(Set.of(IriMinter.standard().mint("graph", "doc", SEED),
                            IriMinter.standard().mint("graph", "doc", "eu-rok-dpc1-daily-news"),
                            IriMinter.standard().mint("report"), IriMinter.standard().mint("statistics")),
                    names, "one named graph per document, the validation report and the statistics");
            for (String name : names) {
                Node g = NodeFactory.createURI(name);
                assertTrue(expected.getGraph(g).isIsomorphicWith(read.getGraph(g)), "graph " + name + " survives the round trip");
            }
        });
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".export-")).toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void export_unknown_extension_exits_2() throws IOException {
        Path seeds = seedFolder();
        Path out = tmp.resolve("facts.csv");
        Run r = run("export", "--seeds", seeds.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, "facts.csv");
        assertFalse(Files.exists(out), "no output written");
    }

    // ---- query

    @Test
    void query_officials_csv_lists_four_officials() throws IOException {
        Path seeds = seedFolder();
        Run r = run("query", "--seeds", seeds.toString(), "--format", "csv", "queries/officials.rq");
        assertEquals(0, r.code(), r::toString);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(UTF_8)), ResultSetLang.RS_CSV);
        assertEquals(List.of("name", "role", "partner"), rs.getResultVars());
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(row -> rows.add(row.getLiteral("name").getLexicalForm() + " | " + row.getLiteral("partner").getLexicalForm()));
        assertEquals(Set.of("Thierry Breton | European Union", "Taro Kono | Japan", "Takeaki Matsumoto | Japan", "Taku Ishii | Japan"),
                Set.copyOf(rows), r::toString);
        assertEquals(4, rows.size(), r::toString);
    }

    @Test
    void malformed_query_exits_2() throws IOException {
        Path seeds = seedFolder();
        Run r = run("query", "--seeds", seeds.toString(), "SELECT ?x WHERE { ?x ");
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, null);
    }

    @Test
    void malformed_query_file_exits_2_naming_file() throws IOException {
        Path seeds = seedFolder();
        Path query = Files.writeString(tmp.resolve("broken-query.rq"), "PREFIX dp: <https://w3id.org/dpkg/ontology#>\nSELECT ?x WHERE { ?x dp:\n");
        Run r = run("query", "--seeds", seeds.toString(), query.toString());
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, "broken-query.rq");
    }

    // ---- usage

    @ParameterizedTest
    @ValueSource(strings = {"validate", "export", "query", "serve", "evaluate"})
    void unknown_option_exits_2(String command) {
        // Every required option is given, so the unknown one is the only mistake.
        Run r = switch (command) {
            case "export" -> run(command, "--out", tmp.resolve("x.trig").toString(), "--no-such-option");
            case "query" -> run(command, "--no-such-option", "ASK {}");
            case "evaluate" -> run(command, "--gold", tmp.toString(), "--no-such-option");
            default -> run(command, "--no-such-option");
        };
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, null);
        assertTrue(r.err().contains("--no-such-option"), "names the option\n" + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1048577", "lots"})
    void serve_with_an_impossible_page_cache_exits_2_naming_the_option(String size) {
        Run r = run("serve", "--port", "0", "--page-cache", size);
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, null);
        assertTrue(r.err().contains("--page-cache"), "names the option\n" + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port=70000", "--timeout=0", "--max-rows=0"})
    void serve_with_an_impossible_setting_exits_2_naming_the_option(String setting) {
        Run r = run("serve", setting);
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, null);
        assertTrue(r.err().contains(setting.substring(0, setting.indexOf('='))), "names the option\n" + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--attempts=0", "--target=ftp://example.org/data"})
    void load_with_an_impossible_setting_exits_2_naming_the_option(String setting) {
        Run r = run("load", "--seeds", SEEDS.toString(), setting, setting.startsWith("--target") ? "--attempts=1" : "--target=http://127.0.0.1:1/data");
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, null);
        assertTrue(r.err().contains(setting.substring(0, setting.indexOf('='))), "names the option\n" + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# no user\n", "admin:\n"})
    void serve_with_a_password_file_without_users_exits_2_naming_the_file(String content) throws IOException {
        Path passwords = Files.writeString(tmp.resolve("passwd"), content);
        Run r = run("serve", "--seeds", seedFolder().toString(), "--port", "0", "--password-file", passwords.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("error: ") && l.contains("passwd")), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void malformed_base_exits_2_naming_the_option() throws IOException {
        Run r = run("validate", "--seeds", seedFolder().toString(), "--base", "not an iri");
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, null);
        assertTrue(r.err().contains("--base"), "names the option\n" + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "export", "query", "serve", "evaluate"})
    void help_exits_0(String command) {
        Run r = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Usage: digital-partnership-kg" + (command.isEmpty() ? "" : " " + command)), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    // ---- helpers

    private static DatasetGraph exported;

    /** The store the export tests' seeds folder loads into, loaded once (every such folder holds the same files). */
    private static synchronized DatasetGraph exportedSeeds(Path seeds) {
        if (exported == null) {
            exported = Stores.inMemory();
            Loader.create(IriMinter.standard(), Validator.standard()).load(SeedFolder.read(seeds), exported);
        }
        return exported;
    }

    /** The outcome of one command line: exit code and everything written to stdout and stderr. */
    record Run(int code, String out, String err) {
        @Override public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Runs the command line with System.out and System.err captured (picocli's writers wrap them). */
    static synchronized Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, UTF_8));
            System.setErr(new PrintStream(err, true, UTF_8));
            code = Main.run(args);
            System.out.flush();
            System.err.flush();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(code, out.toString(UTF_8), err.toString(UTF_8));
    }

    /** A fresh seeds folder holding a copy of the real seed document and its sidecar. */
    private Path seedFolder() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.toList()) Files.copy(f, seeds.resolve(f.getFileName().toString()));
        }
        return seeds;
    }

    /** Runs a command over a seeds folder and expects exit 2 with one error line naming the file. */
    private void expectInputError(String command, Path seeds, String fileName) {
        Path out = tmp.resolve("out.trig");
        Run r = switch (command) {
            case "validate" -> run("validate", "--seeds", seeds.toString());
            case "export" -> run("export", "--seeds", seeds.toString(), "--out", out.toString());
            case "query" -> run("query", "--seeds", seeds.toString(), "queries/partners.rq");
            default -> throw new IllegalArgumentException(command);
        };
        assertEquals(2, r.code(), r::toString);
        assertOneLineError(r, fileName);
        assertFalse(Files.exists(out), "export writes nothing on error");
        if (command.equals("query")) assertEquals("", r.out(), "query prints no results on error");
    }

    /** stderr is exactly one line, "error: ...", naming the file (if any), without stack-trace text. */
    private static void assertOneLineError(Run r, String fileName) {
        List<String> lines = r.err().lines().toList();
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(1, lines.size(), "one line on stderr\n" + r));
        checks.add(() -> assertTrue(r.err().startsWith("error: "), "starts with 'error: '\n" + r));
        checks.add(() -> assertNoStackTrace(r));
        if (fileName != null)
            checks.add(() -> assertTrue(r.err().contains(fileName), "names " + fileName + "\n" + r));
        assertAll(checks.stream());
    }

    private static void assertNoStackTrace(Run r) {
        String all = r.out() + r.err();
        assertFalse(all.contains("Exception"), "no exception names\n" + r);
        assertFalse(all.contains("\tat "), "no stack trace\n" + r);
    }

    private static Set<String> graphNames(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> names = new TreeSet<>();
            Iter.forEach(dsg.listGraphNodes(), n -> names.add(n.getURI()));
            return names;
        });
    }
}
