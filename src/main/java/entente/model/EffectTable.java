package entente.model;

import entente.scenario.EffectField;
import entente.scenario.EventType;
import entente.scenario.ParameterPaths;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import java.io.Serializable;

/**
 * The effect table resolved from the parameters once per run: a row of coefficients per
 * event type, and the subtype and overflight multipliers of the types that take them.
 */
final class EffectTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[][] cells = new double[EventType.values().length][];
    private final double[][] subtypeWeights = new double[EventType.values().length][];
    private final double[] overflightWeights = new double[EventType.values().length];

    /** Where the cells, subtype and overflight weights are read (-1: none): the same for every scenario, so found once. */
    private static final int[][] CELLS = new int[EventType.values().length][EffectField.values().length];
    private static final int[][] SUBTYPES = new int[EventType.values().length][];
    private static final int[] OVERFLIGHTS = new int[EventType.values().length];
    private static final ParameterPaths ALL;

    static {
        ParameterPaths.Builder paths = new ParameterPaths.Builder();
        for (EventType t : EventType.values()) {
            for (EffectField f : EffectField.values()) {
                CELLS[t.ordinal()][f.ordinal()] = paths.add(f.path(t));
            }
            SUBTYPES[t.ordinal()] = paths.add(t.subtypes().stream()
                    .map(c -> ParameterRegistry.SUBTYPE_WEIGHT.path(t.name(), c)).toArray(String[]::new));
            OVERFLIGHTS[t.ordinal()] = t.takesOverflight() ? paths.add(ParameterRegistry.OVERFLIGHT_WEIGHT.path(t.name())) : -1;
        }
        ALL = paths.build();
    }

    EffectTable(Parameters params) {
        ParameterPaths.Values v = params.read(ALL);
        for (int t = 0; t < cells.length; t++) {
            cells[t] = v.get(CELLS[t]);
            subtypeWeights[t] = v.get(SUBTYPES[t]);
            overflightWeights[t] = OVERFLIGHTS[t] < 0 ? 1 : v.get(OVERFLIGHTS[t]);
        }
    }

    double get(EventType type, EffectField field) {
        return cells[type.ordinal()][field.ordinal()];
    }

    /** The subtype and overflight multipliers of an event; 1 for types that take none. */
    double multiplier(EventType type, String subtype, boolean overflight) {
        double m = subtype == null || !type.takesSubtype() ? 1
                : subtypeWeights[type.ordinal()][type.subtypes().indexOf(subtype)];
        return overflight && type.takesOverflight() ? m * overflightWeights[type.ordinal()] : m;
    }
}
