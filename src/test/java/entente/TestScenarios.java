package entente;

import entente.scenario.Scenario;
import entente.scenario.InputException;
import entente.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenarios for tests: the shipped files, the test resources, and variants made by text edits. */
public final class TestScenarios {
    public static final Path SIX_STATES = Path.of("src/test/resources/scenarios/six-states.yaml");
    public static final Path BASELINE = Path.of("scenarios/baseline-2021-2023.yaml");

    private TestScenarios() {}

    public static Scenario load(Path file) {
        try {
            return ScenarioReader.read(file);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario parse(String text) {
        try {
            return ScenarioReader.fromText("test.yaml", text);
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The six-state test scenario with its actions and events removed: nothing happens. */
    public static String quietSixStates() {
        String t = text(SIX_STATES);
        return t.substring(0, t.indexOf("actions:"));
    }
}
