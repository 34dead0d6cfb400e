package entente.experiment;

import java.util.List;

/**
 * The points of a sweep: one row of factor values per point. Saltelli and Morris designs
 * also say how points belong together: {@code block} is the base row or trajectory a point
 * belongs to, {@code varied} the factor it changed (or {@link #NONE}, {@link #B}), and
 * {@code step} the signed change of that factor in unit coordinates (Morris).
 */
public record Design(DesignType type, List<String> factors, double[][] values, int[] block, int[] varied,
                     double[] step) {
    /** The base point of a block: Saltelli's A row, the start of a Morris trajectory, any other design's point. */
    public static final int NONE = -1;
    /** Saltelli's B row. */
    public static final int B = -2;

    public int size() {
        return values.length;
    }

    /** What a point is within its block, as written to design.csv. */
    public String role(int point) {
        int v = varied[point];
        if (v >= 0) {
            return factors.get(v);
        }
        return switch (type) {
            case SALTELLI -> v == B ? "B" : "A";
            case MORRIS -> "start";
            default -> "";
        };
    }

    /** The inverse of {@link #role}: the varied code of a role name. */
    public static int varied(String role, List<String> factors) {
        return switch (role) {
            case "B" -> B;
            case "", "A", "start" -> NONE;
            default -> {
                int k = factors.indexOf(role);
                if (k < 0) {
                    throw new IllegalArgumentException("unknown role '" + role + "'");
                }
                yield k;
            }
        };
    }
}
