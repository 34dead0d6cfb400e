package entente.cli;

import entente.scenario.ScenarioSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code entente schema}: prints the JSON Schema of scenario files (docs/scenario.schema.json). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of scenario files, for editors (docs/scenario.schema.json).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ScenarioSchema.text());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
