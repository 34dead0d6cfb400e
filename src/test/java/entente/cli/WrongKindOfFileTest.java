package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file of one kind given where another is expected: one message saying which it is, exit 2, nothing written. */
class WrongKindOfFileTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "sweep,     scenarios/baseline-2021-2023.yaml,           a scenario,         a sweep spec",
        "sweep,     scenarios/whatif/skip-nato-2022.yaml,         a scenario,         a sweep spec",
        "calibrate, scenarios/baseline-2021-2023.yaml,           a scenario,         a calibration spec",
        "run,       experiments/baseline-gsa.yaml,               a sweep spec,       a scenario",
        "sweep,     scenarios/calibration/baseline-targets.yaml, a calibration spec, a sweep spec",
    })
    void oneMessageNamesTheFileAndWhatItLooksLike(String command, String file, String is, String expected) {
        Path out = tmp.resolve("out");
        Cli r = Cli.run(command, file, "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(file + ": this file looks like " + is + ", not " + expected + " (its top-level fields: ",
                r.err().substring(0, r.err().indexOf("fields: ") + 8));
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }
}
