package entente.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One score of the backtest on one set of months: the record's value where it has one, the
 * model's, and each baseline's, with which direction is better.
 *
 * @param months "all", "in-sample", "held-out" or a year
 */
public record Score(String id, String months, String description, double record, double model,
                    Map<String, Double> baselines, Better better) {
    /** How a model value is judged against a baseline's. */
    public enum Better {
        HIGHER, LOWER, CLOSER_TO_RECORD, NONE;

        /** Whether a beats b; null when they cannot be compared (undefined values, or nothing to judge). */
        Boolean beats(double a, double b, double record) {
            if (this == NONE || Double.isNaN(a) || Double.isNaN(b) || (this == CLOSER_TO_RECORD && Double.isNaN(record))) {
                return null;
            }
            return switch (this) {
                case HIGHER -> a > b;
                case LOWER -> a < b;
                default -> Math.abs(a - record) < Math.abs(b - record);
            };
        }
    }

    public Score {
        baselines = new LinkedHashMap<>(baselines);
    }

    /** Whether the model beats a baseline on this score; null when not comparable. */
    public Boolean beats(String baseline) {
        return better.beats(model, baselines.getOrDefault(baseline, Double.NaN), record);
    }

    /** "beats poisson and hawkes", "beats hawkes; not poisson", "does not beat poisson or hawkes", or "" when nothing is judged. */
    public String verdict() {
        if (better == Better.NONE) {
            return "";
        }
        List<String> won = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (String b : baselines.keySet()) {
            Boolean w = beats(b);
            (w == null ? open : w ? won : lost).add(b);
        }
        List<String> parts = new ArrayList<>();
        if (!won.isEmpty()) {
            parts.add("beats " + String.join(" and ", won));
        }
        if (!lost.isEmpty()) {
            parts.add((won.isEmpty() ? "does not beat " : "not ") + String.join(" or ", lost));
        }
        if (!open.isEmpty()) {
            parts.add("cannot be compared with " + String.join(" or ", open));
        }
        return String.join("; ", parts);
    }
}
