package entente.calibration;

import entente.scenario.EventType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * From coded claims to the preference numbers of a scenario (docs/calibration.md). Every number
 * rests on a shrunk mean of ordinal values, m = Σ c·v / (w0 + Σ c): claims weighted by their
 * confidence c, plus a neutral pseudo-claim (v = 0) of weight w0, so that thin or weak evidence
 * moves a number less than plentiful, confident evidence. Where there is no claim at all nothing
 * is derived and the scenario's default stands.
 */
public final class Derivation {
    /** Weight w0 of the neutral pseudo-claim in every mean. */
    public static final double PRIOR_WEIGHT = 0.5;
    /** threat_sensitivity = 1 + THREAT_SCALE·m over all of the actor's threat claims: 0.5 .. 1.5. */
    public static final double THREAT_SCALE = 0.25;
    /** sensitivity.TYPE = 1 + SENSITIVITY_SCALE·m (posture), NATO_ENGAGEMENT = 1 − SENSITIVITY_SCALE·m (asian_nato). */
    public static final double SENSITIVITY_SCALE = 0.4;
    /** hedging = HEDGING_MAX·(1 − |c(pole A) − c(pole B)| / 4). */
    public static final double HEDGING_MAX = 0.8;
    /** A pole's commitment to its own side. */
    public static final double OWN_POLE = 2;

    private Derivation() {}

    /**
     * One derived number.
     *
     * @param claims the claims behind it
     * @param basis  how it was computed, e.g. "m = +1.11"
     */
    public record Derived(String path, String actor, Dimension dimension, double value, List<Claim> claims,
                          String basis) {
        /** True when claims about the same target point in opposite directions. */
        public boolean contested() {
            return claims.stream().collect(Collectors.groupingBy(c -> Objects.toString(c.target()))).values().stream()
                    .anyMatch(g -> g.stream().anyMatch(c -> c.value() > 0) && g.stream().anyMatch(c -> c.value() < 0));
        }
    }

    /** Every number the evidence supports, actor by actor in frame order. */
    public static List<Derived> derive(Evidence e) {
        List<Derived> out = new ArrayList<>();
        for (String x : e.actors()) {
            List<Claim> threat = e.about(x, Dimension.THREAT);
            if (!threat.isEmpty()) {
                double m = mean(threat);
                out.add(derived(x, "threat_sensitivity", Dimension.THREAT, 1 + THREAT_SCALE * m, threat, "m = " + signed(m)));
            }
            hedging(e, x, out);
            for (EventType t : EventType.values()) {
                boolean nato = t == EventType.NATO_ENGAGEMENT;
                List<Claim> cs = nato ? e.about(x, Dimension.ASIAN_NATO) : e.about(x, Dimension.POSTURE, t.name());
                if (!cs.isEmpty()) {
                    double m = mean(cs);
                    double v = nato ? 1 - SENSITIVITY_SCALE * m : 1 + SENSITIVITY_SCALE * m;
                    out.add(derived(x, "sensitivity." + t, cs.get(0).dimension(), v, cs, "m = " + signed(m)));
                }
            }
            for (Dimension d : List.of(Dimension.AFFINITY, Dimension.DEPENDENCE)) {
                for (String y : e.actors()) {
                    List<Claim> cs = e.about(x, d, y);
                    if (!cs.isEmpty()) {
                        double m = mean(cs);
                        double v = d == Dimension.AFFINITY ? m / 2 : Math.max(0, m / 2);
                        out.add(derived(x, d.key() + "." + y, d, v, cs, "m = " + signed(m)));
                    }
                }
            }
        }
        return out;
    }

    /** Hedging between the two poles, from the actor's commitment to each (a pole's own side counts +2). */
    private static void hedging(Evidence e, String x, List<Derived> out) {
        if (e.poles().size() != 2) {
            return;
        }
        List<Claim> behind = new ArrayList<>();
        double[] c = new double[2];
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            String pole = e.poles().get(k);
            List<Claim> cs = e.about(x, Dimension.COMMITMENT, pole);
            behind.addAll(cs);
            c[k] = pole.equals(x) ? OWN_POLE : mean(cs);
            parts.add("c(" + pole + ") = " + signed(c[k]) + (pole.equals(x) ? " (own pole)" : ""));
        }
        if (!behind.isEmpty()) {
            double h = HEDGING_MAX * (1 - Math.abs(c[0] - c[1]) / 4);
            out.add(derived(x, "hedging", Dimension.COMMITMENT, h, behind, String.join(", ", parts)));
        }
    }

    private static Derived derived(String actor, String field, Dimension d, double value, List<Claim> claims, String basis) {
        return new Derived("actors." + actor + "." + field, actor, d, round(value), List.copyOf(claims), basis);
    }

    /** The shrunk, confidence-weighted mean m = Σ c·v / (w0 + Σ c); 0 for no claims. */
    public static double mean(List<Claim> claims) {
        double sum = 0;
        double weight = PRIOR_WEIGHT;
        for (Claim c : claims) {
            sum += c.confidence() * c.value();
            weight += c.confidence();
        }
        return sum / weight;
    }

    /** Two decimals, halves away from zero: the ordinal evidence supports no more. */
    public static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }
}
