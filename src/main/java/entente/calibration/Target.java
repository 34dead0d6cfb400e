package entente.calibration;

/**
 * A stylized fact to fit or to check: a statistic of the run whose mean over replications
 * should lie in [atLeast, atMost] (either bound may be open). {@code scale} turns a miss into
 * the loss ((distance to the range) / scale)^2; held-out targets are reported, never fitted.
 * {@code scenario} is the index, in the spec's list of scenarios, of the one it is measured on;
 * {@code group} names the history entry a monthly target came from ("" for a single target).
 */
public record Target(String id, String description, String source, TargetStatistic statistic,
                     double atLeast, double atMost, double scale, boolean heldOut, int scenario, String group) {

    /** A target on the spec's first (or only) scenario. */
    public Target(String id, String description, String source, TargetStatistic statistic,
                  double atLeast, double atMost, double scale, boolean heldOut) {
        this(id, description, source, statistic, atLeast, atMost, scale, heldOut, 0, "");
    }

    public boolean contains(double value) {
        return value >= atLeast && value <= atMost;
    }

    /** Distance from value to the range, in units of scale (0 inside). */
    public double miss(double value) {
        double below = atLeast - value;
        double above = value - atMost;
        return Math.max(0, Math.max(below, above)) / scale;
    }

    /** "26 .. 36", "≥ 0", "≤ 0.5". */
    public String range() {
        if (Double.isInfinite(atLeast)) {
            return "<= " + atMost;
        }
        return Double.isInfinite(atMost) ? ">= " + atLeast : atLeast + " .. " + atMost;
    }
}
