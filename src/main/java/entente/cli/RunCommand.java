package entente.cli;

import entente.experiment.SeriesStats;
import entente.model.EntenteModel;
import entente.model.EventCounts;
import entente.model.Metric;
import entente.model.RunRecord;
import entente.output.RunOutput;
import entente.report.Reports;
import entente.scenario.EventOrigin;
import entente.scenario.Scenario;
import entente.util.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente run}: one scenario, one seed, one results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulate a scenario and write its results folder (tables, summary, charts).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "scenario file, e.g. scenarios/baseline-2021-2023.yaml (not with --resume)")
    Path scenarioFile;

    @Option(names = "--seed", description = "random seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<name>-seed<seed>)")
    Path out;

    @Option(names = "--until", paramLabel = "DATE", description = "stop at this date (YYYY-MM-DD) instead of the scenario's end")
    LocalDate until;

    @Option(names = "--report", description = "also write report.html (one self-contained page) into the results folder")
    boolean report;

    @Option(names = "--no-charts", description = "write tables and summary only")
    boolean noCharts;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "with --until: also save the run's state at that date, to continue later with --resume")
    Path checkpoint;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "continue a run saved with --checkpoint to the scenario's end (instead of SCENARIO)")
    Path resume;

    @Override
    public Integer call() throws Exception {
        EntenteModel model = model();
        Scenario s = model.scenario();
        long runSeed = model.seed();
        Path folder = out != null ? out : Path.of("results", s.name() + "-seed" + runSeed);
        RunRecord r = model.record();
        RunOutput.write(r, s, runSeed, folder, !noCharts);
        report(r, s, runSeed, folder);
        if (report) {
            out().println("report: " + Reports.write(folder, null, null));
        }
        return Main.OK;
    }

    /** The run: a scenario simulated to its end or to --until, or a checkpoint continued to the end. */
    private EntenteModel model() throws Exception {
        if (resume != null) {
            if (scenarioFile != null || seed != null || until != null || checkpoint != null) {
                throw new BadInput("--resume continues a saved run as it was: give no SCENARIO, --seed, --until or --checkpoint");
            }
            EntenteModel m = Checkpoints.read(resume);
            m.finishRun();
            return m;
        }
        if (scenarioFile == null) {
            throw new BadInput("give a SCENARIO file, or --resume FILE");
        }
        if (checkpoint == null) {
            Scenario s = ScenarioArgs.load(scenarioFile, until);
            EntenteModel m = EntenteModel.started(s, seed == null ? s.seed() : seed);
            m.finishRun();
            return m;
        }
        if (until == null) {
            throw new BadInput("--checkpoint saves the run at --until DATE: give --until too");
        }
        Scenario s = ScenarioArgs.load(scenarioFile, null);
        ScenarioArgs.load(scenarioFile, until); // checks the date
        EntenteModel m = EntenteModel.started(s, seed == null ? s.seed() : seed);
        m.runThrough(until);
        Checkpoints.write(m, checkpoint);
        out().println("checkpoint: " + checkpoint + " (continue with: entente run --resume " + checkpoint + ")");
        return m;
    }

    private void report(RunRecord r, Scenario s, long seed, Path folder) {
        int decided = EventCounts.of(r).of(EventOrigin.DECISION);
        out().printf("%s: %s .. %s (%d days), seed %d%n", s.name(), r.start(), r.date(r.days() - 1), r.days(), seed);
        out().printf("events: %d from the timeline, %d chosen by states%n", r.events().size() - decided, decided);
        line(r, Metric.COHESION_TRILATERAL);
        line(r, Metric.COHESION_COUNTER);
        line(r, Metric.ESCALATION_INDEX);
        out().println("results: " + folder);
    }

    private void line(RunRecord r, Metric metric) {
        if (!r.has(metric.series())) {
            return;
        }
        SeriesStats st = SeriesStats.of(r.series(metric.series()));
        out().printf("%-24s start %s, end %s, peak %s on %s%n", metric.label() + ":", Numbers.format(st.initial()),
                Numbers.format(st.last()), Numbers.format(st.peak()), r.date(st.peakDay()));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
