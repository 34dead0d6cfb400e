package entente.model;

import entente.scenario.ActorField;
import entente.scenario.Dynamics;
import entente.scenario.EffectField;
import entente.scenario.EventType;
import java.io.Serializable;
import java.util.Arrays;

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
    /** Fast- and slow-fading counts of each state's own events, [state][event type]; current where options read them. */
    final double[][] momentum, exhaustion;
    /** Memory of the summits and suspensions each state took part in. */
    final double[] engagement;

    // pairwise (row i, column j: i's view of j)
    double[][] a0;
    final double[][] proximity, dependence, dependence0, commitment, commitment0;
    final double[][] affinity, threat, hostility, cooperation;
    /** Hostility memory seen through a first-order lag of {@code response_lag} days: what options answer (current where they read it). */
    final double[][] response;
    /** Σ_k min(T_ik, T_jk), refreshed with the threats (symmetric). */
    private final double[][] common;
    /** Scratch for the threat assessment: each state's power as a threat, and the threats by target ([k][j] = T_jk). */
    private final double[] capacity;
    private final double[][] threatByTarget;
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
        capacity = new double[n];
        threatByTarget = new double[n][n];
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

    /** What holds state i back: its dependence on each state, weighted by its (positive) affinity for it. */
    double restraint(int i) {
        double restraint = 0;
        for (int k = 0; k < n; k++) {
            restraint += dependence[i][k] * Math.max(0, affinity[i][k]);
        }
        return restraint;
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
     * the threat each pair has in common ({@link #commonThreats}).
     */
    void assessThreats() {
        for (int j = 0; j < n; j++) {
            capacity[j] = wPower * powerHat[j] + wOffense * powerHat[j] * spending[j] / spendingReference;
        }
        boolean nonNegative = true;
        for (int i = 0; i < n; i++) {
            double[] threatI = threat[i];
            double[] affinityI = affinity[i];
            double[] proximityI = proximity[i];
            double[] hostilityI = hostility[i];
            double s = sensitivity[i];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double t = s * ((1 - affinityI[j]) / 2 * proximityI[j] * capacity[j] + wHostility * hostilityI[j]);
                    threatI[j] = t;
                    threatByTarget[j][i] = t;
                    nonNegative &= t >= 0;
                }
            }
        }
        commonThreats(threat, threatByTarget, nonNegative, common);
    }

    /**
     * The threat each pair has in common, common[i][j] = Σ_{k≠i,j} min(T_ik, T_jk), summed in
     * increasing k, symmetric; {@code byTarget} is the transpose of {@code threat} ([k][j] = T_jk)
     * with a zero diagonal, and {@code nonNegative} says that no threat is below zero.
     *
     * <p>It is the model's one term of cost N³ a day: a sum of minima does not split into
     * per-state totals the way a sum of products does, so no running sum gives it exactly (it is
     * an L1 distance between rows, for every pair). It is kept exact and cheap instead: for each
     * state i the sums of all pairs (i, j > i) grow together, third state by third state in
     * increasing order, so that each sum adds the same terms in the same order as a loop over k,
     * and the innermost loop runs along a row of {@code byTarget}, which the JIT vectorises. When no
     * threat is negative (always, unless a change pushed spending below zero) that loop need not
     * step over j = k: the term it adds there, min(T_ik, 0), is +0 or −0, which leaves a sum that
     * started at +0 unchanged.
     */
    static void commonThreats(double[][] threat, double[][] byTarget, boolean nonNegative, double[][] common) {
        int n = threat.length;
        for (int i = 0; i < n - 1; i++) {
            double[] sum = common[i];
            Arrays.fill(sum, i + 1, n, 0);
            double[] threatI = threat[i];
            for (int k = 0; k < n; k++) {
                if (k == i) {
                    continue;
                }
                double tik = threatI[k];
                double[] tk = byTarget[k];
                int skip = nonNegative || k < i ? n : k;
                for (int j = i + 1; j < skip; j++) {
                    sum[j] += Math.min(tik, tk[j]);
                }
                for (int j = skip + 1; j < n; j++) {
                    sum[j] += Math.min(tik, tk[j]);
                }
            }
            for (int j = i + 1; j < n; j++) {
                common[j][i] = sum[j];
            }
        }
    }

    /**
     * State i's next affinity row and escalation level, from current values only. Each affinity
     * moves toward its baseline shifted by what changed since the start (threat in common, threat,
     * cooperation, commitment, dependence). Escalation follows a bounded (logistic) Richardson
     * step: the drive of others' escalation (k_ij = reactivity x risk tolerance_i x threat_ij) and
     * of the grievance shrinks as the level nears the ceiling, fatigue pulls it down, so rest
     * points lie inside the range: x ← x + (Σ_j k_ij x_j + g_i)(1 − x_i/x_max) − m_i x_i.
     */
    void respond(int i) {
        double[] commonI = common[i], common0I = common0[i], threatI = threat[i], threat0I = threat0[i];
        double[] cooperationI = cooperation[i], commitmentI = commitment[i], commitment0I = commitment0[i];
        double[] dependenceI = dependence[i], dependence0I = dependence0[i], a0I = a0[i], affinityI = affinity[i];
        double[] next = nextAffinity[i];
        double held = 1 - hedging[i];
        double bound = kappa * loyalty[i];
        double reacts = reactivity * risk[i];
        double pressure = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double drift = alpha * (commonI[j] - common0I[j])
                    - beta * (threatI[j] - threat0I[j])
                    + gamma * cooperationI[j]
                    + bound * (commitmentI[j] - commitment0I[j]);
            double target = clip(a0I[j] + held * drift + delta * (dependenceI[j] - dependence0I[j]), -1, 1);
            next[j] = clip(affinityI[j] + eta * (target - affinityI[j]), -1, 1);
            pressure += reacts * threatI[j] * escalation[j];
        }
        double x = escalation[i];
        nextEscalation[i] = clip(x + (pressure + grievance[i]) * (1 - x / escalationMax) - fatigue[i] * x, 0, escalationMax);
    }

    /**
     * Makes the new rows current and lets memories fade by one day: hostility and cooperation
     * everywhere (threats and affinities read them all), the answer to hostility and the counts
     * of own events only in the cells some option reads ({@link RunInputs#habitActor} and the
     * like), since no other cell is ever read.
     */
    void commit() {
        for (int c = 0; c < inputs.answerActor.length; c++) {
            int i = inputs.answerActor[c];
            int j = inputs.answerTarget[c];
            response[i][j] += (hostility[i][j] - response[i][j]) * responseRate;
        }
        for (int c = 0; c < inputs.habitActor.length; c++) {
            int i = inputs.habitActor[c];
            int t = inputs.habitType[c];
            momentum[i][t] *= momentumDecay;
            exhaustion[i][t] *= exhaustionDecay;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(nextAffinity[i], 0, affinity[i], 0, n);
            escalation[i] = nextEscalation[i];
            double[] hostilityI = hostility[i];
            double[] cooperationI = cooperation[i];
            for (int j = 0; j < n; j++) {
                hostilityI[j] *= hostilityDecay;
                cooperationI[j] *= cooperationDecay;
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

    /** v held inside [lo, hi] (NaN stays NaN); plain comparisons, since the bounds are never −0 or NaN. */
    static double clip(double v, double lo, double hi) {
        return v < lo ? lo : v > hi ? hi : v;
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
