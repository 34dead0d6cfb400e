package entente.model;

import entente.scenario.ActorField;
import entente.scenario.Dynamics;
import entente.scenario.EffectField;
import entente.scenario.EventType;
import entente.scenario.ParameterFamily;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.io.Serializable;
import java.util.List;

/**
 * The state of the region: per-state levels and directed pairwise matrices, with the daily
 * dynamics of docs/model.md. Updates are synchronous: every state's new row is computed from
 * the same current values, then {@link #commit()} makes them current, so the order in which
 * states are stepped never changes the outcome.
 */
public final class World implements Serializable {
    private static final long serialVersionUID = 1L;

    final int n;
    final String[] ids;
    private final java.util.Map<String, Integer> indexOf = new java.util.HashMap<>();
    final Parameters params;
    final EffectTable effects;

    // coefficients
    final double eta, alpha, beta, gamma, kappa, delta, wPower, wOffense, wHostility;
    final double hostilityDecay, cooperationDecay, spendingReference, reactivity, escalationMax;

    // per state
    final double[] capability, powerHat, spending, fatigue, grievance, sensitivity, hedging, loyalty, risk;
    final double[][] typeSensitivity;

    // pairwise (row i, column j: i's view of j)
    final double[][] a0, proximity, dependence, dependence0, commitment, commitment0;
    final double[][] affinity, threat, hostility, cooperation;
    /** Σ_k min(T_ik, T_jk), refreshed with the threats (symmetric). */
    private final double[][] common;
    final double[][] threat0, common0;
    final double[] escalation;

    private final double[][] nextAffinity;
    private final double[] nextEscalation;

    public World(Scenario s) {
        List<String> idList = s.actorIds();
        n = idList.size();
        ids = idList.toArray(new String[0]);
        for (int i = 0; i < n; i++) {
            indexOf.put(ids[i], i);
        }
        params = s.parameters();
        effects = new EffectTable(params);
        eta = params.get(Dynamics.ETA);
        alpha = params.get(Dynamics.ALPHA);
        beta = params.get(Dynamics.BETA);
        gamma = params.get(Dynamics.GAMMA);
        kappa = params.get(Dynamics.KAPPA);
        delta = params.get(Dynamics.DELTA);
        wPower = params.get(Dynamics.W_POWER);
        wOffense = params.get(Dynamics.W_OFFENSE);
        wHostility = params.get(Dynamics.W_HOSTILITY);
        hostilityDecay = Math.pow(0.5, 1 / params.get(Dynamics.HOSTILITY_HALFLIFE));
        cooperationDecay = Math.pow(0.5, 1 / params.get(Dynamics.COOPERATION_HALFLIFE));
        spendingReference = params.get(Dynamics.SPENDING_REFERENCE);
        reactivity = params.get(Dynamics.REACTIVITY);
        escalationMax = params.get(Dynamics.ESCALATION_MAX);

        capability = actorValues(ActorField.CAPABILITY);
        spending = actorValues(ActorField.SPENDING);
        fatigue = actorValues(ActorField.FATIGUE);
        sensitivity = actorValues(ActorField.THREAT_SENSITIVITY);
        hedging = actorValues(ActorField.HEDGING);
        loyalty = actorValues(ActorField.LOYALTY);
        risk = actorValues(ActorField.RISK_TOLERANCE);
        escalation = actorValues(ActorField.ESCALATION);
        for (int i = 0; i < n; i++) {
            escalation[i] = Math.min(escalation[i], escalationMax);
        }
        double maxCapability = 0;
        for (double c : capability) {
            maxCapability = Math.max(maxCapability, c);
        }
        powerHat = new double[n];
        for (int i = 0; i < n; i++) {
            powerHat[i] = maxCapability > 0 ? capability[i] / maxCapability : 0;
        }
        typeSensitivity = new double[n][EventType.values().length];
        for (int i = 0; i < n; i++) {
            for (EventType t : EventType.values()) {
                typeSensitivity[i][t.ordinal()] = params.get(ParameterRegistry.SENSITIVITY.path(ids[i], t.name()));
            }
        }
        a0 = pairValues(ParameterRegistry.AFFINITY);
        dependence = pairValues(ParameterRegistry.DEPENDENCE);
        dependence0 = copy(dependence);
        commitment = new double[n][n];
        for (Scenario.Treaty t : s.treaties()) {
            int a = idList.indexOf(t.a());
            int b = idList.indexOf(t.b());
            commitment[a][b] = commitment[b][a] = params.get(ParameterRegistry.TREATY_STRENGTH.path(t.key()));
        }
        commitment0 = copy(commitment);
        proximity = proximities(s, params.get(Dynamics.PROXIMITY_SCALE_KM));
        affinity = copy(a0);
        hostility = new double[n][n];
        cooperation = new double[n][n];
        threat = new double[n][n];
        common = new double[n][n];
        nextAffinity = copy(a0);
        nextEscalation = escalation.clone();
        assessThreats();
        threat0 = copy(threat);
        grievance = grievances();
        common0 = copy(common);
    }

    public int size() {
        return n;
    }

    public String id(int i) {
        return ids[i];
    }

    public int index(String id) {
        Integer i = indexOf.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown actor " + id);
        }
        return i;
    }

    public double affinity(int i, int j) {
        return affinity[i][j];
    }

    public double threat(int i, int j) {
        return threat[i][j];
    }

    public double hostility(int i, int j) {
        return hostility[i][j];
    }

    public double escalation(int i) {
        return escalation[i];
    }

    public double capability(int i) {
        return capability[i];
    }

    public double escalationMax() {
        return escalationMax;
    }

    /** Symmetric alignment of two states: the mean of their affinities for each other. */
    public double alignment(int i, int j) {
        return (affinity[i][j] + affinity[j][i]) / 2;
    }

    /** The Richardson reaction coefficient k_ij = reactivity x risk tolerance_i x threat_ij. */
    public double reaction(int i, int j) {
        return reactivity * risk[i] * threat[i][j];
    }

    // ---- events ---------------------------------------------------------------------

    /** Applies an event's effects at once (memories, commitments, escalation shocks, spending). */
    void apply(ModelEvent e) {
        EventType type = e.type();
        double w = e.intensity() * effects.multiplier(type, e.subtype(), e.overflight())
                * Math.abs(effects.get(type, EffectField.GOLDSTEIN)) / 10;
        double hostile = effects.get(type, EffectField.THREAT) * w;
        double coop = effects.get(type, EffectField.COOPERATION) * w;
        double coopTarget = effects.get(type, EffectField.COOPERATION_TARGET) * w;
        double commit = effects.get(type, EffectField.COMMITMENT) * w;
        double depend = effects.get(type, EffectField.DEPENDENCE) * w;
        double bystander = effects.get(type, EffectField.BYSTANDER);
        int ti = type.ordinal();
        for (int a : e.actors()) {
            for (int t : e.targets()) {
                hostility[t][a] = Math.max(0, hostility[t][a] + hostile * typeSensitivity[t][ti]);
                cooperation[t][a] += coopTarget;
                cooperation[a][t] += coopTarget;
                dependence[t][a] = clip(dependence[t][a] + depend, 0, 1);
                dependence[a][t] = clip(dependence[a][t] + depend, 0, 1);
            }
            for (int b : e.actors()) {
                if (a != b) {
                    cooperation[a][b] += coop;
                    commitment[a][b] = clip(commitment[a][b] + commit, 0, 1);
                }
            }
            if (hostile > 0 && bystander > 0) {
                feltByBystanders(e, a, hostile * bystander, ti);
            }
            shock(a, effects.get(type, EffectField.ESCALATION_ACTOR) * w);
            if (type.takesLevel() && !Double.isNaN(e.level())) {
                spending[a] = e.level();
            }
        }
        for (int t : e.targets()) {
            shock(t, effects.get(type, EffectField.ESCALATION_TARGET) * w);
        }
    }

    /** Third states friendly to a target feel part of the hostility aimed at it. */
    private void feltByBystanders(ModelEvent e, int actor, double amount, int typeIndex) {
        for (int k = 0; k < n; k++) {
            if (contains(e.actors(), k) || contains(e.targets(), k)) {
                continue;
            }
            double friendship = 0;
            for (int t : e.targets()) {
                friendship = Math.max(friendship, affinity[k][t]);
            }
            hostility[k][actor] += amount * friendship * typeSensitivity[k][typeIndex];
        }
    }

    private void shock(int i, double amount) {
        escalation[i] = clip(escalation[i] + amount, 0, escalationMax);
    }

    // ---- daily dynamics -------------------------------------------------------------

    /** Balance of threat: power and offense discounted by intent, plus remembered hostility. */
    void assessThreats() {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double intent = (1 - affinity[i][j]) / 2;
                double capacity = wPower * powerHat[j] + wOffense * powerHat[j] * spending[j] / spendingReference;
                threat[i][j] = sensitivity[i] * (intent * proximity[i][j] * capacity + wHostility * hostility[i][j]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    if (k != i && k != j) {
                        sum += Math.min(threat[i][k], threat[j][k]);
                    }
                }
                common[i][j] = common[j][i] = sum;
            }
        }
    }

    /** The affinity i's row moves toward: its baseline shifted by what changed since the start. */
    double affinityTarget(int i, int j) {
        double drift = alpha * (common[i][j] - common0[i][j])
                - beta * (threat[i][j] - threat0[i][j])
                + gamma * cooperation[i][j]
                + kappa * loyalty[i] * (commitment[i][j] - commitment0[i][j]);
        return a0[i][j] + (1 - hedging[i]) * drift + delta * (dependence[i][j] - dependence0[i][j]);
    }

    /** State i's next affinity row and escalation level, from current values only. */
    void respond(int i) {
        double pressure = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double target = clip(affinityTarget(i, j), -1, 1);
            nextAffinity[i][j] = clip(affinity[i][j] + eta * (target - affinity[i][j]), -1, 1);
            pressure += reaction(i, j) * escalation[j];
        }
        double x = escalation[i] + pressure - fatigue[i] * escalation[i] + grievance[i];
        nextEscalation[i] = clip(x, 0, escalationMax);
    }

    /** Makes the new rows current and lets memories fade by one day. */
    void commit() {
        for (int i = 0; i < n; i++) {
            System.arraycopy(nextAffinity[i], 0, affinity[i], 0, n);
            escalation[i] = nextEscalation[i];
            for (int j = 0; j < n; j++) {
                hostility[i][j] *= hostilityDecay;
                cooperation[i][j] *= cooperationDecay;
            }
        }
    }

    // ---- set-up helpers -------------------------------------------------------------

    /**
     * Given grievances, or where a state has none, the one that makes its starting escalation
     * a rest point (g_i = m_i x_i - Σ_j k_ij x_j), so that nothing moves until something happens.
     */
    private double[] grievances() {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            String path = ActorField.GRIEVANCE.path(ids[i]);
            if (params.has(path)) {
                g[i] = params.get(path);
            } else {
                g[i] = fatigue[i] * escalation[i];
                for (int j = 0; j < n; j++) {
                    g[i] -= j == i ? 0 : reaction(i, j) * escalation[j];
                }
            }
        }
        return g;
    }

    private double[] actorValues(ActorField f) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = params.get(f.path(ids[i]));
        }
        return v;
    }

    private double[][] pairValues(ParameterFamily pair) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    m[i][j] = params.get(pair.path(ids[i], ids[j]));
                }
            }
        }
        return m;
    }

    private static double[][] proximities(Scenario s, double scaleKm) {
        List<Scenario.Actor> actors = s.actors();
        int n = actors.size();
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    p[i][j] = Math.exp(-greatCircleKm(actors.get(i), actors.get(j)) / scaleKm);
                }
            }
        }
        return p;
    }

    static double greatCircleKm(Scenario.Actor a, Scenario.Actor b) {
        double la1 = Math.toRadians(a.lat());
        double la2 = Math.toRadians(b.lat());
        double dLat = la2 - la1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    static double clip(double v, double lo, double hi) {
        return v < lo ? lo : Math.min(v, hi);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
