package entente.model;

import entente.scenario.ActorField;
import entente.scenario.Dynamics;
import entente.scenario.EffectField;
import entente.scenario.EventType;
import java.io.Serializable;

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
    private final RunInputs inputs;
    /** The coefficients in force: those of the scenario, or of its latest dated change. */
    Coefficients c;
    EffectTable effects;

    // coefficients, taken from c by adopt()
    double eta, alpha, beta, gamma, kappa, delta, wPower, wOffense, wHostility, spendingReference, reactivity;
    double hostilityDecay, cooperationDecay, momentumDecay, exhaustionDecay, engagementDecay, responseRate;
    double temperature, idleWeight;
    final double escalationMax;

    // per state
    final double[] capability, powerHat, spending, grievance;
    double[] fatigue, sensitivity, hedging, loyalty, risk;
    double[][] typeSensitivity;
    /** Fast- and slow-fading counts of each state's own events, [state][event type]. */
    final double[][] momentum, exhaustion;
    /** Memory of the summits and suspensions each state took part in. */
    final double[] engagement;

    // pairwise (row i, column j: i's view of j)
    double[][] a0;
    final double[][] proximity, dependence, dependence0, commitment, commitment0;
    final double[][] affinity, threat, hostility, cooperation;
    /** Hostility memory seen through a first-order lag of {@code response_lag} days: what options answer. */
    final double[][] response;
    /** Σ_k min(T_ik, T_jk), refreshed with the threats (symmetric). */
    private final double[][] common;
    final double[][] threat0, common0;
    final double[] escalation;

    private final double[][] nextAffinity;
    private final double[] nextEscalation;

    World(RunInputs in) {
        n = in.ids.length;
        ids = in.ids;
        inputs = in;
        Coefficients first = in.first;
        escalationMax = first.get(Dynamics.ESCALATION_MAX);
        capability = first.actor(ActorField.CAPABILITY).clone();
        spending = first.actor(ActorField.SPENDING).clone();
        powerHat = new double[n];
        dependence = copy(first.dependence);
        dependence0 = copy(dependence);
        commitment = copy(first.commitment);
        commitment0 = copy(commitment);
        c = first;
        adopt(first);
        escalation = first.actor(ActorField.ESCALATION).clone();
        for (int i = 0; i < n; i++) {
            // the bounded dynamics never reach the ceiling itself
            escalation[i] = clip(escalation[i], 0, 0.99 * escalationMax);
        }
        proximity = in.proximity;
        affinity = copy(a0);
        hostility = new double[n][n];
        response = new double[n][n];
        cooperation = new double[n][n];
        threat = new double[n][n];
        common = new double[n][n];
        momentum = new double[n][EventType.values().length];
        exhaustion = new double[n][EventType.values().length];
        engagement = new double[n];
        nextAffinity = copy(a0);
        nextEscalation = escalation.clone();
        assessThreats();
        threat0 = copy(threat);
        grievance = grievances(first.actor(ActorField.GRIEVANCE));
        common0 = copy(common);
    }

    /**
     * Puts new coefficients in force (at the start, and when a dated change takes effect).
     * Preferences and rates are replaced; the lasting quantities that events also move
     * (spending, dependence, commitment) shift by the change of their parameter, so what events
     * did to them is kept. Starting values, memories and the derived grievances stay.
     */
    void adopt(Coefficients next) {
        for (int i = 0; i < n; i++) {
            spending[i] += next.actor(ActorField.SPENDING)[i] - c.actor(ActorField.SPENDING)[i];
            capability[i] = next.actor(ActorField.CAPABILITY)[i];
            for (int j = 0; j < n; j++) {
                dependence[i][j] = clip(dependence[i][j] + next.dependence[i][j] - c.dependence[i][j], 0, 1);
                commitment[i][j] = clip(commitment[i][j] + next.commitment[i][j] - c.commitment[i][j], 0, 1);
            }
            if (grievance != null && !Double.isNaN(next.actor(ActorField.GRIEVANCE)[i])) {
                grievance[i] = next.actor(ActorField.GRIEVANCE)[i];
            }
        }
        c = next;
        effects = next.effects;
        eta = next.get(Dynamics.ETA);
        alpha = next.get(Dynamics.ALPHA);
        beta = next.get(Dynamics.BETA);
        gamma = next.get(Dynamics.GAMMA);
        kappa = next.get(Dynamics.KAPPA);
        delta = next.get(Dynamics.DELTA);
        wPower = next.get(Dynamics.W_POWER);
        wOffense = next.get(Dynamics.W_OFFENSE);
        wHostility = next.get(Dynamics.W_HOSTILITY);
        spendingReference = next.get(Dynamics.SPENDING_REFERENCE);
        reactivity = next.get(Dynamics.REACTIVITY);
        hostilityDecay = next.decay(Dynamics.HOSTILITY_HALFLIFE);
        cooperationDecay = next.decay(Dynamics.COOPERATION_HALFLIFE);
        momentumDecay = next.decay(Dynamics.MOMENTUM_HALFLIFE);
        exhaustionDecay = next.decay(Dynamics.EXHAUSTION_HALFLIFE);
        engagementDecay = next.decay(Dynamics.ENGAGEMENT_HALFLIFE);
        responseRate = 1 / next.get(Dynamics.RESPONSE_LAG);
        temperature = next.get(Dynamics.LOGIT_TEMPERATURE);
        idleWeight = next.get(Dynamics.DECISION_INTERVAL);
        fatigue = next.actor(ActorField.FATIGUE);
        sensitivity = next.actor(ActorField.THREAT_SENSITIVITY);
        hedging = next.actor(ActorField.HEDGING);
        loyalty = next.actor(ActorField.LOYALTY);
        risk = next.actor(ActorField.RISK_TOLERANCE);
        typeSensitivity = next.sensitivity;
        a0 = next.affinity0;
        double maxCapability = 0;
        for (double v : capability) {
            maxCapability = Math.max(maxCapability, v);
        }
        for (int i = 0; i < n; i++) {
            powerHat[i] = maxCapability > 0 ? capability[i] / maxCapability : 0;
        }
    }

    public int size() {
        return n;
    }

    public String id(int i) {
        return ids[i];
    }

    public int index(String id) {
        return inputs.index(id);
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

    /**
     * Applies an event's effects at once (memories, commitments, escalation shocks, spending)
     * and counts it in its actors' own memories of events of its type.
     */
    void apply(ModelEvent e) {
        EventType type = e.type();
        double w = e.intensity() * effects.multiplier(type, e.subtype(), e.overflight())
                * Math.abs(effects.get(type, EffectField.GOLDSTEIN)) / 10;
        double hostile = effects.get(type, EffectField.THREAT) * w;
        double coop = effects.get(type, EffectField.COOPERATION) * w;
        double coopTarget = effects.get(type, EffectField.COOPERATION_TARGET) * w;
        double commit = effects.get(type, EffectField.COMMITMENT) * w;
        double depend = effects.get(type, EffectField.DEPENDENCE) * w;
        double engage = effects.get(type, EffectField.ENGAGEMENT) * w;
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
            momentum[a][ti]++;
            exhaustion[a][ti]++;
            engagement[a] += engage;
        }
        // a target shares the engagement only of events that build cooperation with it (a
        // suspended drill), not of those aimed against it (an agreement on intelligence sharing)
        double engageTarget = coopTarget > 0 ? engage : 0;
        for (int t : e.targets()) {
            shock(t, effects.get(type, EffectField.ESCALATION_TARGET) * w);
            engagement[t] += engageTarget;
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

    /** A rise is damped as the level nears the ceiling, so shocks saturate instead of clipping. */
    private void shock(int i, double amount) {
        double damped = amount > 0 ? amount * (1 - escalation[i] / escalationMax) : amount;
        escalation[i] = clip(escalation[i] + damped, 0, escalationMax);
    }

    // ---- daily dynamics -------------------------------------------------------------

    /**
     * Balance of threat: power and offense discounted by intent, plus remembered hostility; then
     * the threat each pair has in common, Σ_k min(T_ik, T_jk). That sum is the model's one term
     * of cost N³ a day: a sum of minima does not split into per-state totals the way a sum of
     * products does, so no running sum gives it exactly (it is an L1 distance between rows, for
     * every pair). It is kept exact and cheap instead: contiguous rows, no test in the loop.
     */
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
            double[] ti = threat[i];
            for (int j = i + 1; j < n; j++) {
                double[] tj = threat[j];
                double sum = 0; // over k != i, j in increasing order, as three plain loops
                for (int k = 0; k < i; k++) {
                    sum += Math.min(ti[k], tj[k]);
                }
                for (int k = i + 1; k < j; k++) {
                    sum += Math.min(ti[k], tj[k]);
                }
                for (int k = j + 1; k < n; k++) {
                    sum += Math.min(ti[k], tj[k]);
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

    /**
     * State i's next affinity row and escalation level, from current values only. Escalation
     * follows a bounded (logistic) Richardson step: the drive of others' escalation and of the
     * grievance shrinks as the level nears the ceiling, fatigue pulls it down, so rest points
     * lie inside the range: x ← x + (Σ_j k_ij x_j + g_i)(1 − x_i/x_max) − m_i x_i.
     */
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
        double x = escalation[i];
        nextEscalation[i] = clip(x + (pressure + grievance[i]) * (1 - x / escalationMax) - fatigue[i] * x, 0, escalationMax);
    }

    /** Makes the new rows current and lets memories fade by one day. */
    void commit() {
        for (int i = 0; i < n; i++) {
            System.arraycopy(nextAffinity[i], 0, affinity[i], 0, n);
            escalation[i] = nextEscalation[i];
            for (int j = 0; j < n; j++) {
                response[i][j] += (hostility[i][j] - response[i][j]) * responseRate;
                hostility[i][j] *= hostilityDecay;
                cooperation[i][j] *= cooperationDecay;
            }
            for (int t = 0; t < momentum[i].length; t++) {
                momentum[i][t] *= momentumDecay;
                exhaustion[i][t] *= exhaustionDecay;
            }
            engagement[i] *= engagementDecay;
        }
    }

    // ---- set-up helpers -------------------------------------------------------------

    /**
     * Given grievances, or where a state has none (NaN), the one that makes its starting
     * escalation a rest point of the bounded step: g_i = m_i x_i / (1 − x_i/x_max) − Σ_j k_ij x_j,
     * so that nothing moves until something happens.
     */
    private double[] grievances(double[] given) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(given[i])) {
                g[i] = given[i];
            } else {
                g[i] = fatigue[i] * escalation[i] / (1 - escalation[i] / escalationMax);
                for (int j = 0; j < n; j++) {
                    g[i] -= j == i ? 0 : reaction(i, j) * escalation[j];
                }
            }
        }
        return g;
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
