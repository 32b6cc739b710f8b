package eu.digitalpartnership.kg.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text boxes drawn with characters ("| IN BRIEF |" between "+----+" rules) as running text: the side bars become
 * spaces, and a line that goes on in the next line of its box ("| … of their Digital |" then "|   Partnership Council
 * in Tokyo … |") is joined to it, so a sentence wrapped inside a box is one sentence again. Every offset keeps its
 * character, so spans found in the result quote the original text.
 * <pre>
 *   String text = Boxes.flatten(page);   // same length as page
 * </pre>
 */
public final class Boxes {
    private Boxes() {}

    /** A line of a box: a bar, the content, a bar closing the line. */
    private static final Pattern BOX_LINE = Pattern.compile("(?m)^[ \\t]*[|│║](.*)[|│║][ \\t]*$");
    /** What ends a line's thought: the next line is not its continuation. */
    private static final Pattern LINE_END = Pattern.compile("[.:;!?]\\s*$|^\\s*$");
    /** A continuation: indented under a bullet, or going on in lower case. */
    private static final Pattern CONTINUATION = Pattern.compile("^(?:[ \\t]{2,}\\S|[ \\t]?\\p{Ll})");

    /** The text with its boxes' bars blanked and wrapped lines joined, or the text itself when it has no box. */
    public static String flatten(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('│') < 0 && text.indexOf('║') < 0) return text;
        Matcher line = BOX_LINE.matcher(text);
        char[] out = null;
        int previousEnd = -2;
        String previousContent = null;
        while (line.find()) {
            String content = line.group(1);
            // a table's row has bars inside it: no box
            if (content.indexOf('|') >= 0 || content.indexOf('│') >= 0) {
                previousEnd = -2;
                continue;
            }
            if (out == null) out = text.toCharArray();
            out[line.start(1) - 1] = ' ';
            out[line.end(1)] = ' ';
            if (previousEnd >= 0 && line.start() == previousEnd + 1 && !LINE_END.matcher(previousContent).find()
                    && CONTINUATION.matcher(content).lookingAt()) out[previousEnd] = ' ';
            previousEnd = line.end();
            previousContent = content;
        }
        return out == null ? text : new String(out);
    }
}
