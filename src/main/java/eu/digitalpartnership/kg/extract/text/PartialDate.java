package eu.digitalpartnership.kg.extract.text;

import java.time.LocalDate;

/** A date known to the day, the month or only the year. Month and day are 0 when unknown. */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0))
            throw new IllegalArgumentException("Bad date " + year + "-" + month + "-" + day);
        if (day > 0) LocalDate.of(year, month, day);
    }

    /** A full date. */
    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    /** The day of a full date. */
    public LocalDate toLocalDate() { return LocalDate.of(year, month, day); }

    /** True when known to the day. */
    public boolean isFull() { return day > 0; }

    /** True if the two dates may name one day: equal, or one says more than the other and agrees with it (2024-11, 2024-11-20). */
    public boolean compatible(PartialDate o) {
        return year == o.year && (month == 0 || o.month == 0 || month == o.month && (day == 0 || o.day == 0 || day == o.day));
    }

    /** True if this date says more than the other and agrees with it (2023-07-03 after 2023-07). */
    public boolean refines(PartialDate coarse) {
        return compatible(coarse) && precision() > coarse.precision();
    }

    /** How much the date says: 3 for a day, 2 for a month, 1 for a year alone. */
    public int precision() { return day > 0 ? 3 : month > 0 ? 2 : 1; }

    /** The XSD lexical form: 2024-04-30, 2024-04 or 2024. */
    public String lexical() {
        if (day > 0) return String.format("%04d-%02d-%02d", year, month, day);
        if (month > 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d", year);
    }

    /** The matching XSD datatype local name: date, gYearMonth or gYear. */
    public String xsdType() { return day > 0 ? "date" : month > 0 ? "gYearMonth" : "gYear"; }

    /** The same day, month or year in another year. */
    public PartialDate withYear(int y) { return new PartialDate(y, month, day); }

    @Override public int compareTo(PartialDate o) {
        if (year != o.year) return Integer.compare(year, o.year);
        if (month == 0 || o.month == 0) return 0;
        if (month != o.month) return Integer.compare(month, o.month);
        if (day == 0 || o.day == 0) return 0;
        return Integer.compare(day, o.day);
    }

    @Override public String toString() { return lexical(); }
}
