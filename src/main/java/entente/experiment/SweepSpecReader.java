package entente.experiment;

import entente.calibration.Posterior;
import entente.calibration.PosteriorFile;
import entente.io.InputFiles;
import entente.util.DidYouMean;
import entente.scenario.DocumentKind;
import entente.scenario.Factor;
import entente.scenario.FactorReader;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.YamlTree;
import entente.util.Limits;
import entente.util.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks a sweep file (experiments/*.yaml; format in docs/sweeps.md). Every problem,
 * including unknown parameter paths and values outside a parameter's range, is reported with
 * file, line and field before any run starts.
 */
public final class SweepSpecReader {
    /** Draws of a posterior a sweep runs across when its file says none. */
    public static final int DEFAULT_DRAWS = 20;
    private static final List<String> DESIGN_KEYS = List.of("type", "samples", "levels");
    private static final List<String> DEFAULT_SUMMARIES = List.of("final", "peak", "mean");
    public static final long DEFAULT_MAX_RUNS = 1_000_000;
    private static final Pattern SWEEP_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Dimensions of Commons Math's Sobol' direction numbers. */
    private static final int SOBOL_MAX_DIMENSION = 1000;

    /**
     * Values given on the command line in place of the file's (null: the file's): the master
     * seed, and the replications (per draw, across a posterior). Checked like the file's.
     */
    public record Overrides(Long seed, Long replications) implements java.io.Serializable {
        public static final Overrides NONE = new Overrides(null, null);
    }

    private final YamlTree y;
    private final List<Problem> problems;
    /** The scenario when the caller read it already, else null: read the file the sweep names. */
    private final Scenario given;
    private final Overrides overrides;

    private SweepSpecReader(String file, List<Problem> problems, Scenario given, Overrides overrides) {
        this.y = new YamlTree(file, problems);
        this.problems = problems;
        this.given = given;
        this.overrides = overrides;
    }

    /** Reads a sweep file and the scenario it names; throws with every problem found. */
    public static Sweep read(Path file) throws InputException {
        return read(file, Overrides.NONE);
    }

    /** Reads a sweep file and the scenario it names, with some of its values overridden. */
    public static Sweep read(Path file, Overrides overrides) throws InputException {
        byte[] bytes;
        try {
            bytes = InputFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "no such file"));
        } catch (IOException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
        return read(file, bytes, null, overrides);
    }

    /**
     * Reads the text of a sweep file whose scenario is already read: how a Spark task rebuilds a
     * sweep from what it was sent, with no access to the files. The text's {@code scenario} is
     * not followed; {@code until} still applies.
     */
    public static Sweep read(String file, byte[] bytes, Scenario scenario, Overrides overrides) throws InputException {
        return read(Path.of(file), bytes, scenario, overrides);
    }

    private static Sweep read(Path file, byte[] bytes, Scenario given, Overrides overrides) throws InputException {
        List<Problem> problems = new ArrayList<>();
        String text = InputFiles.text(file.toString(), bytes);
        Node root = ScenarioReader.compose(file.toString(), text, problems);
        if (root == null && problems.isEmpty()) {
            problems.add(new Problem(file.toString(), 0, "", "the file is empty"));
        }
        Sweep sweep = root == null ? null
                : new SweepSpecReader(file.toString(), problems, given, overrides).sweep(root, file, ScenarioReader.sha256(bytes));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return sweep;
    }

    private Sweep sweep(Node root, Path file, String checksum) {
        Map<String, Node> top = y.document(root, DocumentKind.SWEEP_SPEC);
        if (top == null) {
            return null;
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = top.containsKey("name") ? y.string(top.get("name"), "name") : stem;
        if (name != null && !SWEEP_NAME.matcher(name).matches()) {
            y.problem(top.get("name"), "name", "use lower-case letters, digits and dashes (it names the sweep folder)");
        }
        String title = top.containsKey("title") ? y.string(top.get("title"), "title") : name;
        Scenario scenario = scenario(top, root, file);
        long seed = overrides.seed() != null ? overrides.seed() : whole(top, "seed", 1, Long.MIN_VALUE);
        long perDraw = overrides.replications() != null ? overrides.replications() : whole(top, "replications", 1, 1);
        boolean common = top.containsKey("common_random_numbers")
                && Boolean.TRUE.equals(y.bool(top.get("common_random_numbers"), "common_random_numbers"));
        Sweep.Draws draws = scenario == null ? null : draws(top, file, scenario, seed, (int) Math.min(perDraw, Integer.MAX_VALUE));
        if (top.containsKey("posterior") && top.containsKey("common_random_numbers") && !common) {
            y.problem(top.get("common_random_numbers"), "common_random_numbers", "a sweep across a posterior compares "
                    + "its points with common random numbers: leave this out or set it true");
        }
        common |= draws != null;
        long replications = draws == null ? perDraw : perDraw * draws.count();
        long maxRuns = whole(top, "max_runs", DEFAULT_MAX_RUNS, 1);
        if (maxRuns > Limits.MAX_RUNS) {
            y.problem(top.get("max_runs"), "max_runs", "at most " + Limits.MAX_RUNS + " runs (docs/limits.md)");
        }
        List<Factor> factors = factors(y.require(top, "factors", root, ""), scenario);
        Node designNode = y.require(top, "design", root, "");
        DesignSettings design = designNode == null ? null : design(designNode, factors);
        RunMetrics metrics = scenario == null ? null : metrics(top, scenario, factors);
        if (!problems.isEmpty() || design == null) {
            return null;
        }
        long points = design.type.points(factors, design.samples);
        if (points > Limits.MAX_POINTS) {
            y.problem(designNode, "design", "the design has " + (points == Long.MAX_VALUE ? "too many" : points)
                    + " points, more than the " + Limits.MAX_POINTS + " a sweep may have (docs/limits.md)");
            return null;
        }
        // both factors at most max_runs <= 2^31 when multiplied, so the product cannot overflow
        long runs = points > maxRuns || replications > maxRuns ? Long.MAX_VALUE : points * replications;
        if (runs > maxRuns) {
            y.problem(designNode, "design", "the design needs " + (runs == Long.MAX_VALUE ? "over " + maxRuns : runs)
                    + " runs (" + (points == Long.MAX_VALUE ? "too many" : points) + " points x " + replications
                    + " replications), more than max_runs " + maxRuns);
            return null;
        }
        Design d = Designs.generate(design.type, factors, design.samples, design.levels, seed);
        return new Sweep(file.toString(), checksum, name, title, scenario, seed, (int) replications, common, factors,
                d, metrics, draws);
    }

    /**
     * The posterior the sweep runs its points across ({@code posterior:}, relative to the sweep
     * file) and its equally weighted draws ({@code draws:}, seeded by the master seed).
     */
    private Sweep.Draws draws(Map<String, Node> top, Path file, Scenario scenario, long seed, int perDraw) {
        if (!top.containsKey("posterior")) {
            if (top.containsKey("draws")) {
                y.problem(top.get("draws"), "draws", "draws need a posterior: name its file under posterior");
            }
            return null;
        }
        String name = y.string(top.get("posterior"), "posterior");
        long count = whole(top, "draws", DEFAULT_DRAWS, 2);
        if (name == null) {
            return null;
        }
        Path dir = file.getParent();
        Path path = dir == null ? Path.of(name) : dir.resolve(name).normalize();
        if (!Files.isRegularFile(path)) {
            y.problem(top.get("posterior"), "posterior", "no such posterior file " + path);
            return null;
        }
        try {
            Posterior posterior = PosteriorFile.read(path, scenario);
            String sha = ScenarioReader.sha256(InputFiles.read(path));
            int n = (int) Math.min(count, 100_000);
            return new Sweep.Draws(name, sha, posterior, posterior.draws(n, seed), perDraw);
        } catch (InputException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            y.problem(top.get("posterior"), "posterior", "cannot read " + path + ": " + e.getMessage());
        }
        return null;
    }

    /** The scenario the sweep file names, relative to the sweep file (or the one given), cut at {@code until}. */
    private Scenario scenario(Map<String, Node> top, Node root, Path file) {
        Node n = y.require(top, "scenario", root, "");
        String s = y.string(n, "scenario");
        if (s == null) {
            return null;
        }
        Scenario scenario = given;
        if (scenario == null) {
            Path dir = file.getParent();
            Path path = dir == null ? Path.of(s) : dir.resolve(s).normalize();
            if (!Files.isRegularFile(path)) {
                y.problem(n, "scenario", "no such scenario file " + path);
                return null;
            }
            try {
                scenario = ScenarioReader.read(path);
            } catch (InputException e) {
                problems.addAll(e.problems());
                return null;
            }
        }
        if (!top.containsKey("until")) {
            return scenario;
        }
        LocalDate until = y.date(top.get("until"), "until");
        if (until == null) {
            return null;
        }
        if (until.isBefore(scenario.start()) || until.isAfter(scenario.end())) {
            y.problem(top.get("until"), "until", until + " is outside the scenario's period " + scenario.start()
                    + " .. " + scenario.end());
            return null;
        }
        return scenario.withEnd(until);
    }

    /** A whole number under key, at least min; the default when the key is absent. */
    private long whole(Map<String, Node> m, String key, long fallback, long min) {
        return whole(m.get(key), key, fallback, min);
    }

    private long whole(Node n, String field, long fallback, long min) {
        if (n == null) {
            return fallback;
        }
        Long v = y.integer(n, field);
        if (v == null) {
            return fallback;
        }
        if (v < min) {
            y.problem(n, field, "must be at least " + min + ", found " + v);
            return fallback;
        }
        return v;
    }

    // ---- design ---------------------------------------------------------------------------

    private record DesignSettings(DesignType type, int samples, int levels) {}

    private DesignSettings design(Node node, List<Factor> factors) {
        Map<String, Node> m = y.mapping(node, "design", DESIGN_KEYS);
        if (m == null) {
            return null;
        }
        Node typeNode = y.require(m, "type", node, "design");
        String key = y.string(typeNode, "design.type");
        DesignType type = key == null ? null : DesignType.of(key);
        if (key != null && type == null) {
            y.problem(typeNode, "design.type", "unknown design '" + key + "'" + DidYouMean.hint(key, DesignType.keys()) + " (designs: "
                    + String.join(", ", DesignType.keys()) + ")");
        }
        if (type == null) {
            return null;
        }
        int samples = 0;
        if (type.sampled()) {
            Node n = y.require(m, "samples", node, "design");
            int min = type == DesignType.SALTELLI || type == DesignType.MORRIS ? 2 : 1;
            samples = (int) Math.min(Integer.MAX_VALUE, whole(n, "design.samples", 0, min));
            if ((type == DesignType.SOBOL || type == DesignType.SALTELLI) && samples > 0 && Integer.bitCount(samples) != 1) {
                Warnings.add(y.file() + ":" + YamlTree.line(n) + ": design.samples: " + samples + " is not a power of two; "
                        + "the first " + samples + " points of the Sobol' sequence are used, which cover the space "
                        + "less evenly than " + Integer.highestOneBit(samples) + " or " + 2 * Integer.highestOneBit(samples));
            }
        } else if (m.containsKey("samples")) {
            y.problem(m.get("samples"), "design.samples", "a grid takes its points from the factors' values or steps");
        }
        int levels = 4;
        if (m.containsKey("levels")) {
            Node n = m.get("levels");
            if (type != DesignType.MORRIS) {
                y.problem(n, "design.levels", "levels applies to morris designs only");
            } else {
                levels = (int) Math.min(1000, whole(n, "design.levels", 4, 2));
                if (levels % 2 != 0) {
                    y.problem(n, "design.levels", "Morris levels must be even (the step is levels / (2 (levels - 1)))");
                }
            }
        }
        int dimension = type == DesignType.SALTELLI ? 2 * factors.size() : factors.size();
        if ((type == DesignType.SOBOL || type == DesignType.SALTELLI) && dimension > SOBOL_MAX_DIMENSION) {
            y.problem(typeNode, "design.type", "the Sobol' sequence has at most " + SOBOL_MAX_DIMENSION
                    + " dimensions; this design needs " + dimension);
        }
        for (Factor f : factors) {
            if (type == DesignType.GRID && f.values() == null && f.steps() == 0) {
                y.problem(node, "design", "a grid needs values or steps for every factor; factor '" + f.name()
                        + "' has a range without steps");
            }
            if (type != DesignType.GRID && f.steps() > 0) {
                y.problem(node, "design", "steps apply to grid designs only; factor '" + f.name()
                        + "' has steps: " + f.steps());
            }
        }
        return new DesignSettings(type, samples, levels);
    }

    // ---- factors --------------------------------------------------------------------------

    private List<Factor> factors(Node node, Scenario scenario) {
        List<Factor> out = new ArrayList<>();
        List<Node> items = y.sequence(node, "factors");
        if (items == null) {
            return out;
        }
        if (items.isEmpty()) {
            y.problem(node, "factors", "a sweep needs at least one factor");
        }
        FactorReader reader = new FactorReader(y, scenario == null ? null : scenario.parameters(), FactorReader.Use.SWEEP);
        for (int i = 0; i < items.size(); i++) {
            Factor f = reader.read(items.get(i), "factors[" + (i + 1) + "]");
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    // ---- metrics --------------------------------------------------------------------------

    private RunMetrics metrics(Map<String, Node> top, Scenario scenario, List<Factor> factors) {
        List<String> metrics = top.containsKey("metrics")
                ? checkedNames(top.get("metrics"), "metrics", "metric", availableMetrics(scenario))
                : RunMetrics.defaults(scenario);
        List<String> summaries = top.containsKey("summaries")
                ? checkedNames(top.get("summaries"), "summaries", "summary", RunMetrics.SUMMARIES) : DEFAULT_SUMMARIES;
        if (metrics == null || summaries == null) {
            return null;
        }
        List<Outcome> outcomes = List.of();
        if (top.containsKey("outcomes")) {
            List<String> factorNames = factors.stream().map(Factor::name).toList();
            outcomes = new OutcomeReader(y, scenario, factorNames).outcomes(top.get("outcomes"), new HashSet<>());
        }
        RunMetrics out = RunMetrics.of(scenario, metrics, summaries, outcomes);
        for (Factor f : factors) {
            if (out.columns().contains(f.name())) {
                y.problem(top.get("factors"), "factors", "factor name '" + f.name() + "' is also an output column");
            }
        }
        return out;
    }

    private static List<String> availableMetrics(Scenario scenario) {
        List<String> out = new ArrayList<>(RunMetrics.available(scenario).keySet());
        out.add(RunMetrics.EVENTS);
        return out;
    }

    /** A non-empty list of distinct names, each one of {@code known}. */
    private List<String> checkedNames(Node n, String field, String noun, List<String> known) {
        List<String> names = y.strings(n, field);
        if (names == null) {
            return null;
        }
        if (names.isEmpty()) {
            y.problem(n, field, "empty list");
            return null;
        }
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String s : names) {
            if (!known.contains(s)) {
                List<String> shown = known.stream().filter(k -> k.chars().filter(c -> c == '.').count() < 2).toList();
                y.problem(n, field, "unknown " + noun + " '" + s + "'" + DidYouMean.hint(s, known) + " (known: "
                        + String.join(", ", shown) + (shown.size() < known.size() ? ", and pairwise series such as "
                        + known.stream().filter(k -> !shown.contains(k)).findFirst().orElse("") : "") + ")");
                ok = false;
            } else if (!seen.add(s)) {
                y.problem(n, field, "'" + s + "' is listed twice");
                ok = false;
            }
        }
        return ok ? names : null;
    }
}
