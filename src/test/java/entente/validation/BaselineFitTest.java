package entente.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import entente.scenario.InputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class BaselineFitTest {
    static History shipped() throws InputException {
        return History.read(Path.of("data/dprk-launches.csv"), Path.of("data/allied-exercises.csv"),
                Path.of("data/holdout.yaml"));
    }

    @Test
    void poissonRateIsTheInSampleMeanRate() throws InputException {
        // data/README.md, main series: 16 + 16 + 0 + 0 launch days in 2016-01..2019-04 (1,216 days),
        // 1 in 2021-10..12 and 18 in 2022-01..08 (335 days)
        LaunchBaseline p = LaunchBaseline.poisson(shipped());
        assertEquals(51, p.fittedLaunches());
        assertEquals(51.0 / 1551, p.process().mu(), 1e-15);
        assertEquals(0, p.process().branching());
    }

    @Test
    void poissonRateOnAHandMadeRecord() {
        Holdout h = new Holdout(List.of(), List.of(new Holdout.MonthRange(YearMonth.of(2020, 1), YearMonth.of(2020, 2))));
        List<LocalDate> launches = List.of(LocalDate.of(2020, 1, 5), LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 1));
        History history = new History(launches, List.of(), h, java.util.Map.of());
        assertEquals(2.0 / 60, LaunchBaseline.poisson(history).process().mu(), 1e-15); // March is outside; 31 + 29 days
    }

    @Test
    void heldOutMonthsNeverEnterAFit() throws InputException {
        History real = shipped();
        List<LocalDate> perturbed = new ArrayList<>();
        for (LocalDate d : real.launches()) {
            if (real.holdout().split(YearMonth.from(d)) == Split.IN_SAMPLE) {
                perturbed.add(d); // held-out and unassigned months lose all their launches...
            }
        }
        for (YearMonth m = YearMonth.of(2019, 5); !m.isAfter(YearMonth.of(2021, 9)); m = m.plusMonths(1)) {
            perturbed.add(m.atDay(3)); // ...and get a burst every month of 2019-05..2021-09
            perturbed.add(m.atDay(4));
        }
        for (YearMonth m = YearMonth.of(2022, 9); !m.isAfter(YearMonth.of(2023, 4)); m = m.plusMonths(1)) {
            perturbed.add(m.atDay(10));
        }
        perturbed.sort(null);
        History other = new History(perturbed, real.drills(), real.holdout(), real.files());
        assertNotEquals(real.launches().size(), other.launches().size());
        assertEquals(LaunchBaseline.poisson(real), LaunchBaseline.poisson(other));
        assertEquals(LaunchBaseline.hawkes(real), LaunchBaseline.hawkes(other));
    }

    @Test
    void theHawkesFitOfTheRecordIsStationaryAndMatchesTheRate() throws InputException {
        LaunchBaseline h = LaunchBaseline.hawkes(shipped());
        LaunchBaseline p = LaunchBaseline.poisson(shipped());
        assertEquals(51, h.fittedLaunches());
        // a fitted Hawkes process reproduces the observed rate closely, and fits at least as well as Poisson
        assertEquals(p.process().mu(), h.process().stationaryRate(), 0.25 * p.process().mu());
        assertEquals(true, h.logLikelihood() >= p.logLikelihood(), h + " vs " + p);
    }

    @Test
    void simulatedLaunchDaysAreDistinctDaysInsideThePeriod() throws InputException {
        LaunchBaseline h = LaunchBaseline.hawkes(shipped());
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2022, 12, 31);
        List<LocalDate> days = h.simulate(from, to, new MersenneTwister(5));
        assertEquals(days.stream().distinct().count(), days.size());
        days.forEach(d -> assertEquals(true, !d.isBefore(from) && !d.isAfter(to), d.toString()));
        assertEquals(days, h.simulate(from, to, new MersenneTwister(5)), "same seed, same days");
    }
}
