package eu.digitalpartnership.kg.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Deterministic slugs and hashes for IRI path segments. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern ARTICLES = Pattern.compile("-(?:the|a|an)(?=-)");

    private Slugs() {}

    /** Lowercase ASCII slug: accents folded, every run of other characters becomes one hyphen. */
    public static String slug(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String s = OTHERS.matcher(POSSESSIVE.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("-");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }

    /** Slug of a title or name with articles dropped, so "Commissioner for the Internal Market" and "… for Internal Market" agree. */
    public static String titleSlug(String text) {
        String s = ARTICLES.matcher("-" + slug(text) + "-").replaceAll("");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }

    /** Slug of a person's name that ignores token order, so "KONO Taro" and "Taro Kono" agree. */
    public static String nameSlug(String name) {
        return Arrays.stream(slug(name).split("-")).sorted().collect(Collectors.joining("-"));
    }

    /** First 16 hex digits of the SHA-256 of the parts joined by a separator. */
    public static String hash(String... parts) {
        return sha256(String.join("\u001f", parts)).substring(0, 16);
    }

    /** Full SHA-256 of a string's UTF-8 bytes, as lowercase hex. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
