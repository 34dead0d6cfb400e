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

    public static double round(double v) {
        return Double.parseDouble(format(v));
    }
}
