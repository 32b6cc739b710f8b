package eu.digitalpartnership.kg.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.digitalpartnership.kg.model.IriMinter;
import eu.digitalpartnership.kg.load.Loader;
import eu.digitalpartnership.kg.load.Stores;
import eu.digitalpartnership.kg.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile documents: random, truncated, binary, huge and adversarial texts never crash or hang the loader; each
 * ends in a clear {@link InputException} or a graph that passes the shapes, within a bound on time.
 */
class HostileDocumentsTest {
    private static final String SEED = read(Path.of("seeds/eu-japan-dpc-2024-04-30.txt"));
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir Path tmp;

    static Stream<Named<byte[]>> documents() {
        Random r = new Random(42);
        List<Named<byte[]>> out = new ArrayList<>();
        byte[] random = new byte[20_000];
        r.nextBytes(random);
        out.add(Named.of("random bytes", random));
        out.add(Named.of("random unicode text", utf8(randomText(r, 50_000))));
        for (int i = 0; i < 6; i++) {
            int cut = r.nextInt(SEED.length());
            out.add(Named.of("seed truncated at " + cut, utf8(SEED.substring(0, Math.max(1, cut)))));
        }
        out.add(Named.of("seed repeated to ~1 MB", utf8(SEED.repeat(180))));
        out.add(Named.of("one 200,000-character sentence", utf8("The EU and Japan held " + "talks on AI and data, ".repeat(9_000) + ".")));
        out.add(Named.of("20,000 capitalised words", utf8(capitalised(r, 20_000))));
        out.add(Named.of("deeply nested punctuation", utf8("The EU and Japan " + "((([[{".repeat(5_000) + "Council" + "}]])))".repeat(5_000))));
        out.add(Named.of("thousands of titles and dates", utf8(("Minister Commissioner Director-General of the Ministry of "
                + "30 April 2024, April 30, 2024-04-30, 30/04/2024, the second Digital Partnership Council, ").repeat(4_000))));
        out.add(Named.of("memorandum soup", utf8("The EU and Korea signed a Memorandum of Cooperation on ".repeat(5_000))));
        out.add(Named.of("only whitespace and newlines", utf8(" \n\t\n ".repeat(1000))));
        out.add(Named.of("control characters", new byte[] {'E', 'U', 0x01, 0x02, 'J', 'a', 'p', 'a', 'n'}));
        out.add(Named.of("invalid UTF-8", new byte[] {'T', 'h', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'E', 'U'}));
        out.add(Named.of("note marks after councils, notes at the foot", utf8("The second EU–Japan Digital Partnership Council was held in Brussels(3). "
                .repeat(10_000) + "\n- (3) Held on 30 April 2024.\n")));
        out.add(Named.of("plural signings after instruments in preparation", utf8(("The EU and Japan prepared a Memorandum of Cooperation on data. "
                + "Both memoranda were signed on 3 July 2023. ").repeat(5_000))));
        out.add(Named.of("lower-case transcript wrapping names over lines", utf8(("00:41\nso in february the digital partnership\ncouncil our colleagues met\n"
                + "the second meeting of the eu singapore digital\npartnership council is today\n").repeat(50))));
        out.add(Named.of("right-to-left and emoji", utf8("The EU \u202Eand Japan 🇪🇺🇯🇵 held the second Digital Partnership Council in Tokyo on 3 July 2023.")));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void hostile_document_ends_in_a_clear_error_or_a_valid_graph(byte[] content) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.write(seeds.resolve("hostile.txt"), content);
        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Loader.LoadResult result = Loader.create(IriMinter.standard(), Validator.standard())
                        .load(SeedFolder.read(seeds), Stores.inMemory());
                assertTrue(result.documents().get(0).outcome().passes());
            } catch (InputException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
                assertTrue(expected.getMessage().lines().count() == 1, expected.getMessage());
            }
        });
    }

    private static String randomText(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int cp = r.nextInt(0x2FFF) + 0x20;
            if (Character.isDefined(cp) && !Character.isISOControl(cp) && !Character.isSurrogate((char) cp)) sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static String capitalised(Random r, int words) {
        StringBuilder sb = new StringBuilder("The EU and Japan ");
        for (int i = 0; i < words; i++)
            sb.append((char) ('A' + r.nextInt(26))).append("bcdefgh".substring(0, 2 + r.nextInt(5))).append(' ');
        return sb.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
