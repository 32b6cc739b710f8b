package eu.digitalpartnership.kg.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/** Sentences from OpenNLP's English model; every line break also ends a sentence (headings, list items). */
final class SentenceSplitter {
    private static volatile SentenceModel model;

    private SentenceSplitter() {}

    static List<Span> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model());
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            while (nl >= 0 && wrapped(text, lineStart, nl)) nl = text.indexOf('\n', nl + 1);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = unwrapped(text.substring(lineStart, lineEnd));
            Span pending = null;
            for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
                Span span = new Span(lineStart + s.getStart(), lineStart + s.getEnd()).trimmed(text);
                if (span.length() == 0) continue;
                if (pending != null) span = pending.union(span);
                else if (!hasWordCharacter(text, span) && !out.isEmpty() && out.get(out.size() - 1).start() >= lineStart) {
                    span = out.remove(out.size() - 1).union(span);
                }
                pending = endsWithInitial(text, span) || endsWithPlacePrefix(text, span) || endsInsideDottedDate(text, span) ? span : null;
                if (pending == null) out.add(span);
            }
            if (pending != null) out.add(pending);
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return out;
    }

    /** The shortest line read as hard-wrapped prose rather than a heading or a list item. */
    private static final int WRAPPED_LINE = 40;

    /**
     * True if the line break at nl only wraps a sentence, as plain-text e-mail does: the line is long, ends in a word
     * (or a comma), and the next line (after quote marks "> ") goes on in lower case.
     */
    private static boolean wrapped(String text, int lineStart, int nl) {
        int end = nl;
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) end--;
        char last = end > lineStart ? text.charAt(end - 1) : '.';
        if (end - lineStart < WRAPPED_LINE || !(Character.isLowerCase(last) || Character.isDigit(last) || last == ',')) return false;
        int next = nl + 1;
        while (next < text.length() && quoteMark(text.charAt(next))) next++;
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    /** A quote mark of plain-text e-mail or the blank around it, at the start of a line. */
    private static boolean quoteMark(char c) {
        return c == '>' || c == ' ' || c == '\t';
    }

    /** The joined lines as one: their breaks and the quote marks opening the later ones as spaces (offsets kept). */
    private static String unwrapped(String lines) {
        if (lines.indexOf('\n') < 0) return lines;
        char[] out = lines.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != '\n') continue;
            out[i] = ' ';
            for (int j = i + 1; j < out.length && quoteMark(out[j]); j++) out[j] = ' ';
        }
        return new String(out);
    }

    /** True if the span holds a letter or a digit: "🇪🇺🤝🇸🇬" after "What a day!" is no sentence of its own. */
    private static boolean hasWordCharacter(String text, Span s) {
        return text.substring(s.start(), s.end()).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** True if the span ends with a one-letter initial ("Dr. R."), which ends a name, not a sentence. */
    private static boolean endsWithInitial(String text, Span s) {
        int e = s.end();
        return e >= 2 && text.charAt(e - 1) == '.' && Character.isUpperCase(text.charAt(e - 2))
                && (e == 2 || !Character.isLetterOrDigit(text.charAt(e - 3)) && text.charAt(e - 3) != '.');
    }

    private static final Pattern DOTTED_DATE = Pattern.compile("(?:19|20)\\d{2}\\.\\s\\d{1,2}\\.\\s\\d{1,2}\\.?");

    /** True if the span ends inside a Korean-style date ("on 2023. 6. 30."), whose dots end no sentence. */
    private static boolean endsInsideDottedDate(String text, Span s) {
        Matcher m = DOTTED_DATE.matcher(text).region(Math.max(s.start(), s.end() - 12), Math.min(text.length(), s.end() + 8));
        while (m.find()) if (m.start() < s.end() && m.end() > s.end()) return true;
        return false;
    }

    /** Abbreviations that open a place name ("in St. John's"), from {@code lexicon/place-abbreviations.txt}. */
    static final java.util.Set<String> PLACE_PREFIXES = placePrefixes();

    /** True if the span ends with "St." after a lower-case word or the line start ("held in St."): the place goes on. */
    private static boolean endsWithPlacePrefix(String text, Span s) {
        int e = s.end();
        if (e < 2 || text.charAt(e - 1) != '.') return false;
        int w = e - 1;
        while (w > s.start() && Character.isLetter(text.charAt(w - 1))) w--;
        if (!PLACE_PREFIXES.contains(text.substring(w, e - 1))) return false;
        int p = w - 1;
        while (p >= s.start() && text.charAt(p) == ' ') p--;
        return p < s.start() || Character.isLowerCase(text.charAt(p));
    }

    private static java.util.Set<String> placePrefixes() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream("/lexicon/place-abbreviations.txt")) {
            if (in == null) throw new IllegalStateException("Missing /lexicon/place-abbreviations.txt");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SentenceModel model() {
        if (model == null) {
            synchronized (SentenceSplitter.class) {
                if (model == null) model = load();
            }
        }
        return model;
    }

    private static SentenceModel load() {
        try (InputStream props = SentenceSplitter.class.getResourceAsStream("/model.properties")) {
            Properties p = new Properties();
            if (props != null) p.load(props);
            String name = p.getProperty("model.name", "opennlp-en-ud-ewt-sentence-1.3-2.5.4");
            String file = name.endsWith(".bin") ? name : name + ".bin";
            try (InputStream in = SentenceSplitter.class.getResourceAsStream("/" + file)) {
                if (in == null) throw new IllegalStateException("OpenNLP sentence model not on the classpath: " + file);
                return new SentenceModel(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
