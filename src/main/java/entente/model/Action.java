package entente.model;

import entente.scenario.ParameterRegistry;
import java.io.Serializable;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.scenario.UtilityFeature;

/** An option a state weighs when it deliberates, with its utility coefficients resolved. */
final class Action implements Serializable {
    private static final long serialVersionUID = 1L;

    final Scenario.Action spec;
    final int actor;
    final int[] participants;
    final int[] partners;
    final int[] targets;
    final double intensity;
    final double[] coefficients = new double[UtilityFeature.values().length];

    Action(Scenario.Action spec, World w, Parameters p) {
        this.spec = spec;
        this.actor = w.index(spec.actor());
        this.partners = spec.partners().stream().mapToInt(w::index).toArray();
        this.targets = spec.targets().stream().mapToInt(w::index).toArray();
        this.participants = new int[partners.length + 1];
        participants[0] = actor;
        System.arraycopy(partners, 0, participants, 1, partners.length);
        this.intensity = p.get(ParameterRegistry.ACTION_INTENSITY.path(spec.id()));
        for (UtilityFeature f : UtilityFeature.values()) {
            coefficients[f.ordinal()] = p.get(f.path(spec.id()));
        }
    }

    /** The features of this action for its actor in the current world. */
    double[] features(World w) {
        double[] f = new double[UtilityFeature.values().length];
        int i = actor;
        f[UtilityFeature.BIAS.ordinal()] = 1;
        f[UtilityFeature.ESCALATION.ordinal()] = w.escalation[i] / w.escalationMax;
        double restraint = 0;
        for (int k = 0; k < w.n; k++) {
            restraint += w.dependence[i][k] * Math.max(0, w.affinity[i][k]);
        }
        f[UtilityFeature.RESTRAINT.ordinal()] = restraint;
        f[UtilityFeature.THREAT.ordinal()] = mean(w.threat[i], targets);
        f[UtilityFeature.PROVOCATION.ordinal()] = w.wHostility * mean(w.hostility[i], targets);
        f[UtilityFeature.ALIGNMENT.ordinal()] = mean(w.affinity[i], partners);
        return f;
    }

    double utility(double[] features) {
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
