package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    @Test
    void syntheticRegionsHaveTheirSizeAndRun() throws Exception {
        for (int n : new int[] {6, 30}) {
            Scenario s = SyntheticRegion.of(n, 120);
            assertEquals(n, s.actors().size());
            assertEquals(n, s.actions().size(), "one option per state");
            RunRecord r = EntenteModel.run(s, 3);
            assertEquals(120, r.days());
            assertTrue(r.events().size() >= 2, "the scripted drills fire");
            assertTrue(r.series("escalation", SyntheticRegion.id(n - 1), "").length == 120);
        }
        assertEquals("SBE", SyntheticRegion.id(30));
    }

    @Test
    void scalingReportsEverySizeAndTheExponent() {
        Cli r = Cli.run("bench", "--scaling", "--states", "6,12,24", "--days", "60", "--runs", "20", "--warmup", "2");
        assertEquals(0, r.exit(), r.err());
        for (String n : new String[] {"6", "12", "24"}) {
            assertTrue(Pattern.compile("(?m)^ +" + n + " +\\d+ +[0-9.]+").matcher(r.out()).find(), r.out());
        }
        Matcher b = Pattern.compile("b = (-?[0-9.]+) over all sizes").matcher(r.out());
        assertTrue(b.find(), r.out());
        double exponent = Double.parseDouble(b.group(1));
        assertTrue(exponent > 0.5 && exponent < 4, "bigger regions cost more, polynomially: " + exponent);
    }

    @Test
    void oneCommandPrintsRunsPerSecondTheRatioToTheKernelAndTheScaling() {
        Cli r = Cli.run("bench", "--days", "60", "--runs", "20", "--warmup", "4", "--states", "6,12", "--repeats", "1");
        assertEquals(0, r.exit(), r.err());
        for (String line : new String[] {"model, every series \\(as 'run'\\)", "model, a sweep's default metrics",
            "reference kernel, every series", "reference kernel, nothing recorded"}) {
            Matcher m = Pattern.compile("(?m)^" + line + " +[0-9,]+ +[0-9.,]+ +([0-9.]+)x$").matcher(r.out());
            assertTrue(m.find(), line + " in\n" + r.out());
            assertTrue(Double.parseDouble(m.group(1)) > 0, r.out());
        }
        assertTrue(r.out().contains("reference kernel, nothing recorded") && r.out().matches("(?s).*nothing recorded +[0-9,]+ +[0-9.,]+ +1\\.00x.*"),
                "the kernel is its own floor: " + r.out());
        assertTrue(r.out().contains("model b = ") && r.out().contains("kernel b = "), r.out());
        assertTrue(Pattern.compile("[0-9.]+ s with charts, [0-9.]+ s without; charts -?[0-9]+% of the run").matcher(r.out())
                .find(), r.out());
        assertTrue(r.out().contains("machine: "), r.out());
    }

    @Test
    void scalingNeedsTwoSizes() {
        Cli r = Cli.run("bench", "--scaling", "--states", "6");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--states"), r.err());
    }
}
