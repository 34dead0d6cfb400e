package entente.experiment;

import entente.scenario.Factor;
import java.util.Arrays;
import java.util.List;

/** How a sweep chooses its design points; the name is what a sweep file writes under design.type. */
public enum DesignType {
    GRID("grid"),
    RANDOM("random"),
    LATIN_HYPERCUBE("latin_hypercube"),
    SOBOL("sobol"),
    /** Saltelli's (2002, 2010) A, B and A_B^(i) matrices for Sobol' first- and total-order indices. */
    SALTELLI("saltelli"),
    /** Morris (1991) one-at-a-time trajectories for elementary effects. */
    MORRIS("morris");

    private final String key;

    DesignType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static DesignType of(String key) {
        for (DesignType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(DesignType::key).toList();
    }

    /** Grids take their points from the factors' levels; every other design needs a sample count. */
    public boolean sampled() {
        return this != GRID;
    }

    /**
     * Points the design has: the product of the factors' levels for a grid; {@code samples}
     * base rows of d + 2 points for Saltelli, trajectories of d + 1 points for Morris.
     * Saturates at Long.MAX_VALUE.
     */
    public long points(List<Factor> factors, long samples) {
        int d = factors.size();
        try {
            return switch (this) {
                case GRID -> {
                    long n = 1;
                    for (Factor f : factors) {
                        n = Math.multiplyExact(n, f.values() != null ? f.values().length : f.steps());
                    }
                    yield n;
                }
                case SALTELLI -> Math.multiplyExact(samples, d + 2L);
                case MORRIS -> Math.multiplyExact(samples, d + 1L);
                default -> samples;
            };
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
