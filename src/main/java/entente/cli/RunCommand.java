package entente.cli;

import entente.experiment.SeriesStats;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.model.EntenteModel;
import entente.model.EventCounts;
import entente.model.Metric;
import entente.model.RunRecord;
import entente.output.ChartFiles;
import entente.output.RunOutput;
import entente.report.Reports;
import entente.scenario.EventOrigin;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.util.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "results folder (default: results/<name>-seed<seed>)")
    Path out;

    @Option(names = "--until", paramLabel = "DATE", description = "stop at this date (YYYY-MM-DD) instead of the scenario's end")
    LocalDate until;

    @Option(names = "--report", description = "also write report.html (one self-contained page) into the results folder")
    boolean report;

    @Option(names = "--no-charts", description = "write tables and summary only")
    boolean noCharts;

    @Option(names = "--force", description = "write the results even when they would exceed the output budget "
            + "(1 GB; docs/limits.md)")
    boolean force;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "with --until: also save the run's state at that date, to continue later with --resume")
    Path checkpoint;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "continue a run saved with --checkpoint to the scenario's end (instead of SCENARIO)")
    Path resume;

    @Override
    public Integer call() throws Exception {
        if (!noCharts) {
            ChartFiles.warmUp();
        }
        EntenteModel model = start();
        Scenario s = model.scenario();
        long runSeed = model.seed();
        Path folder = out != null ? out : Path.of("results", s.name() + "-seed" + runSeed);
        OutputGuard.folder(folder, "--out", OutputKind.RUN,
                resume != null ? List.of(resume) : ScenarioReader.sources(scenarioFile));
        OutputBudget.check(OutputBudget.run(s, !noCharts), force, "this run (" + s.days() + " days, "
                + s.actorIds().size() + " states)");
        if (checkpoint != null) {
            Checkpoints.checkTarget(checkpoint);
            model.runThrough(until);
            Checkpoints.write(model, checkpoint);
            out().println("checkpoint: " + checkpoint + " (continue with: entente run --resume " + checkpoint + ")");
        } else {
            model.finishRun();
        }
        RunRecord r = model.record();
        RunOutput.write(r, s, runSeed, folder, !noCharts);
        report(r, s, runSeed, folder);
        if (report) {
            out().println("report: " + Reports.write(folder, null, null));
        }
        return Main.OK;
    }

    /**
     * The run, not yet simulated: a scenario (cut at --until, unless a checkpoint is to be saved
     * there) or a checkpoint to continue.
     */
    private EntenteModel start() throws Exception {
        if (resume != null) {
            if (scenarioFile != null || seed != null || until != null || checkpoint != null) {
                throw new BadInput("--resume continues a saved run as it was: give no SCENARIO, --seed, --until or --checkpoint");
            }
            return Checkpoints.read(resume);
        }
        if (scenarioFile == null) {
            throw new BadInput("give a SCENARIO file, or --resume FILE");
        }
        if (checkpoint != null && until == null) {
            throw new BadInput("--checkpoint saves the run at --until DATE: give --until too");
        }
        Scenario s = ScenarioArgs.load(scenarioFile, until);
        if (checkpoint != null) {
            s = ScenarioArgs.load(scenarioFile, null); // the whole period: the checkpoint continues to its end
        }
        return EntenteModel.started(s, seed == null ? s.seed() : seed);
    }

    private void report(RunRecord r, Scenario s, long seed, Path folder) {
        EventCounts counts = EventCounts.of(r);
        int decided = counts.of(EventOrigin.DECISION);
        int teams = counts.of(EventOrigin.TEAM);
        out().printf("%s: %s .. %s (%d days), seed %d%n", s.name(), r.start(), r.date(r.days() - 1), r.days(), seed);
        out().printf("events: %d from the timeline, %d chosen by states%s%n", r.events().size() - decided - teams, decided,
                teams > 0 ? ", " + teams + " by classroom teams" : "");
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
        // three significant figures for the reader; the tables keep six decimals
        out().printf("%-24s start %s, end %s, peak %s on %s%n", metric.label() + ":", Numbers.significant(st.initial(), 3),
                Numbers.significant(st.last(), 3), Numbers.significant(st.peak(), 3), r.date(st.peakDay()));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
