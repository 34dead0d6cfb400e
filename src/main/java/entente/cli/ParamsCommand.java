package entente.cli;

import entente.scenario.ParameterFamily;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.util.Numbers;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente params [SCENARIO]}: every parameter path with its value, default, range, unit
 * and meaning; without a scenario, the families of the registry with their templates.
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"List the parameters of a scenario: path, value, default, range, unit and meaning.",
            "Without a scenario, list the parameter families (path templates) Entente knows."})
final class ParamsCommand implements Callable<Integer> {
    private static final String[] PATHS = {"path", "value", "default", "min", "max", "unit", "meaning"};
    private static final String[] FAMILIES = {"template", "default", "min", "max", "unit", "name", "meaning"};

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "scenario file")
    Path scenario;

    @Option(names = "--path", paramLabel = "GLOB",
            description = "only paths matching the glob, e.g. 'actors.PRK.*' or 'dynamics.*'")
    String glob;

    @Option(names = "--csv", description = "write CSV instead of an aligned table")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        PathMatcher match = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        TextTable table = new TextTable(scenario == null ? FAMILIES : PATHS);
        if (scenario == null) {
            for (ParameterFamily f : ParameterRegistry.all()) {
                if (match == null || match.matches(Path.of(f.template()))) {
                    table.add(f.template(), defaultText(f), Numbers.format(f.min()), Numbers.format(f.max()),
                            f.unit(), f.label(), f.description());
                }
            }
        } else {
            Scenario s = ScenarioReader.read(scenario);
            Parameters p = s.parameters();
            for (String path : p.asMap().keySet()) {
                if (match == null || match.matches(Path.of(path))) {
                    ParameterFamily f = ParameterRegistry.family(path);
                    table.add(path, Numbers.format(p.get(path)), defaultText(f), Numbers.format(f.min()),
                            Numbers.format(f.max()), f.unit(), f.label(path));
                }
            }
        }
        if (table.isEmpty() && glob != null) {
            throw new BadInput("--path " + glob + ": no parameter path matches");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(csv ? table.csv() : table.aligned());
        out.flush();
        return Main.OK;
    }

    private static String defaultText(ParameterFamily f) {
        if (f.group() == ParameterFamily.Group.EFFECTS) {
            return "table"; // the shipped effect table, resources entente/scenario/effects.yaml
        }
        if (f.required()) {
            return "required";
        }
        return f.derived() ? "derived" : Numbers.format(f.defaultValue());
    }
}
