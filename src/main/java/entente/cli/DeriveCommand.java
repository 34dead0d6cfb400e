package entente.cli;

import entente.calibration.Derivation;
import entente.calibration.Evidence;
import entente.calibration.PreferencesYaml;
import entente.io.RunFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente derive}: the preferences the coded evidence implies, as a scenario's actors block. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = "Derive affinities, dependence, threat sensitivities, event sensitivities and hedging "
                + "from coded evidence (see docs/calibration.md) and write them as YAML.")
final class DeriveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE_DIR", description = "evidence folder, e.g. scenarios/evidence")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file (default: standard output)")
    Path output;

    @Override
    public Integer call() throws Exception {
        Evidence e = EvidenceArgs.load(dir, spec.commandLine().getErr());
        List<Derivation.Derived> derived = Derivation.derive(e);
        String yaml = PreferencesYaml.write(derived, dir.toString(), e.claims().size());
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            RunFolder.writeFile(output, yaml);
            spec.commandLine().getOut().printf("%d numbers from %d claims written to %s%n", derived.size(),
                    e.claims().size(), output);
        }
        return Main.OK;
    }
}
