package entente.util;

import java.math.BigDecimal;

/** Numbers as written to files: rounded to 6 decimals, plain notation, the same on every machine. */
public final class Numbers {
    private Numbers() {}

    public static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("refusing to write non-finite value " + v);
        }
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 1e6), 6).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * A number for a person to read: {@code digits} significant figures, plain notation, no
     * trailing zeros ("0.0629", "2.25", "1,750" stays "1750"), and "0" for zero.
     */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        BigDecimal d = new BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    public static double round(double v) {
        return Double.parseDouble(format(v));
    }
}
