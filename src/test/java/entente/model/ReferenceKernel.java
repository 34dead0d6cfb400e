package entente.model;

import ec.util.MersenneTwisterFast;
import entente.scenario.ActorField;
import entente.scenario.Dynamics;
import entente.scenario.EffectField;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import entente.scenario.UtilityFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The floor the model is measured against: every day's arithmetic of docs/model.md written out
 * once more over plain arrays, in one class, with no schedule, no agents, no record keeping
 * beyond an array of numbers and no explanations. It starts from the same resolved inputs
 * ({@link RunInputs}) and draws from the same generator in the same order, so it gives the same
 * series and events as the model to the last bit ({@code ReferenceKernelTest}); {@code entente
 * bench} times the model against it. It runs scenarios without injected events or changes.
 */
public final class ReferenceKernel {
    private static final int TYPES = EventType.values().length;
    private static final int FEATURES = UtilityFeature.values().length;

    private final RunInputs in;
    private final int n;
    private final int days;
    /** Options: actor, participants, targets, partners, type ordinal, scenario spec. */
    private final int[] optionActor;
    private final int[][] optionParticipants, optionTargets, optionPartners;
    private final int[] optionType;
    private final Scenario.Action[] optionSpec;
    /** The day each dated change takes effect and the coefficients then in force. */
    private final int[] changeDay;
    private final Coefficients[] changeTo;
    private final int[] tri, counter, hedgers;
    private final int poleA, poleB;
    private final List<String> keys = new ArrayList<>();

    public ReferenceKernel(RunInputs in) {
        this.in = in;
        Scenario s = in.scenario;
        n = in.ids.length;
        days = s.days();
        int options = s.actions().size();
        optionActor = new int[options];
        optionParticipants = new int[options][];
        optionTargets = new int[options][];
        optionPartners = new int[options][];
        optionType = new int[options];
        optionSpec = new Scenario.Action[options];
        for (int k = 0; k < options; k++) {
            Scenario.Action a = s.actions().get(k);
            optionSpec[k] = a;
            optionActor[k] = in.optionActor[k];
            optionPartners[k] = in.optionPartners[k];
            optionTargets[k] = in.optionTargets[k];
            optionParticipants[k] = new int[optionPartners[k].length + 1];
            optionParticipants[k][0] = optionActor[k];
            System.arraycopy(optionPartners[k], 0, optionParticipants[k], 1, optionPartners[k].length);
            optionType[k] = a.type().ordinal();
        }
        List<int[]> at = new ArrayList<>();
        List<Coefficients> to = new ArrayList<>();
        for (int k = 1; k <= in.changes.size(); k++) {
            Coefficients c = in.afterChanges.get(k);
            int day = Math.max(0, in.day(in.changes.get(k - 1).date()));
            if (c == null || day >= days) {
                continue;
            }
            if (!at.isEmpty() && at.get(at.size() - 1)[0] == day) {
                to.set(to.size() - 1, c); // several dates before the start: the last state counts
            } else {
                at.add(new int[] {day});
                to.add(c);
            }
        }
        changeDay = at.stream().mapToInt(d -> d[0]).toArray();
        changeTo = to.toArray(new Coefficients[0]);
        tri = s.trilateral().stream().mapToInt(in::index).toArray();
        counter = s.counter().stream().mapToInt(in::index).toArray();
        poleA = in.index(s.hedgingPoles().get(0));
        poleB = in.index(s.hedgingPoles().get(1));
        hedgers = java.util.stream.IntStream.range(0, n).filter(i -> i != poleA && i != poleB).toArray();
        if (tri.length >= 2) {
            keys.add(Metric.COHESION_TRILATERAL.key());
        }
        if (counter.length >= 2) {
            keys.add(Metric.COHESION_COUNTER.key());
        }
        if (tri.length > 0 && counter.length > 0) {
            keys.add(Metric.POLARIZATION.key());
        }
        keys.addAll(List.of(Metric.FRUSTRATION.key(), Metric.PARTITION_CHANGED.key(), Metric.ESCALATION_INDEX.key()));
        for (int i = 0; i < n; i++) {
            keys.add(Metric.ESCALATION.key() + "." + in.ids[i]);
            keys.add(Metric.BLOC_SIDE.key() + "." + in.ids[i]);
        }
        for (int h : hedgers) {
            keys.add(Metric.HEDGING.key() + "." + in.ids[h]);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    keys.add(Metric.AFFINITY.key() + "." + in.ids[i] + "." + in.ids[j]);
                    keys.add(Metric.THREAT.key() + "." + in.ids[i] + "." + in.ids[j]);
                }
            }
        }
    }

    public static ReferenceKernel of(Scenario s) {
        return new ReferenceKernel(RunInputs.of(s));
    }

    /** The recorded series' names, in the order of a day's values ({@code metric.actor.partner}). */
    public List<String> keys() {
        return keys;
    }

    /** One run; with {@code record}, every series every day (day-major, in {@link #keys()} order). */
    public Run run(long seed, boolean record) {
        return new Run(seed, record);
    }

    /** For {@code entente bench}: one run, returning the number of events it fired. */
    public long events(long seed, boolean record) {
        return run(seed, record).events.size();
    }

    /** An event that fired: day, id, origin, and its index in the timeline or the option chosen. */
    public record Fired(int day, String id, EventOrigin origin) {}

    /** The state of one run, simulated whole by the constructor. */
    public final class Run {
        public final double[] values;
        public final List<Fired> events = new ArrayList<>();
        private final MersenneTwisterFast rng;
        private Coefficients c;
        private double eta, alpha, beta, gamma, kappa, delta, wPower, wOffense, wHostility, spendingReference;
        private double reactivity, hostilityDecay, cooperationDecay, momentumDecay, exhaustionDecay, engagementDecay;
        private double responseRate, temperature, idleWeight;
        private final double escalationMax;
        private final double[] capability, powerHat, spending, escalation, nextEscalation, engagement;
        private double[] grievance;
        private final double[][] affinity, nextAffinity, threat, common, hostility, response, cooperation;
        private final double[][] dependence, dependence0, commitment, commitment0, threat0, common0;
        private final double[][] momentum, exhaustion;
        private final double[][] alignment;
        private final double[] intensity;
        private double[][] utility;
        /** Options chosen today, to fire tomorrow, in the order chosen, with their intensity when chosen. */
        private int[] chosen = new int[8];
        private double[] chosenIntensity = new double[8];
        private int chosenCount;
        private int[] lastSide;
        /** A day's option weights and one option's features, reused. */
        private final double[] weights = new double[optionSpec.length];
        private final double[] f = new double[FEATURES];

        Run(long seed, boolean record) {
            rng = sim.engine.SimState.primeGenerator(new MersenneTwisterFast(seed)); // as MASON starts a model
            Coefficients first = in.first;
            escalationMax = first.get(Dynamics.ESCALATION_MAX);
            capability = first.actor(ActorField.CAPABILITY).clone();
            spending = first.actor(ActorField.SPENDING).clone();
            powerHat = new double[n];
            dependence = copy(first.dependence);
            dependence0 = copy(dependence);
            commitment = copy(first.commitment);
            commitment0 = copy(commitment);
            intensity = new double[optionSpec.length];
            c = first;
            adopt(first);
            escalation = first.actor(ActorField.ESCALATION).clone();
            for (int i = 0; i < n; i++) {
                escalation[i] = World.clip(escalation[i], 0, 0.99 * escalationMax);
            }
            affinity = copy(first.affinity0);
            nextAffinity = copy(first.affinity0);
            nextEscalation = escalation.clone();
            threat = new double[n][n];
            common = new double[n][n];
            hostility = new double[n][n];
            response = new double[n][n];
            cooperation = new double[n][n];
            momentum = new double[n][TYPES];
            exhaustion = new double[n][TYPES];
            engagement = new double[n];
            alignment = new double[n][n];
            assessThreats();
            threat0 = copy(threat);
            grievance = grievances(first.actor(ActorField.GRIEVANCE));
            common0 = copy(common);
            values = record ? new double[days * keys.size()] : null;
            int nextEvent = 0;
            int nextChange = 0;
            for (int day = 0; day < days; day++) {
                if (nextChange < changeDay.length && changeDay[nextChange] == day) {
                    adopt(changeTo[nextChange++]);
                }
                while (nextEvent < in.timeline.size() && in.timeline.get(nextEvent).day() == day) {
                    ModelEvent e = in.timeline.get(nextEvent++);
                    apply(e.type(), e.subtype(), e.overflight(), e.level(), e.intensity(), e.actors(), e.targets());
                    events.add(new Fired(day, e.id(), e.origin()));
                }
                for (int k = 0; k < chosenCount; k++) {
                    int o = chosen[k];
                    Scenario.Action a = optionSpec[o];
                    apply(a.type(), a.subtype(), a.overflight(), Double.NaN, chosenIntensity[k], optionParticipants[o],
                            optionTargets[o]);
                    events.add(new Fired(day, a.id(), EventOrigin.DECISION));
                }
                chosenCount = 0;
                assessThreats();
                for (int i = 0; i < n; i++) {
                    respond(i);
                    deliberate(i, day);
                }
                commit();
                if (record) {
                    observe(day * keys.size());
                }
            }
        }

        private void adopt(Coefficients next) {
            for (int i = 0; i < n; i++) {
                spending[i] += next.actor(ActorField.SPENDING)[i] - c.actor(ActorField.SPENDING)[i];
                capability[i] = next.actor(ActorField.CAPABILITY)[i];
                for (int j = 0; j < n; j++) {
                    dependence[i][j] = World.clip(dependence[i][j] + next.dependence[i][j] - c.dependence[i][j], 0, 1);
                    commitment[i][j] = World.clip(commitment[i][j] + next.commitment[i][j] - c.commitment[i][j], 0, 1);
                }
                if (grievance != null && !Double.isNaN(next.actor(ActorField.GRIEVANCE)[i])) {
                    grievance[i] = next.actor(ActorField.GRIEVANCE)[i];
                }
            }
            c = next;
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
            utility = next.utility;
            System.arraycopy(next.intensity, 0, intensity, 0, intensity.length);
            double maxCapability = 0;
            for (double v : capability) {
                maxCapability = Math.max(maxCapability, v);
            }
            for (int i = 0; i < n; i++) {
                powerHat[i] = maxCapability > 0 ? capability[i] / maxCapability : 0;
            }
        }

        private void apply(EventType type, String subtype, boolean overflight, double level, double strength,
                           int[] actors, int[] targets) {
            EffectTable fx = c.effects;
            double w = strength * fx.multiplier(type, subtype, overflight) * Math.abs(fx.get(type, EffectField.GOLDSTEIN)) / 10;
            double hostile = fx.get(type, EffectField.THREAT) * w;
            double coop = fx.get(type, EffectField.COOPERATION) * w;
            double coopTarget = fx.get(type, EffectField.COOPERATION_TARGET) * w;
            double commit = fx.get(type, EffectField.COMMITMENT) * w;
            double depend = fx.get(type, EffectField.DEPENDENCE) * w;
            double engage = fx.get(type, EffectField.ENGAGEMENT) * w;
            double bystander = fx.get(type, EffectField.BYSTANDER);
            double[][] sens = c.sensitivity;
            int ti = type.ordinal();
            for (int a : actors) {
                for (int t : targets) {
                    hostility[t][a] = Math.max(0, hostility[t][a] + hostile * sens[t][ti]);
                    cooperation[t][a] += coopTarget;
                    cooperation[a][t] += coopTarget;
                    dependence[t][a] = World.clip(dependence[t][a] + depend, 0, 1);
                    dependence[a][t] = World.clip(dependence[a][t] + depend, 0, 1);
                }
                for (int b : actors) {
                    if (a != b) {
                        cooperation[a][b] += coop;
                        commitment[a][b] = World.clip(commitment[a][b] + commit, 0, 1);
                    }
                }
                if (hostile > 0 && bystander > 0) {
                    double amount = hostile * bystander;
                    for (int k = 0; k < n; k++) {
                        if (contains(actors, k) || contains(targets, k)) {
                            continue;
                        }
                        double friendship = 0;
                        for (int t : targets) {
                            friendship = Math.max(friendship, affinity[k][t]);
                        }
                        hostility[k][a] += amount * friendship * sens[k][ti];
                    }
                }
                shock(a, fx.get(type, EffectField.ESCALATION_ACTOR) * w);
                if (type.takesLevel() && !Double.isNaN(level)) {
                    spending[a] = level;
                }
                momentum[a][ti]++;
                exhaustion[a][ti]++;
                engagement[a] += engage;
            }
            double engageTarget = coopTarget > 0 ? engage : 0;
            for (int t : targets) {
                shock(t, fx.get(type, EffectField.ESCALATION_TARGET) * w);
                engagement[t] += engageTarget;
            }
        }

        private void shock(int i, double amount) {
            double damped = amount > 0 ? amount * (1 - escalation[i] / escalationMax) : amount;
            escalation[i] = World.clip(escalation[i] + damped, 0, escalationMax);
        }

        private void assessThreats() {
            double[] sensitivity = c.actor(ActorField.THREAT_SENSITIVITY);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        double intent = (1 - affinity[i][j]) / 2;
                        double capacity = wPower * powerHat[j] + wOffense * powerHat[j] * spending[j] / spendingReference;
                        threat[i][j] = sensitivity[i] * (intent * in.proximity[i][j] * capacity + wHostility * hostility[i][j]);
                    }
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

        private double reaction(int i, int j) {
            return reactivity * c.actor(ActorField.RISK_TOLERANCE)[i] * threat[i][j];
        }

        private double[] grievances(double[] given) {
            double[] g = new double[n];
            double[] fatigue = c.actor(ActorField.FATIGUE);
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

        private void respond(int i) {
            double hedge = c.actor(ActorField.HEDGING)[i];
            double loyal = c.actor(ActorField.LOYALTY)[i];
            double pressure = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double drift = alpha * (common[i][j] - common0[i][j])
                        - beta * (threat[i][j] - threat0[i][j])
                        + gamma * cooperation[i][j]
                        + kappa * loyal * (commitment[i][j] - commitment0[i][j]);
                double target = World.clip(c.affinity0[i][j] + (1 - hedge) * drift
                        + delta * (dependence[i][j] - dependence0[i][j]), -1, 1);
                nextAffinity[i][j] = World.clip(affinity[i][j] + eta * (target - affinity[i][j]), -1, 1);
                pressure += reaction(i, j) * escalation[j];
            }
            double x = escalation[i];
            nextEscalation[i] = World.clip(x + (pressure + grievance[i]) * (1 - x / escalationMax)
                    - c.actor(ActorField.FATIGUE)[i] * x, 0, escalationMax);
        }

        /** The logit choice of state i among its options against doing nothing, one draw when it has options. */
        private void deliberate(int i, int day) {
            double total = idleWeight;
            boolean any = false;
            for (int k = 0; k < optionSpec.length; k++) {
                if (optionActor[k] != i) {
                    continue;
                }
                any = true;
                features(k, f);
                double u = 0;
                for (int q = 0; q < FEATURES; q++) {
                    u += utility[k][q] * f[q];
                }
                weights[k] = Math.exp(Math.min(Deliberation.MAX_EXPONENT, u / temperature));
                total += weights[k];
            }
            if (!any) {
                return;
            }
            double u = rng.nextDouble() * total;
            for (int k = 0; k < optionSpec.length; k++) {
                if (optionActor[k] != i) {
                    continue;
                }
                u -= weights[k];
                if (u < 0) {
                    if (day + 1 < days) {
                        if (chosenCount == chosen.length) {
                            chosen = Arrays.copyOf(chosen, 2 * chosenCount);
                            chosenIntensity = Arrays.copyOf(chosenIntensity, 2 * chosenCount);
                        }
                        chosenIntensity[chosenCount] = intensity[k];
                        chosen[chosenCount++] = k;
                    }
                    return;
                }
            }
        }

        private void features(int k, double[] f) {
            int i = optionActor[k];
            f[UtilityFeature.BIAS.ordinal()] = 1;
            f[UtilityFeature.ESCALATION.ordinal()] = escalation[i] / escalationMax;
            double restraint = 0;
            for (int q = 0; q < n; q++) {
                restraint += dependence[i][q] * Math.max(0, affinity[i][q]);
            }
            f[UtilityFeature.RESTRAINT.ordinal()] = restraint;
            f[UtilityFeature.THREAT.ordinal()] = mean(threat[i], optionTargets[k]);
            f[UtilityFeature.PROVOCATION.ordinal()] = wHostility * mean(response[i], optionTargets[k]);
            f[UtilityFeature.ALIGNMENT.ordinal()] = mean(affinity[i], optionPartners[k]);
            f[UtilityFeature.MOMENTUM.ordinal()] = momentum[i][optionType[k]];
            f[UtilityFeature.EXHAUSTION.ordinal()] = exhaustion[i][optionType[k]];
            f[UtilityFeature.ENGAGEMENT.ordinal()] = engagement[i];
        }

        private void commit() {
            for (int i = 0; i < n; i++) {
                System.arraycopy(nextAffinity[i], 0, affinity[i], 0, n);
                escalation[i] = nextEscalation[i];
                for (int j = 0; j < n; j++) {
                    response[i][j] += (hostility[i][j] - response[i][j]) * responseRate;
                    hostility[i][j] *= hostilityDecay;
                    cooperation[i][j] *= cooperationDecay;
                }
                for (int t = 0; t < TYPES; t++) {
                    momentum[i][t] *= momentumDecay;
                    exhaustion[i][t] *= exhaustionDecay;
                }
                engagement[i] *= engagementDecay;
            }
        }

        private void observe(int at) {
            double cohesionTri = meanAlignment(tri, tri);
            double cohesionCounter = meanAlignment(counter, counter);
            if (tri.length >= 2) {
                values[at++] = cohesionTri;
            }
            if (counter.length >= 2) {
                values[at++] = cohesionCounter;
            }
            if (tri.length > 0 && counter.length > 0) {
                values[at++] = polarization(cohesionTri, cohesionCounter);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    alignment[i][j] = i == j ? 0 : align(i, j);
                }
            }
            BlocPartition.Result best = BlocPartition.best(capability, alignment, lastSide);
            values[at++] = best.energy();
            values[at++] = lastSide != null && !Arrays.equals(lastSide, best.side()) ? 1 : 0;
            lastSide = best.side();
            double weighted = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                weighted += capability[i] * escalation[i];
                total += capability[i];
            }
            values[at++] = total > 0 ? weighted / total : 0;
            for (int i = 0; i < n; i++) {
                values[at++] = escalation[i];
                values[at++] = best.side()[i];
            }
            for (int h : hedgers) {
                values[at++] = align(h, poleA) - align(h, poleB);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        values[at++] = affinity[i][j];
                        values[at++] = threat[i][j];
                    }
                }
            }
        }

        private double align(int i, int j) {
            return (affinity[i][j] + affinity[j][i]) / 2;
        }

        private double meanAlignment(int[] a, int[] b) {
            double sum = 0;
            int count = 0;
            for (int i : a) {
                for (int j : b) {
                    if (i < j || a != b && i != j) {
                        sum += align(i, j);
                        count++;
                    }
                }
            }
            return count == 0 ? 0 : sum / count;
        }

        private double polarization(double cohesionTri, double cohesionCounter) {
            int mTri = tri.length * (tri.length - 1) / 2;
            int mCounter = counter.length * (counter.length - 1) / 2;
            double within = 0;
            if (mTri > 0) {
                within += cohesionTri * mTri;
            }
            if (mCounter > 0) {
                within += cohesionCounter * mCounter;
            }
            int pairs = mTri + mCounter;
            return (pairs == 0 ? 0 : within / pairs) - meanAlignment(tri, counter);
        }
    }

    private static double mean(double[] row, int[] cols) {
        if (cols.length == 0) {
            return 0;
        }
        double s = 0;
        for (int col : cols) {
            s += row[col];
        }
        return s / cols.length;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
