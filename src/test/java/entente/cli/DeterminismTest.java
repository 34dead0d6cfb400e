package entente.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same scenario and seed give byte-identical results folders; another seed does not. */
class DeterminismTest {
    @TempDir
    Path tmp;

    private Path run(String name, String seed) {
        Path out = tmp.resolve(name);
        Cli r = Cli.run("run", TestScenarios.BASELINE.toString(), "--seed", seed, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        Path a = run("a", "42");
        Path b = run("b", "42");
        assertEquals(files(a), files(b));
        for (String f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void anotherSeedAnotherHistory() throws IOException {
        Path a = run("a", "1");
        Path c = run("c", "2");
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("events.csv")), Files.readAllBytes(c.resolve("events.csv"))),
                "states' choices depend on the seed");
    }
}
