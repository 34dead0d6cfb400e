package entente.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void pearsonOnHandMadeSeries() {
        // x = 1..4, y = 2,1,4,3: deviations ±1.5, ±0.5; Sxy = 4 × 0.75 = 3, Sxx = Syy = 5, r = 0.6
        assertEquals(0.6, Scores.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 1, 4, 3}), 1e-12);
        assertEquals(-1, Scores.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        assertTrue(Double.isNaN(Scores.pearson(new double[] {1, 1, 1}, new double[] {3, 2, 1})), "constant series");
        assertTrue(Double.isNaN(Scores.pearson(new double[] {1}, new double[] {3})), "one pair");
    }

    @Test
    void rmseOnHandMadeSeries() {
        assertEquals(Math.sqrt(4.0 / 3), Scores.rmse(new double[] {1, 2, 3}, new double[] {1, 4, 3}), 1e-12);
        assertEquals(0, Scores.rmse(new double[] {5, 6}, new double[] {5, 6}));
    }

    @Test
    void dispersionUsesTheSampleVariance() {
        // mean 2, sample variance ((−2)² + 0 + 2²) / 2 = 4
        assertEquals(2, Scores.dispersion(new double[] {0, 2, 4}), 1e-12);
        assertEquals(0, Scores.dispersion(new double[] {3, 3, 3}));
        assertTrue(Double.isNaN(Scores.dispersion(new double[] {0, 0, 0})), "no launches");
        // the record's 2021-10..2023-04 monthly counts (data/README.md): variance/mean 2.33 with n − 1
        double[] record = {1, 0, 0, 7, 1, 3, 1, 4, 1, 0, 1, 3, 7, 6, 3, 1, 3, 7, 1};
        assertEquals(2.3311, Scores.dispersion(record), 1e-4);
    }

    @Test
    void drillWindowIsTheStartDayAndThe13DaysAfter() {
        List<LocalDate> starts = List.of(d("2022-01-01"));
        assertTrue(Scores.inWindow(d("2022-01-01"), starts, 14));
        assertTrue(Scores.inWindow(d("2022-01-14"), starts, 14));
        assertFalse(Scores.inWindow(d("2022-01-15"), starts, 14));
        assertFalse(Scores.inWindow(d("2021-12-31"), starts, 14));
        List<LocalDate> launches = List.of(d("2021-12-31"), d("2022-01-01"), d("2022-01-14"), d("2022-01-15"));
        assertEquals(0.5, Scores.windowShare(launches, starts, 14));
        assertTrue(Double.isNaN(Scores.windowShare(List.of(), starts, 14)));
    }

    @Test
    void chanceRateIsTheShareOfDaysInAnyWindow() {
        List<LocalDate> january = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            january.add(LocalDate.of(2022, 1, day));
        }
        assertEquals(14.0 / 31, Scores.chanceRate(january, List.of(d("2022-01-01")), 14), 1e-12);
        // overlapping windows count once: 1 Jan .. 23 Jan
        assertEquals(23.0 / 31, Scores.chanceRate(january, List.of(d("2022-01-01"), d("2022-01-10")), 14), 1e-12);
        // a drill in late December reaches into January
        assertEquals(3.0 / 31, Scores.chanceRate(january, List.of(d("2021-12-21")), 14), 1e-12);
    }

    @Test
    void riseShareFromADate() {
        // rises 0 → 4; from index 3 on (value before: 1) it rises by 3 of 4
        assertEquals(0.75, Scores.riseShare(new double[] {0, 0.5, 1, 2, 4}, 3), 1e-12);
        assertTrue(Double.isNaN(Scores.riseShare(new double[] {2, 3, 1}, 1)), "falls overall");
    }
}
