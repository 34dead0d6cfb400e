package entente.validation;

import java.time.LocalDate;
import java.util.List;

/**
 * A declared target of the backtest (issue 14, point 8): a measure of the agents' own behaviour
 * and the condition it must meet. Which fields a target uses depends on its measure.
 *
 * @param months    for monthly measures: "all", "in-sample" or "held-out"
 * @param years     the year of a total, or the two years of a drop
 * @param series    series named like summary.json ("hedging.KOR", "affinity.KOR.JPN"), averaged
 * @param from      first day of the part of the period whose share of the rise is measured
 * @param threshold the number of at_least, at_most, above or within_percent_of_record
 * @param beats     the baselines the model must beat
 */
public record Target(String id, String description, Measure measure, String months, List<Integer> years,
                     List<String> series, LocalDate from, Condition condition, double threshold, List<String> beats) {

    /** What a target measures, as named in the targets file. */
    public enum Measure {
        MONTHLY_R("monthly_r"), MONTHLY_RMSE("monthly_rmse"), DISPERSION("dispersion"), DRILL_SHARE("drill_share"),
        YEAR_TOTAL("year_total"), YEAR_DROP("year_drop"), RISE_SHARE("rise_share");

        private final String key;

        Measure(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Measures scored on a set of months. */
        boolean monthly() {
            return this == MONTHLY_R || this == MONTHLY_RMSE || this == DISPERSION;
        }

        /** Measures that the baselines are also scored on. */
        boolean scoredForBaselines() {
            return this != YEAR_DROP && this != RISE_SHARE;
        }
    }

    /** The condition, as named in the targets file. */
    public enum Condition {
        AT_LEAST("at_least"), AT_MOST("at_most"), ABOVE("above"), WITHIN_PERCENT_OF_RECORD("within_percent_of_record"),
        BEATS("beats");

        private final String key;

        Condition(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
