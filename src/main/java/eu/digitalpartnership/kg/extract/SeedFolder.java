package eu.digitalpartnership.kg.extract;

import eu.digitalpartnership.kg.model.Slugs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads the {@code *.txt} documents of a folder (UTF-8, NFC-normalised) with their optional sidecars
 * {@code NAME.meta.json}: {@code {"title", "source", "published": "YYYY-MM-DD", "language"}}.
 * <pre>
 *   List&lt;SourceDocument&gt; docs = SeedFolder.read(Path.of("seeds"));
 * </pre>
 */
public final class SeedFolder {
    /** Largest document accepted, in bytes. */
    public static final long MAX_BYTES = 2_000_000;

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private SeedFolder() {}

    /** Every document of the folder, sorted by file name; throws {@link InputException} on unreadable input. */
    public static List<SourceDocument> read(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException("Seeds folder not found: " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new InputException("Cannot list seeds folder " + dir + ": " + e.getMessage());
        }
        if (files.isEmpty()) throw new InputException("No documents (*.txt) in seeds folder: " + dir);
        List<Object> read = files.parallelStream().map(SeedFolder::documentOrProblem).toList();
        for (Object r : read) if (r instanceof InputException problem) throw problem;
        return read.stream().map(SourceDocument.class::cast).toList();
    }

    /** The document, or the problem reading it: a folder read in parallel reports the first bad file in name order. */
    private static Object documentOrProblem(Path file) {
        try {
            return document(file);
        } catch (InputException e) {
            return e;
        }
    }

    /** One document and its sidecar {@code NAME.meta.json}, if any. */
    public static SourceDocument document(Path file) {
        String name = file.getFileName().toString();
        name = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return document(file, file.resolveSibling(name + ".meta.json"), Slugs.slug(name));
    }

    /** One document with the given id and sidecar path (which may not exist). */
    public static SourceDocument document(Path file, Path sidecar, String id) {
        String text = text(file);
        if (!Files.exists(sidecar)) return SourceDocument.of(id, text);
        JsonObject meta = meta(sidecar);
        String source = string(meta, "source");
        if (source != null && !URL.matcher(source).matches())
            throw new InputException("Bad \"source\" URL in " + sidecar + ": " + source);
        return new SourceDocument(id, text, string(meta, "title"), source,
                date(meta, sidecar), string(meta, "language"));
    }

    private static String text(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) throw new InputException("Document too large (over " + MAX_BYTES + " bytes): " + file);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("Cannot read " + file + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("Not UTF-8 text: " + file);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.chars().anyMatch(c -> c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t'))
            throw new InputException("Binary file, not text: " + file);
        text = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        if (text.isBlank()) throw new InputException("Empty document: " + file);
        return text;
    }

    private static JsonObject meta(Path sidecar) {
        try {
            JsonValue v = JSON.parseAny(Files.readString(sidecar, StandardCharsets.UTF_8));
            if (!v.isObject()) throw new InputException("Metadata must be a JSON object: " + sidecar);
            return v.getAsObject();
        } catch (IOException e) {
            throw new InputException("Cannot read " + sidecar + ": " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof InputException ie) throw ie;
            throw new InputException("Malformed JSON in " + sidecar + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() && !v.getAsString().value().isBlank() ? v.getAsString().value() : null;
    }

    private static LocalDate date(JsonObject o, Path sidecar) {
        String s = string(o, "published");
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InputException("Bad \"published\" date (want YYYY-MM-DD) in " + sidecar + ": " + s);
        }
    }
}
