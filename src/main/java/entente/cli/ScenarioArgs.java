package entente.cli;

import entente.scenario.Scenario;
import entente.scenario.InputException;
import entente.scenario.ScenarioReader;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reading a scenario named on the command line, and cutting it at --until. */
final class ScenarioArgs {
    private ScenarioArgs() {}

    static Scenario load(Path file, LocalDate until) throws InputException {
        Scenario s = ScenarioReader.read(file);
        if (until == null) {
            return s;
        }
        if (until.isBefore(s.start()) || until.isAfter(s.end())) {
            throw new BadInput("--until " + until + " is outside the period of " + file + " ("
                    + s.start() + " .. " + s.end() + ")");
        }
        return s.withEnd(until);
    }
}
