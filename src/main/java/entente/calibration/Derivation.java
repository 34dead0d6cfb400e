package entente.calibration;

import entente.scenario.ActorField;
import entente.scenario.EventType;
import entente.scenario.ParameterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * From coded claims to the preference numbers of a scenario (docs/calibration.md). Every number
 * rests on a shrunk mean of ordinal values, m = Σ w·c·v / (w0 + Σ w·c): claims weighted by their
 * confidence c and their age weight w, plus a neutral pseudo-claim (v = 0) of weight w0, so that
 * thin, weak or stale evidence moves a number less than plentiful, confident, current evidence.
 * Where there is no claim at all nothing is derived and the scenario's default stands.
 *
 * <p>Time: a number holds from the period's start, or from a dated change that sets it, until
 * the next such change. Each claim informs the one stretch its date falls in; a claim dated
 * outside the scenario's period counts with w = 2^(−days away / {@link #HALF_LIFE_DAYS}).
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
    /** A claim this many days outside the stretch of time it informs counts half. */
    public static final double HALF_LIFE_DAYS = 365;

    private Derivation() {}

    /**
     * One derived number.
     *
     * @param claims  the claims behind it
     * @param weights each claim's age weight, by claim id (1 for a claim dated inside its stretch)
     * @param basis   how it was computed, e.g. "m = +1.11"
     * @param change  the dated change that sets it, or null for a starting value
     */
    public record Derived(String path, String actor, Dimension dimension, double value, List<Claim> claims,
                          Map<String, Double> weights, String basis, DatedChange change) {
        public double weight(Claim c) {
            return weights.getOrDefault(c.id(), 1.0);
        }

        /** True when claims about the same target point in opposite directions. */
        public boolean contested() {
            return claims.stream().collect(Collectors.groupingBy(c -> Objects.toString(c.target()))).values().stream()
                    .anyMatch(g -> g.stream().anyMatch(c -> c.value() > 0) && g.stream().anyMatch(c -> c.value() < 0));
        }
    }

    /**
     * The numbers a dated change sets, from the claims dated on or after it (and before the next
     * change of the same number).
     *
     * @param unsupported numbers the change covers that no claim of its stretch speaks to: the
     *                    value in force before it carries on
     */
    public record ChangeValues(DatedChange change, List<Derived> values, List<String> unsupported) {}

    /** Every starting number the evidence supports, actor by actor in frame order. */
    public static List<Derived> derive(Evidence e) {
        Stretches s = new Stretches(e);
        return derive(e, c -> s.stretch(c) == 0 ? s.ageWeight(c) : 0, null);
    }

    /** For each dated change of the evidence's period, in date order, the numbers it sets. */
    public static List<ChangeValues> changes(Evidence e) {
        Stretches s = new Stretches(e);
        Set<String> derivable = new LinkedHashSet<>();
        e.claims().forEach(c -> derivable.add(pathOf(c, e.poles())));
        derivable.remove(null);
        List<ChangeValues> out = new ArrayList<>();
        for (DatedChange ch : e.period().changes()) {
            List<Derived> values = derive(e, c -> {
                String path = pathOf(c, e.poles());
                return path != null && ch.covers(path) && s.stretch(c) == s.boundaries(path).indexOf(ch.date()) + 1
                        ? s.ageWeight(c) : 0;
            }, ch).stream().filter(d -> ch.covers(d.path())).toList();
            Set<String> set = values.stream().map(Derived::path).collect(Collectors.toSet());
            List<String> unsupported = derivable.stream().filter(p -> ch.covers(p) && !set.contains(p)).sorted().toList();
            out.add(new ChangeValues(ch, values, unsupported));
        }
        return out;
    }

    /** The parameter a claim informs, or null (commitment toward states other than the poles informs none). */
    static String pathOf(Claim c, List<String> poles) {
        String x = c.actor();
        return switch (c.dimension()) {
            case THREAT -> ActorField.THREAT_SENSITIVITY.family().path(x);
            case COMMITMENT -> poles.contains(c.target()) ? ActorField.HEDGING.family().path(x) : null;
            case POSTURE -> ParameterRegistry.SENSITIVITY.path(x, c.target());
            case ASIAN_NATO -> ParameterRegistry.SENSITIVITY.path(x, EventType.NATO_ENGAGEMENT.name());
            case AFFINITY, DEPENDENCE -> relation(c.dimension(), x, c.target());
        };
    }

    /** The path of x's affinity or dependence toward y. */
    private static String relation(Dimension d, String x, String y) {
        return (d == Dimension.AFFINITY ? ParameterRegistry.AFFINITY : ParameterRegistry.DEPENDENCE).path(x, y);
    }

    /** Which stretch of time each claim informs, and how much its distance from it discounts it. */
    private static final class Stretches {
        private final Period period;
        private final List<String> poles;

        Stretches(Evidence e) {
            this.period = e.period();
            this.poles = e.poles();
        }

        /** The dates of the changes that set this number, in order. */
        List<LocalDate> boundaries(String path) {
            return period.changes().stream().filter(ch -> ch.covers(path)).map(DatedChange::date).toList();
        }

        /** 0 for the stretch from the period's start, k for the one from the k-th change of its number. */
        int stretch(Claim c) {
            String path = pathOf(c, poles);
            if (path == null || !period.bounded()) {
                return 0;
            }
            return (int) boundaries(path).stream().filter(b -> !c.asOf().isBefore(b)).count();
        }

        /** 2^(−d / half-life), d = days from the claim's date to the stretch it informs (0 inside it). */
        double ageWeight(Claim c) {
            String path = pathOf(c, poles);
            if (path == null || !period.bounded()) {
                return 1;
            }
            List<LocalDate> b = boundaries(path);
            int k = stretch(c);
            LocalDate from = k == 0 ? period.start() : b.get(k - 1);
            LocalDate to = k == b.size() ? period.end() : b.get(k).minusDays(1);
            long days = c.asOf().isBefore(from) ? ChronoUnit.DAYS.between(c.asOf(), from)
                    : c.asOf().isAfter(to) ? ChronoUnit.DAYS.between(to, c.asOf()) : 0;
            return Math.pow(2, -days / HALF_LIFE_DAYS);
        }
    }

    /** The numbers from the claims of positive weight, each claim's mean term scaled by its weight. */
    private static List<Derived> derive(Evidence e, ToDoubleFunction<Claim> weight, DatedChange change) {
        Map<String, Double> weights = new LinkedHashMap<>();
        e.claims().forEach(c -> weights.put(c.id(), weight.applyAsDouble(c)));
        Builder b = new Builder(weights, change);
        for (String x : e.actors()) {
            List<Claim> threat = b.used(e.about(x, Dimension.THREAT));
            if (!threat.isEmpty()) {
                double m = b.mean(threat);
                b.add(x, ActorField.THREAT_SENSITIVITY.family().path(x), Dimension.THREAT, 1 + THREAT_SCALE * m, threat, "m = " + signed(m));
            }
            hedging(e, x, b);
            for (EventType t : EventType.values()) {
                boolean nato = t == EventType.NATO_ENGAGEMENT;
                List<Claim> cs = b.used(nato ? e.about(x, Dimension.ASIAN_NATO) : e.about(x, Dimension.POSTURE, t.name()));
                if (!cs.isEmpty()) {
                    double m = b.mean(cs);
                    double v = nato ? 1 - SENSITIVITY_SCALE * m : 1 + SENSITIVITY_SCALE * m;
                    b.add(x, ParameterRegistry.SENSITIVITY.path(x, t.name()), cs.get(0).dimension(), v, cs, "m = " + signed(m));
                }
            }
            for (Dimension d : List.of(Dimension.AFFINITY, Dimension.DEPENDENCE)) {
                for (String y : e.actors()) {
                    List<Claim> cs = b.used(e.about(x, d, y));
                    if (!cs.isEmpty()) {
                        double m = b.mean(cs);
                        double v = d == Dimension.AFFINITY ? m / 2 : Math.max(0, m / 2);
                        b.add(x, relation(d, x, y), d, v, cs, "m = " + signed(m));
                    }
                }
            }
        }
        return b.out;
    }

    /** Hedging between the two poles, from the actor's commitment to each (a pole's own side counts +2). */
    private static void hedging(Evidence e, String x, Builder b) {
        if (e.poles().size() != 2) {
            return;
        }
        List<Claim> behind = new ArrayList<>();
        double[] c = new double[2];
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            String pole = e.poles().get(k);
            List<Claim> cs = b.used(e.about(x, Dimension.COMMITMENT, pole));
            behind.addAll(cs);
            c[k] = pole.equals(x) ? OWN_POLE : b.mean(cs);
            parts.add("c(" + pole + ") = " + signed(c[k]) + (pole.equals(x) ? " (own pole)" : ""));
        }
        if (!behind.isEmpty()) {
            double h = HEDGING_MAX * (1 - Math.abs(c[0] - c[1]) / 4);
            b.add(x, ActorField.HEDGING.family().path(x), Dimension.COMMITMENT, h, behind, String.join(", ", parts));
        }
    }

    /** Collects derived numbers under one weighting of the claims. */
    private static final class Builder {
        final Map<String, Double> weights;
        final DatedChange change;
        final List<Derived> out = new ArrayList<>();

        Builder(Map<String, Double> weights, DatedChange change) {
            this.weights = weights;
            this.change = change;
        }

        List<Claim> used(List<Claim> claims) {
            return claims.stream().filter(c -> weights.get(c.id()) > 0).toList();
        }

        double mean(List<Claim> claims) {
            return Derivation.mean(claims, c -> weights.get(c.id()));
        }

        void add(String actor, String path, Dimension d, double value, List<Claim> claims, String basis) {
            Map<String, Double> w = new LinkedHashMap<>();
            claims.forEach(c -> w.put(c.id(), weights.get(c.id())));
            out.add(new Derived(path, actor, d, round(value), List.copyOf(claims), Map.copyOf(w),
                    basis, change));
        }
    }

    /** The shrunk, confidence-weighted mean m = Σ c·v / (w0 + Σ c); 0 for no claims. */
    public static double mean(List<Claim> claims) {
        return mean(claims, c -> 1);
    }

    /** The shrunk mean with each claim's confidence scaled by its weight: Σ w·c·v / (w0 + Σ w·c). */
    public static double mean(List<Claim> claims, ToDoubleFunction<Claim> weight) {
        double sum = 0;
        double total = PRIOR_WEIGHT;
        for (Claim c : claims) {
            double wc = weight.applyAsDouble(c) * c.confidence();
            sum += wc * c.value();
            total += wc;
        }
        return sum / total;
    }

    /** Two decimals, halves away from zero: the ordinal evidence supports no more. */
    public static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }
}
