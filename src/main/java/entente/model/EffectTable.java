package entente.model;

import entente.scenario.EffectField;
import entente.scenario.EventType;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import java.io.Serializable;

/**
 * The effect table resolved from the parameters once per run: a row of coefficients per
 * event type, and the subtype and overflight multipliers of the types that take them.
 */
final class EffectTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[][] cells = new double[EventType.values().length][EffectField.values().length];
    private final double[][] subtypeWeights = new double[EventType.values().length][];
    private final double[] overflightWeights = new double[EventType.values().length];

    /** The paths of the cells, subtype and overflight weights: the same for every scenario, so built once. */
    private static final String[][] CELL_PATHS = new String[EventType.values().length][EffectField.values().length];
    private static final String[][] SUBTYPE_PATHS = new String[EventType.values().length][];
    private static final String[] OVERFLIGHT_PATHS = new String[EventType.values().length];

    static {
        for (EventType t : EventType.values()) {
            for (EffectField f : EffectField.values()) {
                CELL_PATHS[t.ordinal()][f.ordinal()] = f.path(t);
            }
            SUBTYPE_PATHS[t.ordinal()] = t.subtypes().stream()
                    .map(c -> ParameterRegistry.SUBTYPE_WEIGHT.path(t.name(), c)).toArray(String[]::new);
            OVERFLIGHT_PATHS[t.ordinal()] = t.takesOverflight() ? ParameterRegistry.OVERFLIGHT_WEIGHT.path(t.name()) : null;
        }
    }

    EffectTable(Parameters params) {
        for (int t = 0; t < cells.length; t++) {
            for (int f = 0; f < cells[t].length; f++) {
                cells[t][f] = params.get(CELL_PATHS[t][f]);
            }
            subtypeWeights[t] = new double[SUBTYPE_PATHS[t].length];
            for (int c = 0; c < subtypeWeights[t].length; c++) {
                subtypeWeights[t][c] = params.get(SUBTYPE_PATHS[t][c]);
            }
            overflightWeights[t] = OVERFLIGHT_PATHS[t] == null ? 1 : params.get(OVERFLIGHT_PATHS[t]);
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
