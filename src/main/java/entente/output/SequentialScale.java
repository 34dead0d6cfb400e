package entente.output;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours for values from low to high along viridis (van der Walt &amp; Smith, matplotlib),
 * which is perceptually even and readable with colour blindness and in greyscale.
 */
final class SequentialScale implements PaintScale {
    private static final Color[] STOPS = {
        new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725),
    };

    private final double lower;
    private final double upper;

    /** A scale over lower .. upper; equal ends are widened so that every value has a colour. */
    SequentialScale(double lower, double upper) {
        double pad = upper > lower ? 0 : Math.max(1e-6, Math.abs(lower) * 0.01);
        this.lower = lower - pad;
        this.upper = upper + pad;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double t = share(value) * (STOPS.length - 1);
        int k = Math.min(STOPS.length - 2, (int) Math.floor(t));
        return ChartStyle.mix(STOPS[k], STOPS[k + 1], t - k);
    }

    /** The lower half of viridis is dark enough to need white text. */
    boolean isDark(double value) {
        return share(value) < 0.5;
    }

    private double share(double value) {
        double v = Double.isNaN(value) ? lower : value;
        return Math.max(0, Math.min(1, (v - lower) / (upper - lower)));
    }
}
