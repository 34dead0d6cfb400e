package entente.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.cli.SyntheticRegion;
import entente.experiment.RunMetrics;
import entente.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plain-array kernel that {@code entente bench} measures the model against computes the
 * model's runs: every series, every day, to the last bit, and the same events on the same days.
 */
class ReferenceKernelTest {

    @Test
    void everyShippedScenarioGivesTheModelsSeriesAndEvents() throws Exception {
        List<Path> files = new ArrayList<>(List.of(TestScenarios.SIX_STATES));
        for (String dir : List.of("scenarios", "scenarios/whatif", "scenarios/lessons")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            Scenario s = TestScenarios.load(file);
            assertSameRun(file.toString(), s, s.seed());
        }
    }

    @Test
    void anotherSeedAndLargerRegionsToo() throws Exception {
        assertSameRun("baseline, seed 5", TestScenarios.load(TestScenarios.BASELINE), 5);
        for (int n : new int[] {12, 24}) {
            assertSameRun(n + " states", SyntheticRegion.of(n, 200), 11);
        }
    }

    private static void assertSameRun(String what, Scenario s, long seed) {
        RunRecord model = EntenteModel.run(s, seed);
        ReferenceKernel kernel = ReferenceKernel.of(s);
        ReferenceKernel.Run run = kernel.run(seed, true);
        List<String> names = model.keys().stream().map(RunMetrics::name).toList();
        assertEquals(names, kernel.keys(), what + ": the same series in the same order");
        int k = names.size();
        for (int c = 0; c < k; c++) {
            double[] kept = new double[model.days()];
            for (int d = 0; d < kept.length; d++) {
                kept[d] = run.values[d * k + c];
            }
            assertArrayEquals(model.series(model.keys().get(c)), kept, what + ": " + names.get(c));
        }
        List<String> modelEvents = model.events().stream().map(e -> e.day() + " " + e.id() + " " + e.origin()).toList();
        List<String> kernelEvents = run.events.stream().map(e -> e.day() + " " + e.id() + " " + e.origin()).toList();
        assertEquals(modelEvents, kernelEvents, what + ": events");
        assertTrue(modelEvents.stream().anyMatch(e -> e.endsWith("DECISION")) || s.actions().isEmpty(),
                what + ": states made choices");
        assertEquals(run.events.size(), kernel.events(seed, false), what + ": recording does not change the run");
        assertTrue(Arrays.stream(run.values).allMatch(Double::isFinite));
    }
}
