package eu.digitalpartnership.kg.extract.text;

/** A word, number or punctuation mark, with its offsets. */
public record Token(Span span, String text) implements Spanned {
    /** Start offset. */
    public int start() { return span.start(); }

    /** End offset (exclusive). */
    public int end() { return span.end(); }

    /** True if the token starts with a letter or digit. */
    public boolean isWord() { return Character.isLetterOrDigit(text.codePointAt(0)); }

    /** True if the token starts with an upper-case letter. */
    public boolean isCapitalised() { return Character.isUpperCase(text.codePointAt(0)); }

    /** True if every letter is upper case and there are at least two letters. */
    public boolean isAllCaps() {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** True if the token is exactly the given text, ignoring case. */
    public boolean is(String s) { return text.equalsIgnoreCase(s); }
}
