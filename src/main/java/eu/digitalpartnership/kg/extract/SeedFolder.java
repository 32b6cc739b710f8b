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
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.StringReader;

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
        if (hasControlCharacter(text)) throw new InputException("Binary file, not text: " + file);
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) text = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (text.isBlank()) throw new InputException("Empty document: " + file);
        return text;
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') return true;
        }
        return false;
    }

    /** The sidecar's JSON object, parsed strictly (RFC 8259: no comments, no single quotes, nothing after it). */
    private static JsonObject meta(Path sidecar) {
        String json;
        try {
            json = Files.readString(sidecar, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("Cannot read " + sidecar + ": " + e.getMessage());
        }
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement v = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) throw new JsonParseException("text after the JSON value");
            if (!v.isJsonObject()) throw new InputException("Metadata must be a JSON object: " + sidecar);
            return v.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new InputException("Malformed JSON in " + sidecar + ": " + firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        Throwable t = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String m = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
        return m.replaceFirst("^Use JsonReader\\.setStrictness\\(Strictness\\.LENIENT\\) to accept malformed JSON ", "malformed JSON ");
    }

    private static String string(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() && !v.getAsString().isBlank()
                ? v.getAsString() : null;
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
