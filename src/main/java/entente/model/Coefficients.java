package entente.model;

import entente.scenario.ActorField;
import entente.scenario.Dynamics;
import entente.scenario.EventType;
import entente.scenario.ParameterFamily;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.scenario.UtilityFeature;
import java.io.Serializable;
import java.util.List;

/**
 * Every number the model reads from the parameters, resolved by path once per run (and again
 * when a dated change takes effect), so that a simulated day only reads arrays.
 */
final class Coefficients implements Serializable {
    private static final long serialVersionUID = 1L;

    final Parameters params;
    private final double[] dynamics = new double[Dynamics.values().length];
    /** [field][state]; NaN for a grievance the scenario leaves to the model. */
    private final double[][] actor = new double[ActorField.values().length][];
    /** [state][event type]. */
    final double[][] sensitivity;
    final double[][] affinity0, dependence, commitment;
    final EffectTable effects;
    /** [action][feature] and [action], in the scenario's order of actions. */
    final double[][] utility;
    final double[] intensity;

    Coefficients(Parameters p, Scenario s) {
        this(p, s.actorIds().toArray(new String[0]), s.treaties(), s.actions());
    }

    Coefficients(Parameters p, String[] ids, List<Scenario.Treaty> treaties, List<Scenario.Action> actions) {
        params = p;
        int n = ids.length;
        for (Dynamics d : Dynamics.values()) {
            dynamics[d.ordinal()] = p.get(d);
        }
        for (ActorField f : ActorField.values()) {
            actor[f.ordinal()] = new double[n];
            for (int i = 0; i < n; i++) {
                String path = f.path(ids[i]);
                actor[f.ordinal()][i] = f.derived() && !p.has(path) ? Double.NaN : p.get(path);
            }
        }
        sensitivity = new double[n][EventType.values().length];
        for (int i = 0; i < n; i++) {
            for (EventType t : EventType.values()) {
                sensitivity[i][t.ordinal()] = p.get(ParameterRegistry.SENSITIVITY.path(ids[i], t.name()));
            }
        }
        affinity0 = pairs(p, ids, ParameterRegistry.AFFINITY);
        dependence = pairs(p, ids, ParameterRegistry.DEPENDENCE);
        commitment = new double[n][n];
        List<String> idList = List.of(ids);
        for (Scenario.Treaty t : treaties) {
            int a = idList.indexOf(t.a());
            int b = idList.indexOf(t.b());
            commitment[a][b] = commitment[b][a] = p.get(ParameterRegistry.TREATY_STRENGTH.path(t.key()));
        }
        effects = new EffectTable(p);
        utility = utilities(p, actions);
        intensity = actions.stream().mapToDouble(a -> p.get(ParameterRegistry.ACTION_INTENSITY.path(a.id()))).toArray();
    }

    /** The utility coefficients of each option, [action][feature]. */
    static double[][] utilities(Parameters p, List<Scenario.Action> actions) {
        double[][] u = new double[actions.size()][UtilityFeature.values().length];
        for (int k = 0; k < actions.size(); k++) {
            for (UtilityFeature f : UtilityFeature.values()) {
                u[k][f.ordinal()] = p.get(f.path(actions.get(k).id()));
            }
        }
        return u;
    }

    double get(Dynamics d) {
        return dynamics[d.ordinal()];
    }

    /** The daily factor of a memory with the half-life {@code d}: 2^(−1/half-life). */
    double decay(Dynamics halfLife) {
        return Math.pow(0.5, 1 / get(halfLife));
    }

    double[] actor(ActorField f) {
        return actor[f.ordinal()];
    }

    private static double[][] pairs(Parameters p, String[] ids, ParameterFamily pair) {
        int n = ids.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    m[i][j] = p.get(pair.path(ids[i], ids[j]));
                }
            }
        }
        return m;
    }
}
