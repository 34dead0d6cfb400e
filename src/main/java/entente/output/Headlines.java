package entente.output;

import entente.experiment.Comparison;
import entente.experiment.EffectUncertainty;
import entente.experiment.MeanEstimate;
import entente.experiment.Outcome;
import entente.model.Metric;
import entente.model.RunRecord;
import entente.util.Numbers;
import java.util.ArrayList;
import java.util.List;

/** The plain-language answer of a comparison: one line per headline metric. */
public final class Headlines {
    /** A headline: which effect, and how to name it. */
    private record Item(String metric, String actor, String statistic, String label) {}

    private static final List<Item> ITEMS = List.of(
            new Item(Metric.COHESION_TRILATERAL.key(), "", "final", "trilateral cohesion at the end"),
            new Item(Metric.COHESION_COUNTER.key(), "", "final", "counter-bloc alignment at the end"),
            new Item(Metric.POLARIZATION.key(), "", "final", "polarization at the end"),
            new Item(Metric.ESCALATION_INDEX.key(), "", "peak", "peak escalation index"),
            new Item(Metric.ESCALATION_INDEX.key(), "", "final", "escalation index at the end"),
            new Item(Metric.ESCALATION.key(), "PRK", "peak", "North Korea's peak escalation"),
            new Item(Metric.HEDGING.key(), "KOR", "final", "South Korea's hedging at the end"),
            new Item("events", "MISSILE_TEST", "count", "missile tests"),
            new Item("events", "JOINT_EXERCISE", "count", "joint exercises"),
            new Item("events", "JOINT_PATROL", "count", "joint patrols"));

    private Headlines() {}

    public static List<String> of(Comparison c) {
        List<String> lines = new ArrayList<>();
        for (Item item : ITEMS) {
            Comparison.EffectKey key = new Comparison.EffectKey(new RunRecord.Key(item.metric(), item.actor(), ""),
                    item.statistic());
            if (c.effects().containsKey(key)) {
                lines.add(c.draws() > 0 ? line(item.label(), c.effect(key), c.uncertainty(key))
                        : line(item.label(), c.effect(key)));
            }
        }
        for (Outcome o : c.outcomes()) {
            for (String statistic : o.kind().statistics()) {
                // a difference of probabilities lies in −1 … 1, of days within ± the period, whatever
                // the normal interval says
                double bound = switch (statistic) {
                    case "probability" -> 1;
                    case "day" -> c.days();
                    default -> Double.POSITIVE_INFINITY;
                };
                lines.add(line(label(o, statistic), c.effect(Comparison.EffectKey.outcome(o, statistic)), -bound, bound));
            }
        }
        return lines;
    }

    /** "P(escalation.PRK above 7)", "days to escalation.PRK above 7", "missile test events in the period". */
    static String label(Outcome o, String statistic) {
        return switch (statistic) {
            case "probability" -> o.name() + ": probability of " + o.describe();
            case "day" -> o.name() + ": days to " + o.describe() + " (the whole period when never)";
            default -> o.name() + ": " + o.describe();
        };
    }

    static String line(String label, MeanEstimate e) {
        return line(label, e, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The headline of an effect whose difference cannot leave [min, max] (a probability's
     * between −1 and 1): its interval is cut there. An interval of zero width, where every
     * replication gave the same difference, is said in words rather than as "0 to 0".
     */
    static String line(String label, MeanEstimate e, double min, double max) {
        String values = label + ": " + r3(e.baseMean()) + " in the base, " + r3(e.variantMean()) + " in the variant";
        if (e.count() > 1 && e.halfWidth() == 0) {
            return values + (e.difference() == 0 ? "; no detectable difference (the same in every replication)"
                    : "; " + (e.difference() > 0 ? "higher" : "lower") + " by " + r3(Math.abs(e.difference()))
                            + " in every replication");
        }
        double low = Math.max(min, e.low());
        double high = Math.min(max, e.high());
        if (!e.clear()) {
            return values + "; no clear difference (" + signed(e.difference()) + ", 95% CI " + signed(low)
                    + " to " + signed(high) + ")";
        }
        boolean higher = e.difference() > 0;
        double lo = higher ? low : -high;
        double hi = higher ? high : -low;
        return values + "; " + (higher ? "higher" : "lower") + " by " + r3(Math.abs(e.difference()))
                + " (95% CI " + r3(lo) + " to " + r3(hi) + ")";
    }

    /**
     * A headline across a posterior: the seed-only and the total interval, and how likely the
     * sign is; says so plainly when the sign does not hold across the parameters' uncertainty.
     */
    static String line(String label, MeanEstimate pooled, EffectUncertainty u) {
        String values = label + ": " + r3(pooled.baseMean()) + " in the base, " + r3(pooled.variantMean()) + " in the variant";
        if (!u.clearOnSeeds()) {
            return values + "; no clear difference (" + signed(u.mean()) + ", 95% CI over seeds " + signed(u.seedLow())
                    + " to " + signed(u.seedHigh()) + "; with parameter uncertainty " + signed(u.totalLow()) + " to "
                    + signed(u.totalHigh()) + ")";
        }
        boolean higher = u.mean() > 0;
        String direction = higher ? "higher" : "lower";
        // magnitudes in the direction named, as the seed-only headline gives them
        double sign = higher ? 1 : -1;
        String intervals = "95% CI over seeds " + range(sign * u.seedLow(), sign * u.seedHigh())
                + "; with parameter uncertainty " + range(sign * u.totalLow(), sign * u.totalHigh());
        String answer = values + "; " + direction + " by " + r3(Math.abs(u.mean())) + " (" + intervals + ")";
        String probability = u.pSign() >= 0.995 ? "above 0.99" : Numbers.format(Math.round(u.pSign() * 100) / 100.0);
        return u.robust() ? answer + "; " + direction + " with probability " + probability
                : answer + "; the sign is not robust: " + direction + " with probability " + probability + " only";
    }

    /** "a to b" in increasing order, signed where an end is negative. */
    private static String range(double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        return lo < 0 ? signed(lo) + " to " + signed(hi) : r3(lo) + " to " + r3(hi);
    }

    /** Three significant figures: enough to compare, without the six decimals of the tables. */
    private static String r3(double v) {
        return Numbers.significant(v, 3);
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + r3(v);
    }
}
