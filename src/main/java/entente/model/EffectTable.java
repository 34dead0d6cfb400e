package entente.model;

import entente.scenario.EffectField;
import entente.scenario.EventType;
import entente.scenario.Parameters;

/** The effect table resolved from the parameters: one row of coefficients per event type. */
final class EffectTable {
    private final double[][] cells = new double[EventType.values().length][EffectField.values().length];
    private final Parameters params;

    EffectTable(Parameters params) {
        this.params = params;
        for (EventType t : EventType.values()) {
            for (EffectField f : EffectField.values()) {
                cells[t.ordinal()][f.ordinal()] = params.get(f.path(t));
            }
        }
    }

    double get(EventType type, EffectField field) {
        return cells[type.ordinal()][field.ordinal()];
    }

    /** Missile class and overflight multiplier; 1 for other types. */
    double multiplier(EventType type, String subtype, boolean overflight) {
        if (type != EventType.MISSILE_TEST) {
            return 1;
        }
        String base = "effects." + type + ".";
        double m = subtype == null ? 1 : params.get(base + "subtype." + subtype);
        return overflight ? m * params.get(base + "overflight") : m;
    }
}
