package entente.cli;

import entente.calibration.CalibrationSpec;
import entente.calibration.CalibrationSpecReader;
import entente.calibration.Derivation;
import entente.calibration.Evidence;
import entente.calibration.EvidenceReader;
import entente.calibration.PreferencesYaml;
import entente.calibration.Provenance;
import entente.io.OutputGuard;
import entente.io.RunFolder;
import entente.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente derive}: the numbers the coded evidence implies, as a scenario's actors block and dated changes. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = "Derive affinities, dependence, threat sensitivities, event sensitivities and hedging "
                + "from coded evidence, for the start of the period and for each dated change, with the published "
                + "figures (see docs/calibration.md), and write them as YAML.")
final class DeriveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE_DIR", description = "evidence folder, e.g. scenarios/evidence")
    Path dir;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write to this file (default: standard output)")
    Path output;

    /** The spelling before every command took -o/--out, kept so that scripts keep working. */
    @Option(names = "--output", hidden = true, paramLabel = "FILE")
    void oldOutput(Path file) {
        output = file;
    }

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "also count, by parameter family, where each number of this scenario comes from")
    Path scenario;

    @Option(names = "--fit", paramLabel = "SPEC",
            description = "calibration spec whose free parameters count as fitted (implies its scenario)")
    Path fit;

    @Override
    public Integer call() throws Exception {
        if (output != null) {
            List<Path> inputs = new ArrayList<>(List.of(dir));
            Stream.of(scenario, fit).filter(Objects::nonNull).forEach(inputs::add);
            OutputGuard.file(output, "--out", inputs, PreferencesYaml.SIGNATURE);
        }
        Evidence e = EvidenceReader.read(dir);
        List<Derivation.Derived> derived = Derivation.derive(e);
        List<Derivation.ChangeValues> changes = Derivation.changes(e);
        String yaml = PreferencesYaml.write(e, derived, changes, dir.toString()) + provenance(e, derived);
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            RunFolder.writeFile(output, yaml);
            int set = changes.stream().mapToInt(c -> c.values().size()).sum();
            spec.commandLine().getOut().printf("%d starting numbers, %d figures and %d numbers of %d dated changes "
                    + "from %d claims written to %s%n", derived.size(), e.figures().size(), set, changes.size(),
                    e.claims().size(), output);
        }
        return Main.OK;
    }

    /** The provenance table of --scenario / --fit as comment lines, or nothing. */
    private String provenance(Evidence e, List<Derivation.Derived> derived) throws Exception {
        if (scenario == null && fit == null) {
            return "";
        }
        CalibrationSpec calibration = fit == null ? null : CalibrationSpecReader.read(fit);
        var s = scenario != null ? ScenarioReader.read(scenario) : calibration.scenario();
        Set<String> fitted = calibration == null ? Set.of() : Provenance.fittedPaths(calibration.free());
        String title = "Where the numbers of " + (scenario != null ? scenario : calibration.scenarioFile())
                + " come from" + (fit == null ? "" : " (fitted: the free parameters of " + fit + ")")
                + ", by parameter family:";
        return Provenance.table(Provenance.count(s.parameters(), derived, e.figures(), fitted), title);
    }
}
