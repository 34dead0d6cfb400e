package entente.output;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Diverging colours for values in −1 … +1: red (hostile) through white (0) to blue (allied),
 * the end colours of ColorBrewer's RdBu, which stays readable with red–green colour blindness.
 */
final class DivergingScale implements PaintScale {
    private static final Color HOSTILE = new Color(0xB2182B);
    private static final Color NEUTRAL = Color.WHITE;
    private static final Color ALLIED = new Color(0x2166AC);
    /** Beyond this magnitude the cell is dark enough to need white text. */
    private static final double DARK = 0.55;

    @Override
    public double getLowerBound() {
        return -1;
    }

    @Override
    public double getUpperBound() {
        return 1;
    }

    @Override
    public Paint getPaint(double value) {
        double v = Double.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value));
        return v >= 0 ? ChartStyle.mix(NEUTRAL, ALLIED, v) : ChartStyle.mix(NEUTRAL, HOSTILE, -v);
    }

    boolean isDark(double value) {
        return Math.abs(value) > DARK;
    }
}
