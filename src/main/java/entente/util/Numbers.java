package entente.util;

import java.math.BigDecimal;

/** Numbers as written to files: rounded to 6 decimals, plain notation, the same on every machine. */
public final class Numbers {
    private static final long MICROS = 1_000_000;

    private Numbers() {}

    public static String format(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("refusing to write non-finite value " + v);
        }
        long micros = Math.round(v * 1e6);
        if (micros == Long.MIN_VALUE) { // no positive counterpart (and |v| beyond 9.2e12 anyway): the exact way
            return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
        }
        return plain(micros);
    }

    /**
     * What {@code BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString()} gives
     * ("0" for zero), in long arithmetic: runs.csv and an analysis write millions of numbers,
     * and BigDecimal's way took a fifth of writing them.
     */
    private static String plain(long micros) {
        long whole = Math.abs(micros) / MICROS;
        long fraction = Math.abs(micros) % MICROS;
        StringBuilder b = new StringBuilder(24);
        if (micros < 0) {
            b.append('-');
        }
        b.append(whole);
        if (fraction != 0) {
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            b.append('.');
            String f = Long.toString(fraction);
            for (int pad = f.length(); pad < digits; pad++) {
                b.append('0');
            }
            b.append(f);
        }
        return b.toString();
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
