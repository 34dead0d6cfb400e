package entente.model;

import entente.scenario.Scenario;
import entente.scenario.UtilityFeature;
import java.io.Serializable;

/** An option a state weighs when it deliberates, with its utility coefficients resolved. */
final class Action implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int BIAS = UtilityFeature.BIAS.ordinal();
    private static final int ESCALATION = UtilityFeature.ESCALATION.ordinal();
    private static final int THREAT = UtilityFeature.THREAT.ordinal();
    private static final int PROVOCATION = UtilityFeature.PROVOCATION.ordinal();
    private static final int RESTRAINT = UtilityFeature.RESTRAINT.ordinal();
    private static final int ALIGNMENT = UtilityFeature.ALIGNMENT.ordinal();
    private static final int MOMENTUM = UtilityFeature.MOMENTUM.ordinal();
    private static final int EXHAUSTION = UtilityFeature.EXHAUSTION.ordinal();
    private static final int ENGAGEMENT = UtilityFeature.ENGAGEMENT.ordinal();

    final Scenario.Action spec;
    final int actor;
    final int[] participants;
    final int[] partners;
    final int[] targets;
    private final int type;
    /** Resolved from the coefficients in force; a dated change replaces them. */
    double intensity;
    double[] coefficients;

    Action(Scenario.Action spec, World w, double[] coefficients, double intensity) {
        this(spec, w.index(spec.actor()), spec.partners().stream().mapToInt(w::index).toArray(),
                spec.targets().stream().mapToInt(w::index).toArray(), coefficients, intensity);
    }

    /** With the actor, partners and targets already as indices (resolved once, shared by runs: never changed). */
    Action(Scenario.Action spec, int actor, int[] partners, int[] targets, double[] coefficients, double intensity) {
        this.spec = spec;
        this.actor = actor;
        this.partners = partners;
        this.targets = targets;
        this.participants = new int[partners.length + 1];
        participants[0] = actor;
        System.arraycopy(partners, 0, participants, 1, partners.length);
        this.type = spec.type().ordinal();
        this.coefficients = coefficients;
        this.intensity = intensity;
    }

    /**
     * The features of this action for its actor in the current world, written into {@code f};
     * {@code restraint} is the actor's ({@link World#restraint}), the same for all its options.
     */
    void features(World w, double restraint, double[] f) {
        int i = actor;
        f[BIAS] = 1;
        f[ESCALATION] = w.escalation[i] / w.escalationMax;
        f[RESTRAINT] = restraint;
        f[THREAT] = mean(w.threat[i], targets);
        f[PROVOCATION] = w.wHostility * mean(w.response[i], targets);
        f[ALIGNMENT] = mean(w.affinity[i], partners);
        f[MOMENTUM] = w.momentum[i][type];
        f[EXHAUSTION] = w.exhaustion[i][type];
        f[ENGAGEMENT] = w.engagement[i];
    }

    double utility(double[] features) {
        return utility(coefficients, features);
    }

    static double utility(double[] coefficients, double[] features) {
        double u = 0;
        for (int k = 0; k < features.length; k++) {
            u += coefficients[k] * features[k];
        }
        return u;
    }

    private static double mean(double[] row, int[] cols) {
        if (cols.length == 0) {
            return 0;
        }
        double s = 0;
        for (int c : cols) {
            s += row[c];
        }
        return s / cols.length;
    }
}
