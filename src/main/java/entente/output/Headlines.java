package entente.output;

import entente.experiment.Comparison;
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
                lines.add(line(item.label(), c.effect(key)));
            }
        }
        for (Outcome o : c.outcomes()) {
            for (String statistic : o.kind().statistics()) {
                lines.add(line(label(o, statistic), c.effect(Comparison.EffectKey.outcome(o, statistic))));
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
        String values = label + ": " + r3(e.baseMean()) + " in the base, " + r3(e.variantMean()) + " in the variant";
        if (!e.clear()) {
            return values + "; no clear difference (" + signed(e.difference()) + ", 95% CI " + signed(e.low())
                    + " to " + signed(e.high()) + ")";
        }
        boolean higher = e.difference() > 0;
        double lo = higher ? e.low() : -e.high();
        double hi = higher ? e.high() : -e.low();
        return values + "; " + (higher ? "higher" : "lower") + " by " + r3(Math.abs(e.difference()))
                + " (95% CI " + r3(lo) + " to " + r3(hi) + ")";
    }

    private static String r3(double v) {
        return Numbers.format(round3(v));
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + r3(v);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
