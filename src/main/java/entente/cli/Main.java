package entente.cli;

import entente.io.Refused;
import entente.scenario.InputException;
import entente.util.BuildInfo;
import entente.util.Warnings;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code entente} command line. Exit codes: 0 ok, 1 failure, 2 bad input. */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulation of alliance formation and escalation in Northeast Asia.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, AnalyzeCommand.class,
            ValidateCommand.class, GuiCommand.class, ClassroomCommand.class, DeriveCommand.class, EvidenceCommand.class,
            CalibrateCommand.class, ScreenCommand.class, BacktestCommand.class, DiscoverCommand.class,
            ReportCommand.class, BenchCommand.class, SchemaCommand.class, ParamsCommand.class, ShowCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with its output and errors going to the given writers (tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, err));
        cli.setParameterExceptionHandler((e, given) -> misused(e, err));
        Consumer<String> before = Warnings.listen(w -> {
            err.println("entente: warning: " + w);
            err.flush();
        });
        try {
            return cli.execute(args);
        } catch (Throwable t) { // an Error (stack overflow, out of memory) passes picocli's handler
            return report(t, err);
        } finally {
            Warnings.listen(before);
        }
    }

    /** The command line with every subcommand: each answers --version as the top command does. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        versionEverywhere(cli);
        return cli;
    }

    private static void versionEverywhere(CommandLine cmd) {
        cmd.getCommandSpec().versionProvider(new Version());
        cmd.getSubcommands().values().forEach(Main::versionEverywhere);
    }

    /**
     * A command line that does not parse (unknown option, missing or malformed value) in one
     * line, with the closest option names, and exit 2: the usage is one --help away.
     */
    static int misused(CommandLine.ParameterException e, PrintWriter err) {
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        String hint = "";
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            hint = " (did you mean " + String.join(" or ", u.getSuggestions().subList(0, Math.min(3, u.getSuggestions().size())))
                    + "?)";
        }
        err.println(name + ": " + e.getMessage().replace('\n', ' ') + hint + "; see '" + name + " --help'");
        err.flush();
        return BAD_INPUT;
    }

    /** Every failure in one line: exit 2 for bad input, 1 for our own fault (the stack trace with ENTENTE_DEBUG). */
    static int report(Throwable e, PrintWriter err) {
        if (e instanceof InputException || e instanceof BadInput || e instanceof Refused) {
            err.println(e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println("entente: failed: " + Failures.describe(e));
        if (System.getenv("ENTENTE_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Version and commit of the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo b = BuildInfo.current();
            return new String[] {"entente " + b.version() + " (commit " + b.commit() + (b.dirty() ? ", modified" : "") + ")"};
        }
    }
}
