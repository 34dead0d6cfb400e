package entente.classroom;

import entente.TestScenarios;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Games for tests: the shipped classroom scenario with a clock the test moves by hand. */
final class Games {
    static final Path CRISIS = Path.of("scenarios/lessons/classroom-crisis.yaml");

    final AtomicLong clock = new AtomicLong(1_000_000);

    Game start(String... teams) {
        try {
            Scenario s = ScenarioReader.fromText(CRISIS.toString(), ScenarioWriter.toYaml(TestScenarios.load(CRISIS), List.of()));
            return Game.start(new Game.Setup(s, List.of(teams), s.seed(), 7, 60), clock::get);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    void advance(long millis) {
        clock.addAndGet(millis);
    }
}
