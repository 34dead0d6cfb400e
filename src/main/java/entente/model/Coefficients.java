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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        params = p;
        Paths at = Paths.of(s);
        int n = at.sensitivity.length;
        for (Dynamics d : Dynamics.values()) {
            dynamics[d.ordinal()] = p.get(d);
        }
        for (ActorField f : ActorField.values()) {
            actor[f.ordinal()] = new double[n];
            for (int i = 0; i < n; i++) {
                String path = at.actor[f.ordinal()][i];
                actor[f.ordinal()][i] = f.derived() && !p.has(path) ? Double.NaN : p.get(path);
            }
        }
        sensitivity = read(p, at.sensitivity);
        affinity0 = read(p, at.affinity);
        dependence = read(p, at.dependence);
        commitment = new double[n][n];
        for (int k = 0; k < at.treaty.length; k++) {
            int a = at.treatyA[k];
            int b = at.treatyB[k];
            commitment[a][b] = commitment[b][a] = p.get(at.treaty[k]);
        }
        effects = new EffectTable(p);
        utility = read(p, at.utility);
        intensity = read(p, new String[][] {at.intensity})[0];
    }

    /**
     * The paths of a scenario's numbers, by state, pair, treaty and option (null where a pair is
     * one state with itself): built once per scenario structure, not for every sweep point or
     * dated change, since building the strings costs more than reading the values.
     */
    private record Paths(String[][] actor, String[][] sensitivity, String[][] affinity, String[][] dependence,
                         String[] treaty, int[] treatyA, int[] treatyB, String[][] utility, String[] intensity) {
        /** The last structures seen (a few at once: a comparison's base and variant, a calibration's scenarios). */
        private static final Map<List<Object>, Paths> SEEN = new ConcurrentHashMap<>();

        static Paths of(Scenario s) {
            List<Object> key = List.of(s.actors(), s.treaties(), s.actions());
            Paths known = SEEN.get(key);
            if (known == null) {
                if (SEEN.size() > 32) {
                    SEEN.clear();
                }
                known = build(s.actorIds().toArray(new String[0]), s.treaties(), s.actions());
                SEEN.put(key, known);
            }
            return known;
        }

        private static Paths build(String[] ids, List<Scenario.Treaty> treaties, List<Scenario.Action> actions) {
            int n = ids.length;
            String[][] actor = new String[ActorField.values().length][n];
            String[][] sensitivity = new String[n][EventType.values().length];
            for (int i = 0; i < n; i++) {
                for (ActorField f : ActorField.values()) {
                    actor[f.ordinal()][i] = f.path(ids[i]);
                }
                for (EventType t : EventType.values()) {
                    sensitivity[i][t.ordinal()] = ParameterRegistry.SENSITIVITY.path(ids[i], t.name());
                }
            }
            List<String> idList = List.of(ids);
            return new Paths(actor, sensitivity, pairs(ids, ParameterRegistry.AFFINITY), pairs(ids, ParameterRegistry.DEPENDENCE),
                    treaties.stream().map(t -> ParameterRegistry.TREATY_STRENGTH.path(t.key())).toArray(String[]::new),
                    treaties.stream().mapToInt(t -> idList.indexOf(t.a())).toArray(),
                    treaties.stream().mapToInt(t -> idList.indexOf(t.b())).toArray(),
                    utilityPaths(actions),
                    actions.stream().map(a -> ParameterRegistry.ACTION_INTENSITY.path(a.id())).toArray(String[]::new));
        }

        private static String[][] pairs(String[] ids, ParameterFamily pair) {
            String[][] m = new String[ids.length][ids.length];
            for (int i = 0; i < ids.length; i++) {
                for (int j = 0; j < ids.length; j++) {
                    m[i][j] = i == j ? null : pair.path(ids[i], ids[j]);
                }
            }
            return m;
        }
    }

    /** The values at the paths (0 where there is no path). */
    private static double[][] read(Parameters p, String[][] paths) {
        double[][] out = new double[paths.length][];
        for (int i = 0; i < paths.length; i++) {
            out[i] = new double[paths[i].length];
            for (int j = 0; j < paths[i].length; j++) {
                out[i][j] = paths[i][j] == null ? 0 : p.get(paths[i][j]);
            }
        }
        return out;
    }

    private static String[][] utilityPaths(List<Scenario.Action> actions) {
        String[][] paths = new String[actions.size()][UtilityFeature.values().length];
        for (int k = 0; k < actions.size(); k++) {
            for (UtilityFeature f : UtilityFeature.values()) {
                paths[k][f.ordinal()] = f.path(actions.get(k).id());
            }
        }
        return paths;
    }

    /** The utility coefficients of each option, [action][feature]. */
    static double[][] utilities(Parameters p, List<Scenario.Action> actions) {
        return read(p, utilityPaths(actions));
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
}
