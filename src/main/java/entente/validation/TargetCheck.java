package entente.validation;

import entente.util.Numbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Judges one declared target against the scores of a backtest. */
final class TargetCheck {
    private final Backtest b;

    TargetCheck(Backtest b) {
        this.b = b;
    }

    TargetResult evaluate(Target t) {
        return switch (t.measure()) {
            case MONTHLY_R, MONTHLY_RMSE, DISPERSION -> fromScore(t, b.score(t.measure().key(), t.months()),
                    "no " + t.months() + " months in the scored period " + b.months());
            case DRILL_SHARE -> fromScore(t, b.score("drill_share", Backtest.ALL), "no drill share was scored");
            case YEAR_TOTAL -> wholeYears(t) ? fromScore(t, b.score("total", String.valueOf(t.years().get(0))), "")
                    : notApplicable(t, yearsMissing(t));
            case YEAR_DROP -> wholeYears(t) ? drop(t) : notApplicable(t, yearsMissing(t));
            case RISE_SHARE -> riseShare(t);
        };
    }

    private boolean wholeYears(Target t) {
        return t.years().stream().allMatch(y -> b.months().indices(y).length == 12);
    }

    private String yearsMissing(Target t) {
        return "the scored months " + b.months() + " do not cover all of " + t.years().stream().map(String::valueOf)
                .reduce((x, y) -> x + " and " + y).orElse("");
    }

    private TargetResult fromScore(Target t, Score s, String whyMissing) {
        if (s == null) {
            return notApplicable(t, whyMissing);
        }
        return judge(t, s.record(), s.model(), s.baselines(), s);
    }

    /** The fall from the first year to the second as a share of the first: 1 − second / first. */
    private TargetResult drop(Target t) {
        double[] fromTo = new double[2];
        double[] record = new double[2];
        for (int i = 0; i < 2; i++) {
            int[] k = b.months().indices(t.years().get(i));
            fromTo[i] = b.model().total(k);
            record[i] = b.record().total(k);
        }
        return judge(t, 1 - record[1] / record[0], 1 - fromTo[1] / fromTo[0], Map.of(), null);
    }

    /**
     * The share of a series' rise over the period that comes from {@code from} on: (end − value
     * the day before) / (end − first day), on the replication mean of the named series.
     */
    private TargetResult riseShare(Target t) {
        LocalDate start = b.scenario().start();
        int k = (int) (t.from().toEpochDay() - start.toEpochDay());
        List<String> missing = t.series().stream().filter(s -> !b.meanSeries().containsKey(s)).toList();
        if (!missing.isEmpty()) {
            return notApplicable(t, "no series " + String.join(", ", missing) + " in scenario " + b.scenario().name());
        }
        int days = b.meanSeries().get(t.series().get(0)).length;
        if (k < 1 || k >= days) {
            return notApplicable(t, t.from() + " is not inside the period " + start + " .. " + b.scenario().end());
        }
        double[] mean = new double[days];
        for (String name : t.series()) {
            double[] s = b.meanSeries().get(name);
            for (int d = 0; d < days; d++) {
                mean[d] += s[d] / t.series().size();
            }
        }
        double share = Scores.riseShare(mean, k);
        if (Double.isNaN(share)) {
            return new TargetResult(t, Double.NaN, Double.NaN, Map.of(), TargetResult.Status.MISSED, threshold(t, Double.NaN),
                    "no rise to share out: " + String.join(" + ", t.series()) + " changes by "
                            + Numbers.format(mean[days - 1] - mean[0]) + " over the period");
        }
        return judge(t, Double.NaN, share, Map.of(), null);
    }

    private TargetResult judge(Target t, double record, double value, Map<String, Double> baselines, Score s) {
        String threshold = threshold(t, record);
        if (Double.isNaN(value)) {
            return new TargetResult(t, record, value, baselines, TargetResult.Status.MISSED, threshold,
                    "the model's value is undefined (e.g. no launches, or a constant monthly series)");
        }
        boolean met = switch (t.condition()) {
            case AT_LEAST -> value >= t.threshold();
            case AT_MOST -> value <= t.threshold();
            case ABOVE -> value > t.threshold();
            case WITHIN_PERCENT_OF_RECORD -> Math.abs(value - record) <= t.threshold() / 100 * Math.abs(record);
            case BEATS -> t.beats().stream().allMatch(name -> Boolean.TRUE.equals(s.beats(name)));
        };
        return new TargetResult(t, record, value, baselines, met ? TargetResult.Status.MET : TargetResult.Status.MISSED,
                threshold, "");
    }

    private static String threshold(Target t, double record) {
        String v = Numbers.format(t.threshold());
        return switch (t.condition()) {
            case AT_LEAST -> "at least " + v;
            case AT_MOST -> "at most " + v;
            case ABOVE -> "above " + v;
            case WITHIN_PERCENT_OF_RECORD -> Double.isNaN(record) ? "within " + v + "% of the record"
                    : "within " + v + "% of the record's " + Numbers.format(record) + " ("
                    + Numbers.format(record * (1 - t.threshold() / 100)) + " .. "
                    + Numbers.format(record * (1 + t.threshold() / 100)) + ")";
            case BEATS -> "beats " + String.join(" and ", t.beats());
        };
    }

    private TargetResult notApplicable(Target t, String why) {
        return new TargetResult(t, Double.NaN, Double.NaN, Map.of(), TargetResult.Status.NOT_APPLICABLE,
                threshold(t, Double.NaN), why);
    }
}
