package entente.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sweep files in experiments/ are valid, and the grid example shows outcomes of its own. */
class ShippedExperimentsTest {
    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("experiments"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyShippedSweepFileReads() throws Exception {
        List<Path> files = shipped();
        assertFalse(files.isEmpty());
        for (Path f : files) {
            SweepSpecReader.read(f); // throws with every problem
        }
        Sweep grid = SweepSpecReader.read(Path.of("experiments/exercise-dprk.yaml"));
        assertEquals(List.of("prk-above-7", "first-chosen-icbm"),
                grid.metrics().outcomes().stream().map(Outcome::name).toList());
    }
}
