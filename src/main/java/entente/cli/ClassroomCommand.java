package entente.cli;

import entente.classroom.ClassroomServer;
import entente.io.OutputGuard;
import entente.io.OutputKind;
import entente.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente classroom}: the crisis game, student teams in their browsers against the agents. */
@Command(name = "classroom", mixinStandardHelpOptions = true,
        description = {"Serve the classroom crisis game: student teams play states from their browsers, a turn a week, "
                + "while the agents play the other states. Prints the join address, the join code and the teacher's link.",
            "The game is saved after every move (--out DIR/game.json); --resume restarts it after a crash."})
final class ClassroomCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "scenario file (default: ${DEFAULT-VALUE}); ignored with --resume")
    Path scenarioFile = Path.of("scenarios", "lessons", "classroom-crisis.yaml");

    @Option(names = "--teams", split = ",", paramLabel = "STATES",
            description = "states the teams play, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> teams = List.of("USA", "KOR", "PRK");

    @Option(names = "--port", description = "port to serve on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only); "
                    + "give the computer's LAN address, or 0.0.0.0, to let students' devices join")
    String host = "127.0.0.1";

    @Option(names = "--turn-days", description = "days simulated per turn (default: ${DEFAULT-VALUE})")
    int turnDays = 7;

    @Option(names = "--turn-seconds", description = "time teams have to choose each turn; the teacher may change it "
            + "when opening a turn (default: ${DEFAULT-VALUE})")
    int turnSeconds = 180;

    @Option(names = "--seed", description = "random seed (default: the scenario's seed)")
    Long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "folder for the save and the debrief (default: results/classroom-<scenario>-<date-time>)")
    Path out;

    @Option(names = "--resume", paramLabel = "SAVE", description = "restart a saved game (a game.json) where it stood")
    Path resume;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new BadInput("--port must be 0 to 65535, not " + port);
        }
        if (turnSeconds < 10 || turnSeconds > 3600) {
            throw new BadInput("--turn-seconds must be 10 to 3600, not " + turnSeconds);
        }
        Path dir = folder();
        if (resume == null) {
            OutputGuard.folder(dir, "--out", OutputKind.CLASSROOM, ScenarioReader.sources(scenarioFile));
        }
        ClassroomServer server;
        try {
            server = resume != null ? ClassroomServer.resume(resume, host, port)
                    : ClassroomServer.start(scenarioFile, teams, seed, turnDays, turnSeconds, dir, host, port);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("io.javalin")) { // the port is taken, the address is not ours
                throw new BadInput("cannot serve on " + host + ":" + port + ": " + rootMessage(e));
            }
            throw e;
        }
        try (server) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Classroom game " + (resume != null ? "resumed" : "started") + "; saved in " + server.folder());
            out.println("Students open:  " + server.joinUrl() + "   join code: " + server.joinCode());
            out.println("Teacher opens:  " + server.teacherUrl() + "   (keep this link to yourself)");
            if (host.equals("127.0.0.1") || host.equals("localhost")) {
                out.println("Only this computer can join; use --host with the computer's LAN address for students' devices.");
            }
            out.println("End the game from the teacher's page; the debrief is written to " + server.folder() + ".");
            out.flush();
            Path report = server.awaitDebrief();
            out.println("debrief: " + report);
            out.println("Press Ctrl-C to stop serving.");
            out.flush();
            Thread.currentThread().join(); // keep serving the debrief until stopped
        }
        return Main.OK;
    }

    private Path folder() {
        if (out != null) {
            return out;
        }
        String name = scenarioFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return Path.of("results", "classroom-" + name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
