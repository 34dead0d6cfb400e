package entente.model;

import entente.scenario.ActorField;
import entente.scenario.Dynamics;
import entente.scenario.EventType;
import entente.scenario.ParameterFamily;
import entente.scenario.ParameterPaths;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.scenario.UtilityFeature;
import java.io.Serializable;
import java.util.Arrays;
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

    Coefficients(Parameters p, Paths at) {
        params = p;
        ParameterPaths.Values v = p.read(at.all);
        for (Dynamics d : Dynamics.values()) {
            dynamics[d.ordinal()] = v.get(at.dynamics[d.ordinal()]);
        }
        for (ActorField f : ActorField.values()) {
            int[] cells = at.actor[f.ordinal()];
            actor[f.ordinal()] = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                actor[f.ordinal()][i] = f.derived() ? v.orNaN(cells[i]) : v.get(cells[i]);
            }
        }
        int n = at.actor[0].length;
        sensitivity = v.get(at.sensitivity);
        affinity0 = v.get(at.affinity);
        dependence = v.get(at.dependence);
        commitment = new double[n][n];
        for (int k = 0; k < at.treaty.length; k++) {
            int a = at.treatyA[k];
            int b = at.treatyB[k];
            commitment[a][b] = commitment[b][a] = v.get(at.treaty[k]);
        }
        effects = new EffectTable(p);
        utility = v.get(at.utility);
        intensity = v.get(at.intensity);
    }

    /**
     * Where a scenario's numbers are read, by state, pair, treaty and option (-1 where a pair is
     * one state with itself), all in one list of paths: built once per scenario structure, not
     * for every sweep point or dated change, since building the strings costs more than reading
     * the values.
     */
    static final class Paths implements Serializable {
        private static final long serialVersionUID = 1L;

        final ParameterPaths all;
        final int[] dynamics, treaty, treatyA, treatyB, intensity;
        final int[][] actor, sensitivity, affinity, dependence, utility;

        private Paths(String[] ids, List<Scenario.Treaty> treaties, List<Scenario.Action> actions) {
            int n = ids.length;
            ParameterPaths.Builder b = new ParameterPaths.Builder();
            dynamics = b.add(Arrays.stream(Dynamics.values()).map(Dynamics::path).toArray(String[]::new));
            String[][] actorPaths = new String[ActorField.values().length][n];
            String[][] sensitivityPaths = new String[n][EventType.values().length];
            for (int i = 0; i < n; i++) {
                for (ActorField f : ActorField.values()) {
                    actorPaths[f.ordinal()][i] = f.path(ids[i]);
                }
                for (EventType t : EventType.values()) {
                    sensitivityPaths[i][t.ordinal()] = ParameterRegistry.SENSITIVITY.path(ids[i], t.name());
                }
            }
            actor = b.add(actorPaths);
            sensitivity = b.add(sensitivityPaths);
            affinity = b.add(pairs(ids, ParameterRegistry.AFFINITY));
            dependence = b.add(pairs(ids, ParameterRegistry.DEPENDENCE));
            List<String> idList = List.of(ids);
            treaty = b.add(treaties.stream().map(t -> ParameterRegistry.TREATY_STRENGTH.path(t.key())).toArray(String[]::new));
            treatyA = treaties.stream().mapToInt(t -> idList.indexOf(t.a())).toArray();
            treatyB = treaties.stream().mapToInt(t -> idList.indexOf(t.b())).toArray();
            utility = b.add(utilityPaths(actions));
            intensity = b.add(actions.stream().map(a -> ParameterRegistry.ACTION_INTENSITY.path(a.id())).toArray(String[]::new));
            all = b.build();
        }

        static Paths of(Scenario s) {
            return new Paths(s.actorIds().toArray(new String[0]), s.treaties(), s.actions());
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
        ParameterPaths.Builder b = new ParameterPaths.Builder();
        int[][] at = b.add(utilityPaths(actions));
        return p.read(b.build()).get(at);
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
