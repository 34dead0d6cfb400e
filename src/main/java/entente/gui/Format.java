package entente.gui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as the window shows them: few decimals, a true minus sign, English dates. */
final class Format {
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Format() {}

    /** A value to the given decimals, with "−" for negatives and no "−0.00". */
    static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v));
        return v < 0 && s.chars().anyMatch(c -> c >= '1' && c <= '9') ? "−" + s : s;
    }

    /** A value of a series: two decimals. */
    static String value(double v) {
        return fixed(v, 2);
    }

    /**
     * A difference, signed, with two significant digits when two decimals would hide it
     * (+0.0081 rather than +0.01 or 0.00), so that small effects stay visible; 0.00 for none.
     */
    static String change(double d) {
        int decimals = 2;
        while (decimals < 5 && Math.abs(d) * Math.pow(10, decimals) < 10 && Math.abs(d) >= 5e-6) {
            decimals++;
        }
        String s = fixed(d, decimals);
        return d > 0 && s.chars().anyMatch(c -> c >= '1' && c <= '9') ? "+" + s : s;
    }

    static String date(LocalDate d) {
        return d.format(DATE);
    }

    static String longDate(LocalDate d) {
        return d.format(LONG_DATE);
    }
}
