package entente.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The backtest's answer in a few plain lines: what was scored, the main scores, which baselines the model beats, the targets. */
public final class BacktestVerdict {
    private BacktestVerdict() {}

    public static List<String> lines(Backtest b) {
        List<String> out = new ArrayList<>();
        ScoredMonths m = b.months();
        out.add(String.format(Locale.ROOT, "scored: %s's own %s days (agents' choices only), %d months %s "
                        + "(%d in-sample, %d held-out), %d replications", b.actor(), b.type(), m.size(), m,
                m.indices(Split.IN_SAMPLE).length, m.indices(Split.HELD_OUT).length, b.replications()));
        out.add(String.format(Locale.ROOT, "timeline inputs: %s of %s's launch days in these months are scripted "
                + "in the scenario and are not scored", number(b.score("timeline_inputs", Backtest.ALL).model()), b.actor()));
        List<Score> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        row(b, rows, labels, "total", Backtest.ALL, "launch days");
        for (String set : List.of(Split.HELD_OUT.label(), Split.IN_SAMPLE.label(), Backtest.ALL)) {
            row(b, rows, labels, "monthly_r", set, "r, " + set + " months");
            row(b, rows, labels, "monthly_r_per_replication", set, "  r per replication, " + set);
            row(b, rows, labels, "monthly_rmse", set, "RMSE, " + set + " months");
        }
        row(b, rows, labels, "dispersion", Backtest.ALL, "dispersion (variance/mean)");
        row(b, rows, labels, "quiet_months", Backtest.ALL, "quiet months (record <= " + Backtest.QUIET_MONTH_MAX + "), mean");
        row(b, rows, labels, "drill_share", Backtest.ALL, "drill-window share (chance "
                + number(b.score("drill_chance", Backtest.ALL).record()) + ")");
        List<String> sources = new ArrayList<>(List.of("record", "model"));
        sources.addAll(rows.get(0).baselines().keySet());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-40s", ""));
        sources.forEach(name -> head.append(String.format(Locale.ROOT, "%10s", name)));
        out.add(head.toString());
        for (int i = 0; i < rows.size(); i++) {
            Score sc = rows.get(i);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-40s%10s%10s", labels.get(i),
                    cell(sc.record()), cell(sc.model())));
            sc.baselines().values().forEach(v -> line.append(String.format(Locale.ROOT, "%10s", cell(v))));
            out.add(line.toString());
        }
        for (String baseline : rows.get(0).baselines().keySet()) {
            out.add(beats(rows, labels, baseline));
        }
        long met = b.targets().stream().filter(t -> t.status() == TargetResult.Status.MET).count();
        long missed = b.targets().stream().filter(t -> t.status() == TargetResult.Status.MISSED).count();
        if (!b.targets().isEmpty()) {
            out.add(String.format(Locale.ROOT, "targets: %d met, %d missed, %d not applicable to this period", met, missed,
                    b.targets().size() - met - missed));
        }
        for (TargetResult t : b.targets()) {
            out.add(String.format(Locale.ROOT, "  %-15s %s: %s, %s", t.status().label().toUpperCase(Locale.ROOT),
                    t.target().id(), number(t.value()), t.threshold()) + (t.note().isEmpty() ? "" : " (" + t.note() + ")"));
        }
        return out;
    }

    private static void row(Backtest b, List<Score> rows, List<String> labels, String id, String set, String label) {
        Score s = b.score(id, set);
        if (s != null) {
            rows.add(s);
            labels.add(label);
        }
    }

    /** "the model beats poisson on r, held-out months, ...; not on ...", over the rows shown. */
    private static String beats(List<Score> rows, List<String> labels, String baseline) {
        List<String> won = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Boolean w = rows.get(i).beats(baseline);
            if (w != null) {
                (w ? won : lost).add(labels.get(i).trim().replaceFirst(" \\(chance.*", ""));
            }
        }
        return "against " + baseline + ", the model is better on: " + (won.isEmpty() ? "nothing" : String.join("; ", won))
                + "; not on: " + (lost.isEmpty() ? "nothing" : String.join("; ", lost));
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "-" : number(v);
    }

    /** Two decimals without trailing zeros; "undefined" for NaN. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        return java.math.BigDecimal.valueOf(Math.round(v * 100), 2).stripTrailingZeros().toPlainString();
    }
}
