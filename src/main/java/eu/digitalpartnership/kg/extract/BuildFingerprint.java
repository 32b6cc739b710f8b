package eu.digitalpartnership.kg.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the project's own classes and data files (rules, lexicons, topics, shapes) in the running build, so
 * that a document extracted and validated by one build is not mistaken for the work of another.
 */
final class BuildFingerprint {
    private static final List<String> OWN = List.of("eu/digitalpartnership/", "lexicon/", "ontology/", "shapes/", "derive/",
            "iri-templates.properties");

    private BuildFingerprint() {}

    /** Twelve hexadecimal digits naming this build, or "unknown" when the code's location cannot be read. */
    static String current() {
        return Holder.VALUE;
    }

    private static final class Holder {
        static final String VALUE = compute();
    }

    private static String compute() {
        try {
            Path location = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) digestFolder(location, digest);
            else digestJar(location, digest);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void digestJar(Path jar, MessageDigest digest) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> !e.isDirectory() && own(e.getName())).map(ZipEntry::getName).sorted().forEach(name -> {
                ZipEntry e = zip.getEntry(name);
                digest.update((name + '\0' + e.getCrc() + '\0' + e.getSize() + '\n').getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    private static void digestFolder(Path root, MessageDigest digest) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (!own(name)) continue;
                digest.update((name + '\0').getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
        }
    }

    private static boolean own(String name) {
        return OWN.stream().anyMatch(name::startsWith);
    }
}
