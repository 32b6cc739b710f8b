package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: the lines under a heading of {@code lexicon/furniture-headings.txt}, or after it on the same line, and
 * breadcrumb trails ("Home > News > …").
 * A list of links ("Related links", "See also", "RELATED: EU and Japan hold …") holds titles of other pages, whose
 * dates are those pages' own ("Outcome of the First Council (July 4, 2023)"), never facts this text tells.
 */
final class FurnitureAnnotator implements Annotator {
    /** A heading line, its markup and colon aside; or a heading and a colon before a title on the same line. */
    private static final Pattern HEADING = Pattern.compile("[\\s#*=_>\\[\\-•]*(\\p{L}[\\p{L} ]{1,40}?)[\\s*\\]]*(?::\\s*(\\S.*))?\\s*");
    /** A breadcrumb trail: "Home > News > Press releases > Memorandum … Signed". */
    private static final Pattern BREADCRUMB = Pattern.compile("[ \\t]*(?:Home|Top|Start)[ \\t]*[>›»/|][ \\t]*\\S");
    /** How many lines one block of furniture may hold. */
    private static final int MAX_ITEMS = 15;

    private final Set<String> headings;

    FurnitureAnnotator(Lexicons lex) {
        this.headings = lex.furnitureHeadings;
    }

    @Override public Set<Layer<?>> reads() { return Set.of(); }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.FURNITURE); }

    @Override public void annotate(Document doc, Output out) {
        String text = doc.text();
        List<Span> lines = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = lineEnd(text, at);
            Matcher h = HEADING.matcher(text).region(at, end);
            if (BREADCRUMB.matcher(text).region(at, end).lookingAt()) lines.add(new Span(at, end));
            else if (h.matches() && headings.contains(h.group(1).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                lines.add(new Span(at, end));
                if (h.group(2) == null) end = below(text, end, lines);
            }
            at = end + 1;
        }
        out.put(Layers.FURNITURE, lines);
    }

    /** Adds the non-blank lines after a heading (one blank line may follow it) up to the next blank line; returns where they end. */
    private static int below(String text, int headingEnd, List<Span> lines) {
        int at = headingEnd + 1, end = headingEnd, count = 0;
        boolean blankAllowed = true;
        while (at < text.length() && count < MAX_ITEMS) {
            int lineEnd = lineEnd(text, at);
            if (text.substring(at, lineEnd).isBlank()) {
                if (!blankAllowed) break;
            } else {
                lines.add(new Span(at, lineEnd));
                count++;
            }
            blankAllowed = false;
            end = lineEnd;
            at = lineEnd + 1;
        }
        return end;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
