package entente.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
    private static final List<String> FILES = List.of("backtest.csv", "monthly.csv", "summary.json", "backtest.png",
            "backtest.svg");

    @TempDir
    Path tmp;

    @Test
    void backtestsTheShippedBaselineAndWritesEveryFile() throws IOException {
        Path out = tmp.resolve("bt");
        Cli r = Cli.run("backtest", TestScenarios.BASELINE.toString(), "-r", "4", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("timeline inputs: 0 of PRK's launch days"), r.out());
        assertTrue(r.out().contains("against hawkes, the model is better on:"), r.out());
        assertTrue(r.out().contains("targets: "), r.out());
        for (String f : FILES) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        List<String> monthly = Files.readAllLines(out.resolve("monthly.csv"));
        assertEquals("month,set,held_out,record,model_mean,model_q05,model_q25,model_q50,model_q75,model_q95,"
                + "poisson_mean,hawkes_mean,timeline_inputs", monthly.get(0));
        assertEquals(20, monthly.size());
        assertTrue(monthly.get(12).startsWith("2022-09,held-out,true,3,"), monthly.get(12));
        List<String> table = Files.readAllLines(out.resolve("backtest.csv"));
        assertEquals("row,id,months,description,record,model,poisson,hawkes,threshold,verdict", table.get(0));
        assertTrue(table.stream().anyMatch(l -> l.startsWith("target,drop-2018,2017-2018,")
                && l.endsWith(",not applicable: the scored months 2021-10..2023-04 do not cover all of 2017 and 2018")));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(4, summary.at("/manifest/replications").asInt());
        assertEquals("scenarios/validation/targets.yaml", summary.at("/manifest/targets_file").asText());
        assertEquals(8, summary.at("/targets").size());
        assertEquals(51, summary.at("/baselines/hawkes/fitted_launch_days").asInt());
        assertTrue(summary.at("/drills/counted").toString().contains("Freedom Shield 23"));
    }

    @Test
    void backtestsTheSecondPeriodWithEveryTargetItCanAnswer() throws IOException {
        Path out = tmp.resolve("bt2017");
        Cli r = Cli.run("backtest", "scenarios/history-2017-2019.yaml", "-r", "4", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("36 months 2017-01..2019-12 (28 in-sample, 8 held-out)"), r.out());
        assertTrue(r.out().contains("timeline inputs: 0 of PRK's launch days"), r.out());
        List<String> table = Files.readAllLines(out.resolve("backtest.csv"));
        String drop = table.stream().filter(l -> l.startsWith("target,drop-2018,")).findFirst().orElseThrow();
        assertFalse(drop.contains("not applicable"), drop);
        assertTrue(table.stream().anyMatch(l -> l.startsWith("target,launches-2022,") && l.contains("not applicable")));
        assertEquals(37, Files.readAllLines(out.resolve("monthly.csv")).size());
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, Cli.run("backtest", TestScenarios.BASELINE.toString(), "-r", "3", "--threads", "1", "-o", one.toString()).exit());
        assertEquals(0, Cli.run("backtest", TestScenarios.BASELINE.toString(), "-r", "3", "--threads", "2", "-o", two.toString()).exit());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void aMissingHistoryFileIsOneLineAndWritesNothing() {
        Path out = tmp.resolve("x");
        Cli r = Cli.run("backtest", TestScenarios.BASELINE.toString(), "--history", "data/none.csv", "-o", out.toString());
        assertEquals(2, r.exit());
        assertEquals("data/none.csv: no such file", r.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownActorIsOneLine() {
        Cli r = Cli.run("backtest", TestScenarios.BASELINE.toString(), "--actor", "XYZ", "-o", tmp.resolve("x").toString());
        assertEquals(2, r.exit());
        assertEquals("--actor XYZ: not a state of scenarios/baseline-2021-2023.yaml (states: USA, CHN, PRK, KOR, JPN, RUS)",
                r.err().strip());
    }

    @Test
    void aBadDateInTheHistoryIsOneLine() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String f : List.of("dprk-launches.csv", "allied-exercises.csv", "holdout.yaml")) {
            Files.copy(Path.of("data", f), data.resolve(f));
        }
        Path launches = data.resolve("dprk-launches.csv");
        Files.writeString(launches, Files.readString(launches).replace("2022-01-05,", "2022-01-5,"));
        Path out = tmp.resolve("x");
        Cli r = Cli.run("backtest", TestScenarios.BASELINE.toString(), "--history", launches.toString(), "-o", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().strip().matches(".*dprk-launches\\.csv:\\d+: date: expected a date like 2022-01-05, found '2022-01-5'"),
                r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertFalse(Files.exists(out));
    }
}
