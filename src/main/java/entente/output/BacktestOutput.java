package entente.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.io.Csv;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.scenario.Scenario;
import entente.util.BuildInfo;
import entente.util.Numbers;
import entente.validation.Backtest;
import entente.validation.BacktestVerdict;
import entente.validation.History;
import entente.validation.LaunchBaseline;
import entente.validation.Score;
import entente.validation.ScoredMonths;
import entente.validation.Split;
import entente.validation.Target;
import entente.validation.TargetResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results folder of a backtest: every score and target (backtest.csv), the monthly record
 * against the model's fan and the baselines (monthly.csv), the answer, the fitted baselines,
 * the drills counted and a manifest (summary.json), and the chart (backtest.png/.svg).
 */
public final class BacktestOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> SOURCES = List.of("record", "model", LaunchBaseline.POISSON, LaunchBaseline.HAWKES);

    private BacktestOutput() {}

    /** Writes the folder whole or not at all; {@code targetsFile} (may be null) goes into the manifest. */
    public static void write(Backtest b, Path targetsFile, Path folder, boolean charts) throws IOException {
        RunFolder.write(folder, OutputKind.BACKTEST, dir -> {
            table(b, dir.resolve("backtest.csv"));
            monthly(b, dir.resolve("monthly.csv"));
            ObjectNode summary = summary(b);
            ((ObjectNode) summary.get("manifest")).put("targets_file", targetsFile == null ? null : targetsFile.toString());
            JSON.writeValue(dir.resolve("summary.json").toFile(), summary);
            if (charts) {
                ChartFiles.write(BacktestChart.fan(b), dir, "backtest");
            }
        });
    }

    private static void table(Backtest b, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("row", "id", "months", "description"));
        header.addAll(SOURCES);
        header.addAll(List.of("threshold", "verdict"));
        try (CSVPrinter out = Csv.writer(file, header)) {
            for (Score s : b.scores()) {
                out.printRecord(row("score", s.id(), s.months(), s.description(), s.record(), s.model(), s.baselines(),
                        "", s.verdict()));
            }
            for (TargetResult t : b.targets()) {
                out.printRecord(row("target", t.target().id(), months(t.target()), t.target().description(), t.record(),
                        t.value(), t.baselines(), t.threshold(), t.verdict()));
            }
        }
    }

    private static List<String> row(String kind, String id, String months, String description, double record, double model,
                                    Map<String, Double> baselines, String threshold, String verdict) {
        List<String> r = new ArrayList<>(List.of(kind, id, months, description, cell(record), cell(model)));
        for (String name : SOURCES.subList(2, SOURCES.size())) {
            r.add(cell(baselines.getOrDefault(name, Double.NaN)));
        }
        r.add(threshold);
        r.add(verdict);
        return r;
    }

    /** Which months or dates a target looks at, in the months column. */
    private static String months(Target t) {
        return switch (t.measure()) {
            case YEAR_TOTAL, YEAR_DROP -> String.join("-", t.years().stream().map(String::valueOf).toList());
            case RISE_SHARE -> "from " + t.from();
            default -> t.months();
        };
    }

    private static void monthly(Backtest b, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("month", "set", "held_out", "record", "model_mean"));
        for (double p : Backtest.FAN) {
            header.add("model_q" + String.format("%02d", Math.round(p * 100)));
        }
        header.addAll(List.of("poisson_mean", "hawkes_mean", "timeline_inputs"));
        ScoredMonths m = b.months();
        List<double[]> columns = new ArrayList<>(List.of(b.record().meanMonthly(), b.model().meanMonthly()));
        for (double p : Backtest.FAN) {
            columns.add(b.model().quantile(p));
        }
        b.baselineSamples().forEach(s -> columns.add(s.meanMonthly()));
        columns.add(b.inputs());
        try (CSVPrinter out = Csv.writer(file, header)) {
            for (int k = 0; k < m.size(); k++) {
                List<String> r = new ArrayList<>(List.of(m.months().get(k).toString(), m.split(k).label(),
                        String.valueOf(m.split(k) == Split.HELD_OUT)));
                for (double[] c : columns) {
                    r.add(Numbers.format(c[k]));
                }
                out.printRecord(r);
            }
        }
    }

    static ObjectNode summary(Backtest b) {
        ObjectNode root = JSON.createObjectNode();
        root.put("question", "Do " + b.actor() + "'s own " + b.type() + " days in " + b.scenario().name()
                + " follow the public record, and do they beat two naive baselines?");
        BacktestVerdict.lines(b).forEach(root.putArray("answer")::add);
        months(root.putObject("scored_months"), b.months());
        ArrayNode scores = root.putArray("scores");
        for (Score s : b.scores()) {
            ObjectNode o = scores.addObject().put("id", s.id()).put("months", s.months()).put("description", s.description());
            values(o, s.record(), s.model(), s.baselines());
            o.put("verdict", s.verdict());
        }
        ArrayNode targets = root.putArray("targets");
        for (TargetResult t : b.targets()) {
            ObjectNode o = targets.addObject().put("id", t.target().id()).put("description", t.target().description())
                    .put("months", months(t.target()));
            values(o, t.record(), t.value(), t.baselines());
            o.put("threshold", t.threshold()).put("status", t.status().label()).put("note", t.note());
        }
        baselines(root.putObject("baselines"), b);
        drills(root.putObject("drills"), b);
        manifest(root.putObject("manifest"), b);
        return root;
    }

    private static void months(ObjectNode out, ScoredMonths m) {
        out.put("from", m.months().get(0).toString());
        out.put("to", m.months().get(m.size() - 1).toString());
        for (Split s : Split.values()) {
            ArrayNode a = out.putArray(s.label());
            for (int k : m.indices(s)) {
                a.add(m.months().get(k).toString());
            }
        }
    }

    private static void values(ObjectNode o, double record, double model, Map<String, Double> baselines) {
        number(o, "record", record);
        number(o, "model", model);
        baselines.forEach((name, v) -> number(o, name, v));
    }

    private static void baselines(ObjectNode out, Backtest b) {
        out.put("fitted_on", "the in-sample months of " + String.join(", ", b.history().holdout().inSample().stream()
                .map(Object::toString).toList()) + " (data/holdout.yaml), each a window that starts without history");
        out.put("burn_in_days", LaunchBaseline.BURN_IN_DAYS);
        out.put("simulated", b.replications() + " replications each, launch days counted once per day");
        for (LaunchBaseline l : b.baselines()) {
            ObjectNode o = out.putObject(l.name());
            o.put("fitted_launch_days", l.fittedLaunches());
            number(o, "mu_per_day", l.process().mu());
            number(o, "branching_ratio", l.process().branching());
            if (l.process().branching() > 0) {
                number(o, "decay_per_day", l.process().decay());
                number(o, "half_life_days", Math.log(2) / l.process().decay());
            }
            number(o, "long_run_launch_days_per_30_days", 30 * l.process().stationaryRate());
            number(o, "log_likelihood", l.logLikelihood());
        }
    }

    /** Exactly which rows of the exercise table count: drills whose window touches the scored months. */
    private static void drills(ObjectNode out, Backtest b) {
        out.put("window_days", Backtest.DRILL_WINDOW_DAYS);
        out.put("rule", "rows of the exercise table with status " + String.join(" or ", History.DRILLS_HELD.stream().sorted().toList())
                + "; a launch day counts if it is a drill's first day or one of the "
                + (Backtest.DRILL_WINDOW_DAYS - 1) + " days after it");
        ArrayNode a = out.putArray("counted");
        LocalDate from = b.months().firstDay().minusDays(Backtest.DRILL_WINDOW_DAYS - 1);
        for (History.Drill d : b.history().drills()) {
            if (!d.start().isBefore(from) && !d.start().isAfter(b.months().lastDay())) {
                a.addObject().put("start", d.start().toString()).put("name", d.name()).put("status", d.status());
            }
        }
    }

    private static void manifest(ObjectNode out, Backtest b) {
        BuildInfo info = BuildInfo.current();
        Scenario s = b.scenario();
        out.put("entente_version", info.version());
        out.put("git_commit", info.commit());
        out.put("git_dirty", info.dirty());
        out.put("scenario_file", s.file());
        out.put("scenario_sha256", s.checksum());
        out.put("period_start", s.start().toString());
        out.put("period_end", s.end().toString());
        out.put("seed", b.seed());
        out.put("replications", b.replications());
        out.put("actor", b.actor());
        out.put("type", b.type().name());
        ObjectNode files = out.putObject("history_files");
        b.history().files().forEach(files::put);
        out.put("counted_kinds", String.join(" ", History.MAIN_SERIES.stream().sorted().toList()));
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isNaN(v)) {
            o.putNull(field);
        } else {
            o.put(field, Numbers.round(v));
        }
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }
}
