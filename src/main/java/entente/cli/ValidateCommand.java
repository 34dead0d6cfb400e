package entente.cli;

import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente validate}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them; lists every problem of every file.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "scenario files")
    List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                Scenario s = ScenarioReader.read(f);
                spec.commandLine().getOut().printf("ok: %s (%s, %s .. %s, %d actors, %d events, %d actions)%n", f,
                        s.name(), s.start(), s.end(), s.actors().size(), s.events().size(), s.actions().size());
            } catch (InputException e) {
                spec.commandLine().getErr().println(e.getMessage());
                bad++;
            }
        }
        if (bad > 0 && files.size() > 1) {
            spec.commandLine().getErr().printf("%d of %d files have problems%n", bad, files.size());
        }
        if (bad > 0) {
            return Main.BAD_INPUT;
        }
        return Main.OK;
    }
}
