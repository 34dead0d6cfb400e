package entente.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {
    /** The definition: rounded to 6 decimals, trailing zeros stripped, plain notation, "0" for zero. */
    private static String byBigDecimal(double v) {
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 1e6), 6).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    @Test
    void formatsAsBigDecimalWould() {
        double[] edges = {0, -0.0, 1, -1, 10, 100, 1e6, -1e6, 20, 0.5, -0.5, 1e-6, -1e-6, 4e-7, 5e-7, -5e-7, 6e-7,
            0.000010, 0.12345649999, 123456.000001, 1.0000005, 9.2e12, -9.2e12, 1e300, -1e300, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.MIN_VALUE, Long.MAX_VALUE / 1e6, Long.MIN_VALUE / 1e6};
        for (double v : edges) {
            assertEquals(byBigDecimal(v), Numbers.format(v), "value " + v);
        }
        Random r = new Random(7);
        for (int k = 0; k < 200_000; k++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 8);
            assertEquals(byBigDecimal(v), Numbers.format(v), "value " + v);
            double coarse = Math.round(v * 1000) / 1000.0; // trailing zeros to strip
            assertEquals(byBigDecimal(coarse), Numbers.format(coarse), "value " + coarse);
        }
    }

    @Test
    void refusesNonFinite() {
        assertThrows(IllegalStateException.class, () -> Numbers.format(Double.NaN));
        assertThrows(IllegalStateException.class, () -> Numbers.format(Double.POSITIVE_INFINITY));
    }
}
