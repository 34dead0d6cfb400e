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

    EffectTable(Parameters params) {
        for (EventType t : EventType.values()) {
            for (EffectField f : EffectField.values()) {
                cells[t.ordinal()][f.ordinal()] = params.get(f.path(t));
            }
            subtypeWeights[t.ordinal()] = t.subtypes().stream()
                    .mapToDouble(c -> params.get(ParameterRegistry.SUBTYPE_WEIGHT.path(t.name(), c))).toArray();
            overflightWeights[t.ordinal()] = t.takesOverflight()
                    ? params.get(ParameterRegistry.OVERFLIGHT_WEIGHT.path(t.name())) : 1;
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
