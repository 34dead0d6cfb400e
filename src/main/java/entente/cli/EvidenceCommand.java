package entente.cli;

import entente.util.DidYouMean;
import entente.calibration.Derivation;
import entente.calibration.Dimension;
import entente.calibration.Evidence;
import entente.calibration.EvidenceReader;
import entente.calibration.EvidenceTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente evidence}: per state and dimension, each derived number and the claims behind it. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Show, per state and dimension, each derived number (at the start and from each dated "
                + "change) and the claims behind it.")
final class EvidenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE_DIR", description = "evidence folder, e.g. scenarios/evidence")
    Path dir;

    @Option(names = "--actor", paramLabel = "X", description = "only this state")
    String actor;

    @Option(names = "--dimension", paramLabel = "D",
            description = "only this dimension: threat, affinity, dependence, commitment, posture, asian_nato")
    String dimension;

    @Option(names = "--paraphrases", description = "print each claim's paraphrase under it")
    boolean paraphrases;

    @Override
    public Integer call() throws Exception {
        Evidence e = EvidenceReader.read(dir);
        if (actor != null && !e.actors().contains(actor)) {
            throw new BadInput("--actor " + actor + ": not an actor of " + dir + DidYouMean.hint(actor, e.actors()) + " (actors: "
                    + String.join(", ", e.actors()) + ")");
        }
        Dimension d = dimension == null ? null : Dimension.of(dimension);
        if (dimension != null && d == null) {
            throw new BadInput("--dimension " + dimension + ": unknown" + DidYouMean.hint(dimension, Dimension.keys()) + " (dimensions: "
                    + String.join(", ", Dimension.keys()) + ")");
        }
        List<String> actors = actor == null ? e.actors() : List.of(actor);
        List<Dimension> dims = d == null ? Arrays.asList(Dimension.values()) : List.of(d);
        List<Derivation.Derived> derived = new ArrayList<>(Derivation.derive(e));
        Derivation.changes(e).forEach(c -> derived.addAll(c.values()));
        spec.commandLine().getOut().print(EvidenceTable.write(e, derived, actors, dims, paraphrases));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
