package eu.digitalpartnership.kg.publish.web.resource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/** Dates as people write them, partial dates kept partial: "30 April 2024", "July 2023" (month only), "2023" (year only). */
public final class DateText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    /** A date shown: its text, what it leaves out (empty for a full date), and its ISO form for {@code <time datetime>}. */
    public record Shown(String text, String note, String iso) {}

    private DateText() {}

    /** The shown form of an xsd:date, xsd:gYearMonth or xsd:gYear literal; null for any other node. */
    public static Shown of(Node n) {
        if (n == null || !n.isLiteral()) return null;
        String lex = n.getLiteralLexicalForm();
        String dt = n.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(dt)) return new Shown(LocalDate.parse(lex).format(DAY), "", lex);
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) return new Shown(YearMonth.parse(lex).format(MONTH), "month only", lex);
            if (XSDDatatype.XSDgYear.getURI().equals(dt)) return new Shown(lex, "year only", lex);
        } catch (DateTimeParseException malformed) {
            return new Shown(lex, "", lex);
        }
        return null;
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
    public static String ordinal(long n) {
        long mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
