package entente.cli;

import entente.report.Reports;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente report}: one self-contained HTML page from a results folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Turn a results folder (run, comparison or analysed sweep) into one self-contained HTML page.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULTS_DIR", description = "a folder written by entente run, compare, or sweep and analyze")
    Path folder;

    @Option(names = "--vs", paramLabel = "OTHER_DIR", description = "another run's folder to set this run against")
    Path vs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "where to write (default: RESULTS_DIR/report.html)")
    Path out;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getOut().println("report: " + Reports.write(folder, vs, out));
        return Main.OK;
    }
}
