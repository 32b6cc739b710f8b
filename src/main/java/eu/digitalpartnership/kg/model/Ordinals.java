package eu.digitalpartnership.kg.model;

/** English ordinal numerals for labels: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st … */
public final class Ordinals {
    private Ordinals() {}

    /** The ordinal numeral of a positive number, e.g. "2nd" for 2. */
    public static String english(int n) {
        if (n < 1) throw new IllegalArgumentException("Ordinal must be at least 1: " + n);
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
