package entente.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.experiment.SweepDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente sweep --engine spark}, embedded (local[2], loopback only, no UI), writes the
 * local engine's files byte for byte, and runs.parquet with the same rows as runs.csv.
 */
class SparkSweepCommandTest {
    private static final String PARQUET = "runs.parquet";

    @TempDir
    Path tmp;

    private static Path spark(Path spec, Path out, String... flags) {
        List<String> args = new java.util.ArrayList<>(List.of("--engine", "spark", "--master", "local[2]"));
        args.addAll(List.of(flags));
        return SweepCommandTest.sweep(spec, out, args.toArray(new String[0]));
    }

    /** The local engine's files are the Spark engine's files less runs.parquet. */
    private static void assertSameAsLocal(Path local, Path spark) throws IOException {
        List<Path> files = SweepCommandTest.files(spark).stream().filter(p -> !p.startsWith(PARQUET)).toList();
        assertEquals(SweepCommandTest.files(local), files);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f.toString());
        }
    }

    @Test
    void sparkWritesTheSameRunsAndSeriesAsTheLocalEngine() throws IOException {
        Path local = SweepCommandTest.sweep(SweepCommandTest.RANDOM, tmp.resolve("local"), "--series");
        // 400 runs in tasks of 30: 14 tasks whose ends fall inside series parts of 256 runs
        Path spark = spark(SweepCommandTest.RANDOM, tmp.resolve("spark"), "--series", "--runs-per-task", "30");

        assertSameAsLocal(local, spark);
        List<String> csv = Files.readAllLines(spark.resolve(SweepDir.RUNS));
        SparkSession session = SparkSession.builder().master("local[1]").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.ui.enabled", false).getOrCreate();
        try {
            List<Row> rows = session.read().parquet(spark.resolve(PARQUET).toUri().toString()).orderBy("run")
                    .collectAsList();
            String[] header = csv.get(0).split(",");
            assertEquals(List.of(header), List.of(rows.get(0).schema().fieldNames()));
            assertEquals(csv.size() - 1, rows.size(), "one row per run");
            for (Row row : rows) {
                String[] cells = csv.get(row.getInt(0) + 1).split(",");
                assertEquals(Long.parseLong(cells[3].replace("\"", "")), row.getLong(3), "seed (quoted when beyond 2^53)");
                for (int c = 4; c < cells.length; c++) {
                    assertEquals(Double.parseDouble(cells[c]), row.getDouble(c), header[c]);
                }
            }
        } finally {
            session.stop();
        }
    }

    @Test
    void sparkFinishesASweepTheLocalEngineStarted() throws IOException {
        Path local = SweepCommandTest.sweep(SweepCommandTest.GRID, tmp.resolve("local"));
        Path mixed = tmp.resolve("mixed");
        SweepCommandTest.sweep(SweepCommandTest.GRID, mixed);
        // keep the header and the first 7 runs, and half of the 8th: what a stopped local sweep leaves
        List<String> lines = Files.readAllLines(mixed.resolve(SweepDir.RUNS));
        Files.writeString(mixed.resolve(SweepDir.RUNS), String.join("\n", lines.subList(0, 8)) + "\n"
                + lines.get(8).substring(0, 10));

        Cli r = Cli.run("sweep", SweepCommandTest.GRID.toString(), "--out", mixed.toString(), "--engine", "spark",
                "--master", "local[2]", "--runs-per-task", "3");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("on Spark, resuming after 7"), r.out());
        assertSameAsLocal(local, mixed);
    }
}
