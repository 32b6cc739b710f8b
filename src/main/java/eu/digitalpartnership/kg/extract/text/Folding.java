package eu.digitalpartnership.kg.extract.text;

import java.text.Normalizer;

/** Lower case without diacritics, one character for one: offsets into a folded text are offsets into the original. */
public final class Folding {
    private Folding() {}

    /** The text folded character by character ("Montréal" gives "montreal"), of the same length. */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) out[i] = fold(s.charAt(i));
        return new String(out);
    }

    /** One character folded: lower case, and the base letter of a letter with diacritics. */
    public static char fold(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < 0x80) return lower;
        switch (lower) {
            case 'ł': return 'l';
            case 'ø': return 'o';
            case 'đ': return 'd';
            case 'ı': return 'i';
            default: break;
        }
        String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        return d.length() > 1 && Character.isLetter(d.charAt(0)) ? d.charAt(0) : lower;
    }
}
