package entente.experiment;

import entente.scenario.Factor;
import entente.scenario.ParameterFamily;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.util.ParallelMap;
import entente.util.Seeds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A Morris screen of a scenario's parameters (Morris 1991; factors that are groups of parameters:
 * Campolongo, Cariboni &amp; Saltelli 2007). Each factor is a group of parameter paths, a whole
 * family of the registry or one path, whose values are multiplied together by m in
 * [1 − spread, 1 + spread] (each clipped to its family's range): every factor is screened against
 * the same relative uncertainty, as no plausible range is known for most hand-set numbers.
 * On/off switches are left out, and so are values of 0, which scaling does not move.
 *
 * <p>The points of a trajectory share their seeds (common random numbers), so an elementary effect
 * is the parameters' effect rather than the noise of other draws. One more factor, {@link #SEEDS},
 * changes only the seeds: its μ* is what seed noise alone gives, and a factor whose μ* interval
 * does not clear it cannot be told apart from noise.
 */
public final class Screening {
    /** The name of the pseudo-factor that changes the seeds and nothing else. */
    public static final String SEEDS = "(seeds only)";
    /** Share of an output's largest μ* from which a factor above the noise floor is said to matter. */
    public static final double MATTERS = 0.1;
    /** Bootstrap resamples of the μ* intervals. */
    private static final int RESAMPLES = 1000;

    /** What one factor of the screen moves: a family's paths, or one path. */
    public enum By { FAMILY, PATH }

    /** A factor of the screen: the paths it scales together, all of one family. */
    public record Group(String name, ParameterFamily family, List<String> paths) {}

    /**
     * @param trajectories Morris trajectories r
     * @param levels       grid levels p (even)
     * @param replications runs per point, averaged
     * @param spread       each factor multiplies its values by 1 ± spread at the ends of its range
     */
    public record Settings(int trajectories, int levels, int replications, double spread, long seed) {
        public int points(int groups) {
            return trajectories * (groups + 2);
        }
    }

    /** One run's outputs for a parameter set and a seed. */
    public interface Simulator {
        double[] run(Parameters parameters, long seed);
    }

    /**
     * @param effects per output, the effect of each group in order and last that of {@link #SEEDS}
     */
    public record Result(List<Group> groups, List<String> outputs, Settings settings, Design design,
                         List<List<MorrisEffects.Effect>> effects) {
        public MorrisEffects.Effect effect(int output, int group) {
            return effects.get(output).get(group);
        }

        /** The μ* of changing the seeds alone: the noise floor of an output. */
        public MorrisEffects.Effect noise(int output) {
            return effects.get(output).get(groups.size());
        }

        /** True when the lower end of the group's μ* interval lies above the noise floor. */
        public boolean aboveNoise(int output, int group) {
            return effect(output, group).muStarLow() > noise(output).muStar();
        }

        /** The group's μ* as a share of the largest μ* of any group for that output (0 when none moves it). */
        public double relative(int output, int group) {
            double top = IntStream.range(0, groups.size()).mapToDouble(g -> effect(output, g).muStar()).max().orElse(0);
            return top > 0 ? effect(output, group).muStar() / top : 0;
        }

        /** True when the group is above the noise floor and has at least {@link #MATTERS} of the top μ* for the output. */
        public boolean matters(int output, int group) {
            return aboveNoise(output, group) && relative(output, group) >= MATTERS;
        }

        /** The groups ordered by μ* for one output, largest first. */
        public List<Integer> ranking(int output) {
            return IntStream.range(0, groups.size()).boxed()
                    .sorted((a, b) -> Double.compare(effect(output, b).muStar(), effect(output, a).muStar())).toList();
        }

        public int runs() {
            return design.size() * settings.replications();
        }
    }

    private Screening() {}

    /**
     * The factors of a screen over the parameters whose path {@code include} accepts, in the
     * registry's order of families, then by path.
     */
    public static List<Group> groups(Parameters base, By by, Predicate<String> include) {
        Map<String, List<String>> paths = new TreeMap<>();
        Map<String, ParameterFamily> families = new TreeMap<>();
        base.asMap().forEach((path, value) -> {
            ParameterFamily f = ParameterRegistry.family(path);
            if (f.isSwitch() || value == 0 || !Double.isFinite(value) || !include.test(path)) {
                return;
            }
            String name = by == By.FAMILY ? f.template() : path;
            paths.computeIfAbsent(name, k -> new ArrayList<>()).add(path);
            families.put(name, f);
        });
        List<ParameterFamily> order = ParameterRegistry.all();
        return paths.keySet().stream()
                .sorted((a, b) -> order.indexOf(families.get(a)) != order.indexOf(families.get(b))
                        ? Integer.compare(order.indexOf(families.get(a)), order.indexOf(families.get(b)))
                        : a.compareTo(b))
                .map(name -> new Group(name, families.get(name), List.copyOf(paths.get(name))))
                .toList();
    }

    /** The design's factors: each group as a multiplier, then the seeds' level. */
    static List<Factor> factors(List<Group> groups, Settings s) {
        List<Factor> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(new Factor(g.name(), g.paths(), true, null, 1 - s.spread(), 1 + s.spread(), 0, ""));
        }
        double[] seedLevels = IntStream.range(0, s.levels()).asDoubleStream().toArray();
        out.add(new Factor(SEEDS, List.of(), false, seedLevels, 0, s.levels() - 1, 0, "changes only the seeds"));
        return out;
    }

    /**
     * Runs the screen: every point of a Morris design over the groups and the seeds, each the
     * mean of {@code replications} runs, on {@code threads} threads (the result does not depend
     * on them); {@code onPoint} hears of each finished point.
     */
    public static Result run(Parameters base, List<Group> groups, List<String> outputs, Settings s, Simulator sim,
                             int threads, IntConsumer onPoint) {
        Design design = Designs.generate(DesignType.MORRIS, factors(groups, s), s.trajectories(), s.levels(), s.seed());
        List<double[]> means = ParallelMap.map(design.size(), threads, point -> {
            double[] v = design.values()[point];
            Parameters p = scaled(base, groups, v);
            int seedLevel = (int) v[groups.size()];
            double[] mean = new double[outputs.size()];
            for (int q = 0; q < s.replications(); q++) {
                double[] y = sim.run(p, Seeds.forRun(s.seed(), (long) seedLevel * s.replications() + q));
                for (int k = 0; k < mean.length; k++) {
                    mean[k] += y[k] / s.replications();
                }
            }
            onPoint.accept(point);
            return mean;
        });
        List<List<MorrisEffects.Effect>> effects = new ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            int output = k;
            double[] y = means.stream().mapToDouble(m -> m[output]).toArray();
            effects.add(MorrisEffects.estimate(design, y, RESAMPLES, Seeds.forRun(s.seed(), -1 - k)));
        }
        return new Result(groups, List.copyOf(outputs), s, design, effects);
    }

    /** The base parameters with each group's values multiplied by its factor, clipped to the family's range. */
    static Parameters scaled(Parameters base, List<Group> groups, double[] multipliers) {
        Map<String, Double> changes = new LinkedHashMap<>();
        for (int k = 0; k < groups.size(); k++) {
            Group g = groups.get(k);
            for (String path : g.paths()) {
                double v = base.get(path) * multipliers[k];
                changes.put(path, Math.max(g.family().min(), Math.min(g.family().max(), v)));
            }
        }
        return base.with(changes);
    }
}
