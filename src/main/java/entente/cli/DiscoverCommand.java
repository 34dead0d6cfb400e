package entente.cli;

import entente.analysis.ScenarioDiscovery;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.util.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente discover}: scenario discovery (PRIM) on a sweep. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery on a sweep: which ranges of the factors lead to runs where an output is "
                + "above (or below) a threshold. PRIM peels a trajectory of boxes trading coverage for density; the "
                + "best balanced one (or --box K) is pasted and reported with its bounds. Writes trajectory.csv, "
                + "box.csv, discovery.json and charts into SWEEP_DIR/discovery-OUTPUT."})
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP_DIR", description = "a folder written by entente sweep")
    Path sweepDir;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN",
            description = "an output column of runs.csv, e.g. escalation_index.peak or prk-above-7.probability")
    String outcome;

    @Option(names = "--threshold", required = true, paramLabel = "VALUE",
            description = "runs whose output is above this value are the cases of interest")
    double threshold;

    @Option(names = "--below", description = "the cases of interest are below the threshold instead")
    boolean below;

    @Option(names = "--box", paramLabel = "K", description = "take box K of the peeling trajectory (0 = every run; "
            + "default: the one with the best harmonic mean of coverage and density)")
    Integer box;

    @Option(names = "--peel", paramLabel = "ALPHA", description = "share of the box's runs each peel cuts off "
            + "(default: ${DEFAULT-VALUE})")
    double peel = 0.05;

    @Option(names = "--paste", paramLabel = "ALPHA", description = "most a paste widens the box by, as a share of its "
            + "runs; 0 turns pasting off (default: ${DEFAULT-VALUE})")
    double paste = 0.05;

    @Option(names = "--min-mass", paramLabel = "SHARE", description = "peeling stops before the box holds less than "
            + "this share of all runs (default: ${DEFAULT-VALUE})")
    double minMass = 0.05;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder (default: "
            + "SWEEP_DIR/discovery-COLUMN)")
    Path out;

    @Override
    public Integer call() throws Exception {
        AnalyzeCommand.requireSweep(sweepDir);
        if (!(peel > 0 && peel <= 0.5) || !(paste >= 0 && paste <= 0.5) || !(minMass > 0 && minMass < 1)) {
            throw new BadInput("--peel must lie in (0, 0.5], --paste in [0, 0.5] and --min-mass in (0, 1)");
        }
        if (!Double.isFinite(threshold)) {
            throw new BadInput("--threshold must be a finite number");
        }
        Path target = out != null ? out : sweepDir.resolve("discovery-" + outcome.replaceAll("[^A-Za-z0-9._-]", "_"));
        OutputGuard.folder(target, "--out", OutputKind.DISCOVERY, List.of(sweepDir));
        ScenarioDiscovery.Question question = new ScenarioDiscovery.Question(outcome, threshold, below);
        ScenarioDiscovery.Result r = ScenarioDiscovery.run(sweepDir, target, question,
                new ScenarioDiscovery.Settings(peel, paste, minMass, box));
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%s: %,d of %,d runs have %s%s%n", sweepDir, r.interesting(), r.runs(),
                question.describe(),
                r.runs() < r.total() ? String.format(" (%,d of %,d runs done)", r.runs(), r.total()) : "");
        w.printf("box (step %d of 0..%d, pasted): coverage %s, density %s, %s of the runs inside%n", r.step(),
                r.steps() - 1, ScenarioDiscovery.pct(r.box().coverage()), ScenarioDiscovery.pct(r.box().density()),
                ScenarioDiscovery.pct(r.box().mass()));
        for (int j = 0; j < r.factors().size(); j++) {
            if (r.restricted().get(j)) {
                w.printf("  %s: %s to %s (quasi-p %s)%n", r.factors().get(j), Numbers.format(r.box().low()[j]),
                        Numbers.format(r.box().high()[j]), ScenarioDiscovery.probability(r.quasiP()[j]));
            }
        }
        List<String> free = java.util.stream.IntStream.range(0, r.factors().size()).filter(j -> !r.restricted().get(j))
                .mapToObj(r.factors()::get).toList();
        if (!free.isEmpty()) {
            w.println("  not restricted: " + String.join(", ", free));
        }
        w.println("files in " + target + ":");
        r.files().forEach(f -> w.println("  " + f.getFileName()));
        r.notes().forEach(n -> w.println("note: " + n));
        return Main.OK;
    }
}
