package entente.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import entente.scenario.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsReaderTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedTargetsAreThoseOfIssue14() throws InputException {
        List<Target> t = TargetsReader.read(Path.of("scenarios/validation/targets.yaml"));
        assertEquals(List.of("heldout-r", "heldout-r-beats-baselines", "heldout-rmse-beats-baselines", "dispersion",
                "launches-2022", "drop-2018", "kor-hedging-after-yoon", "kor-jpn-affinity-from-march-2023"),
                t.stream().map(Target::id).toList());
        Target r = t.get(0);
        assertEquals(Target.Measure.MONTHLY_R, r.measure());
        assertEquals("held-out", r.months());
        assertEquals(Target.Condition.AT_LEAST, r.condition());
        assertEquals(0.5, r.threshold());
        assertEquals(List.of("poisson", "hawkes"), t.get(1).beats());
        assertEquals(List.of(2017, 2018), t.get(5).years());
    }

    @Test
    void badTargetsAreReportedWithTheirLines() throws IOException {
        Path f = tmp.resolve("targets.yaml");
        Files.writeString(f, String.join("\n",
                "targets:",
                "  - id: a",
                "    score: monthly_rr",
                "    at_least: 0.5",
                "  - id: b",
                "    score: year_total",
                "    at_least: 1",
                "    above: 2",
                "  - id: c",
                "    score: rise_share",
                "    series: [hedging.KOR]",
                "    from: 2022-05-10",
                "    beats: [poisson]",
                ""));
        InputException e = assertThrows(InputException.class, () -> TargetsReader.read(f));
        assertEquals(List.of(
                f + ":3: targets.a.score: unknown score 'monthly_rr'; did you mean 'monthly_r'? (scores: monthly_r, monthly_rmse, dispersion, "
                        + "drill_share, year_total, year_drop, rise_share)",
                f + ":5: targets.b: needs exactly one condition of: at_least, at_most, above, within_percent_of_record, "
                        + "beats (found 2)",
                f + ":13: targets.c.beats: beats does not apply to rise_share (the record and the baselines have no value for it)"),
                e.problems().stream().map(Object::toString).toList());
    }
}
