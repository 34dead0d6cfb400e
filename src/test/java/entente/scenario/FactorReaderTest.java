package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.util.Warnings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One reader and one syntax for a value set on several paths: sweep factors and calibration parameters. */
class FactorReaderTest {
    private final Parameters params = TestScenarios.load(TestScenarios.SIX_STATES).parameters();
    private final List<Problem> problems = new ArrayList<>();

    private Factor read(String yaml, FactorReader.Use use) {
        YamlTree y = new YamlTree("f.yaml", problems);
        return new FactorReader(y, params, use).read(ScenarioReader.compose("f.yaml", yaml, problems), "free[1]");
    }

    @Test
    void sweepsAndCalibrationsReadTheSameFactor() {
        String yaml = "{name: pull, paths: [dynamics.alpha, dynamics.beta], range: [0.05, 0.5], note: why}";
        Factor sweep = read(yaml, FactorReader.Use.SWEEP);
        Factor fit = read(yaml, FactorReader.Use.CALIBRATION);
        assertEquals(List.of(), problems);
        assertEquals(sweep.name(), fit.name());
        assertEquals(List.of("dynamics.alpha", "dynamics.beta"), fit.paths());
        assertEquals(0.05, fit.min());
        assertEquals(0.5, fit.max());
        assertEquals("why", fit.note());
        assertEquals(new Factor("pull", List.of("dynamics.alpha", "dynamics.beta"), 0.05, 0.5, "why").toString(),
                fit.toString());
        Parameters set = fit.apply(params, params, 0.2);
        assertEquals(0.2, set.get("dynamics.alpha"));
        assertEquals(0.2, set.get("dynamics.beta"));
    }

    @Test
    void theOlderMinMaxFormIsReadWithAWarning() {
        List<String> said = new ArrayList<>();
        var before = Warnings.listen(said::add);
        try {
            Factor f = read("name: pull\npaths: [dynamics.alpha]\nmin: 0.05\nmax: 1\n", FactorReader.Use.CALIBRATION);
            assertEquals(List.of(), problems);
            assertEquals(0.05, f.min());
            assertEquals(1.0, f.max());
        } finally {
            Warnings.listen(before);
        }
        assertEquals(List.of("f.yaml:3: free[1]: min: and max: are the older form of range:; write range: [0.05, 1] "
                + "(docs/sweeps.md)"), said);
    }

    @Test
    void aCalibrationFitsARangeAndNamesComeFromASinglePath() {
        assertNull(read("{path: dynamics.alpha, values: [0.1, 0.2]}", FactorReader.Use.CALIBRATION));
        assertTrue(problems.get(0).toString().contains("free[1].values: a calibration fits a value within range: "
                + "[min, max]; values applies to sweeps"), problems.toString());
        problems.clear();
        Factor f = read("{path: dynamics.alpha, range: [0.1, 0.2]}", FactorReader.Use.CALIBRATION);
        assertEquals("dynamics.alpha", f.name());
        Factor grid = read("{path: dynamics.beta, range: [0, 1], steps: 3}", FactorReader.Use.SWEEP);
        assertArrayEquals(new double[] {0, 0.5, 1}, grid.levels());
        assertEquals(List.of(), problems);
    }
}
