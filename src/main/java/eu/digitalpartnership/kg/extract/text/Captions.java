package eu.digitalpartnership.kg.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a subtitle file (SRT or WebVTT) as running text: cue numbers, timings and the line breaks between captions
 * become spaces, so a sentence split over captions is one sentence again. Every offset keeps its character, so spans
 * found in the result quote the original text.
 * <pre>
 *   String text = Captions.flatten(srt);   // same length as srt
 * </pre>
 */
public final class Captions {
    private Captions() {}

    /** A cue's number line, then its timing line ("00:01:02,340 --> 00:01:05,120"), each with its line break. */
    private static final Pattern CUE_HEAD = Pattern.compile("(?m)^(?:\\d{1,5}[ \\t]*\\r?\\n)?[ \\t]*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{3}[ \\t]+-->[ \\t]+\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{3}[^\\n]*\\n?");
    private static final Pattern VTT_HEADER = Pattern.compile("\\A\\s*WEBVTT[^\\n]*\\n?");

    /** How many cues make a text a subtitle file. */
    private static final int MIN_CUES = 3;

    /** The text with its subtitle layout blanked, or the text itself when it is no subtitle file. */
    public static String flatten(String text) {
        Matcher cue = CUE_HEAD.matcher(text);
        int cues = 0;
        while (cues < MIN_CUES && cue.find()) cues++;
        if (cues < MIN_CUES) return text;
        char[] out = text.toCharArray();
        Matcher header = VTT_HEADER.matcher(text);
        if (header.find()) blank(out, header.start(), header.end());
        cue.reset();
        int firstCue = -1;
        while (cue.find()) {
            if (firstCue < 0) firstCue = cue.start();
            blank(out, cue.start(), cue.end());
        }
        for (int i = Math.max(0, firstCue); i < out.length; i++) if (out[i] == '\n' || out[i] == '\r') out[i] = ' ';
        return new String(out);
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) out[i] = ' ';
    }
}
