package entente.calibration;

import entente.scenario.DocumentKind;
import entente.scenario.Factor;
import entente.scenario.FactorReader;
import entente.io.InputFiles;
import entente.util.DidYouMean;
import entente.model.EntenteModel;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a calibration file (scenario, free parameters, targets) with located problems. */
public final class CalibrationSpecReader {
    private static final List<String> ABC = List.of("particles", "alpha", "min_acceptance", "max_generations",
            "replications", "draws", "free");
    private static final List<String> OPTIMIZER = List.of("evaluations", "sigma", "population", "prior_weight");
    private static final List<String> TARGET = List.of("id", "description", "source", "statistic", "history",
            "scenario", "at_least", "at_most", "scale", "held_out");
    private static final List<String> STATISTIC = List.of("kind", "metric", "actor", "partner", "type", "origin",
            "subtypes", "on", "from", "to", "minus");
    private static final List<String> HISTORY = List.of("launches", "actor", "type", "origin", "subtypes", "tolerance");
    private static final List<String> KINDS = java.util.Arrays.stream(TargetStatistic.Kind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();

    private final YamlTree y;
    private final List<Problem> problems;
    private Path specFile;
    /** The scenarios by the path the spec names them with, in order; the first is the one fitted values extend. */
    private final Map<String, Scenario> scenarios = new java.util.LinkedHashMap<>();
    private final List<Set<RunRecord.Key>> seriesOf = new ArrayList<>();
    /** The scenario the target being read is measured on. */
    private Scenario scenario;
    private int scenarioIndex;
    private Set<RunRecord.Key> series = Set.of();

    private CalibrationSpecReader(YamlTree y, List<Problem> problems) {
        this.y = y;
        this.problems = problems;
    }

    public static CalibrationSpec read(Path file) throws InputException {
        List<Problem> problems = new ArrayList<>();
        String text;
        try {
            text = InputFiles.text(file);
        } catch (NoSuchFileException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "no such file"));
        } catch (IOException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
        Node root = ScenarioReader.compose(file.toString(), text, problems);
        if (root == null) {
            throw new InputException(problems.isEmpty() ? List.of(new Problem(file.toString(), 0, "", "the file is empty")) : problems);
        }
        CalibrationSpec spec = new CalibrationSpecReader(new YamlTree(file.toString(), problems), problems).spec(file, root);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return spec;
    }

    private CalibrationSpec spec(Path file, Node root) throws InputException {
        Map<String, Node> top = y.document(root, DocumentKind.CALIBRATION_SPEC);
        if (top == null) {
            return null;
        }
        specFile = file;
        List<String> refs = scenarioRefs(top, root);
        if (refs == null) {
            return null;
        }
        for (String ref : refs) {
            Scenario s = ScenarioReader.read(file.resolveSibling(ref).normalize()); // its own problems name its own file
            EntenteModel dry = new EntenteModel(s, 0);
            dry.start();
            scenarios.put(ref, s);
            seriesOf.add(new HashSet<>(dry.record().keys()));
        }
        Path scenarioFile = file.resolveSibling(refs.get(0)).normalize();
        use(0);
        int replications = (int) whole(top.get("replications"), "replications", 8, 2, 10_000);
        long seed = top.containsKey("seed") ? orZero(y.integer(top.get("seed"), "seed")) : scenario.seed();
        Map<String, Node> opt = top.containsKey("optimizer") ? y.mapping(top.get("optimizer"), "optimizer", OPTIMIZER) : Map.of();
        opt = opt == null ? Map.of() : opt;
        int evaluations = (int) whole(opt.get("evaluations"), "optimizer.evaluations", 300, 10, 1_000_000);
        double sigma = number(opt.get("sigma"), "optimizer.sigma", 0.3, 1e-6, 1);
        int population = (int) whole(opt.get("population"), "optimizer.population", 0, 0, 10_000);
        double priorWeight = number(opt.get("prior_weight"), "optimizer.prior_weight", 0.1, 0, 1e6);
        FactorReader fit = new FactorReader(y, scenario.parameters(), FactorReader.Use.CALIBRATION);
        List<Factor> free = list(top, root, "free", fit::read);
        everyScenarioHas(free, top.get("free"));
        List<Target> targets = new ArrayList<>();
        for (List<Target> t : list(top, root, "targets", this::targets)) {
            targets.addAll(t);
        }
        if (targets.stream().allMatch(Target::heldOut) && !targets.isEmpty()) {
            y.problem(top.get("targets"), "targets", "every target is held out: nothing to fit");
        }
        CalibrationSpec.Abc abc = top.containsKey("abc") ? abc(top.get("abc"), free) : CalibrationSpec.Abc.DEFAULTS;
        return new CalibrationSpec(file, List.copyOf(scenarios.values()), scenarioFile, replications, seed, evaluations,
                sigma, population, priorWeight, free, targets, abc);
    }

    /** {@code scenario: FILE} or {@code scenarios: [FILE, ...]}, paths relative to the spec. */
    private List<String> scenarioRefs(Map<String, Node> top, Node root) {
        if (top.containsKey("scenario") && top.containsKey("scenarios")) {
            y.problem(top.get("scenarios"), "scenarios", "give scenario: (one) or scenarios: (several), not both");
            return null;
        }
        if (top.containsKey("scenarios")) {
            List<String> refs = y.strings(top.get("scenarios"), "scenarios");
            if (refs != null && refs.isEmpty()) {
                y.problem(top.get("scenarios"), "scenarios", "the list is empty");
                return null;
            }
            if (refs != null && new HashSet<>(refs).size() < refs.size()) {
                y.problem(top.get("scenarios"), "scenarios", "a scenario is listed twice");
                return null;
            }
            return refs;
        }
        String ref = y.string(y.require(top, "scenario", root, ""), "scenario");
        return ref == null ? null : List.of(ref);
    }

    private void use(int k) {
        scenarioIndex = k;
        scenario = List.copyOf(scenarios.values()).get(k);
        series = seriesOf.get(k);
    }

    private CalibrationSpec.Abc abc(Node n, List<Factor> free) {
        Map<String, Node> m = y.mapping(n, "abc", ABC);
        if (m == null) {
            return CalibrationSpec.Abc.DEFAULTS;
        }
        CalibrationSpec.Abc d = CalibrationSpec.Abc.DEFAULTS;
        int particles = (int) whole(m.get("particles"), "abc.particles", d.particles(), 8, 1_000_000);
        double alpha = number(m.get("alpha"), "abc.alpha", d.alpha(), 0.05, 0.95);
        double minAcceptance = number(m.get("min_acceptance"), "abc.min_acceptance", d.minAcceptance(), 1e-4, 0.9);
        int generations = (int) whole(m.get("max_generations"), "abc.max_generations", d.maxGenerations(), 1, 10_000);
        int replications = (int) whole(m.get("replications"), "abc.replications", d.replications(), 1, 10_000);
        int draws = (int) whole(m.get("draws"), "abc.draws", d.draws(), 2, 100_000);
        List<Factor> more = new ArrayList<>();
        FactorReader sampled = new FactorReader(y, scenario.parameters(), FactorReader.Use.CALIBRATION);
        if (m.containsKey("free")) {
            List<Node> items = y.sequence(m.get("free"), "abc.free");
            for (int i = 0; items != null && i < items.size(); i++) {
                Factor f = sampled.read(items.get(i), "abc.free[" + (i + 1) + "]");
                if (f != null) {
                    more.add(f);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (Factor f : free) {
            seen.addAll(f.paths());
        }
        for (Factor f : more) {
            for (String path : f.paths()) {
                if (!seen.add(path)) {
                    y.problem(m.get("free"), "abc.free", "path " + path + " is sampled twice (ABC samples `free` and `abc.free` together)");
                }
            }
        }
        if (particles >= 8 && (int) Math.floor(alpha * particles) < 2) {
            y.problem(m.get("particles"), "abc.particles", particles + " particles with alpha " + alpha + " keep fewer than 2");
        }
        return new CalibrationSpec.Abc(particles, alpha, minAcceptance, generations, replications, draws, List.copyOf(more));
    }

    private interface ItemReader<T> {
        T read(Node item, String field);
    }

    private <T> List<T> list(Map<String, Node> top, Node root, String key, ItemReader<T> reader) {
        Node n = y.require(top, key, root, "");
        List<Node> items = y.sequence(n, key);
        List<T> out = new ArrayList<>();
        if (items != null && items.isEmpty()) {
            y.problem(n, key, "the list is empty");
        }
        for (int i = 0; items != null && i < items.size(); i++) {
            T t = reader.read(items.get(i), key + "[" + (i + 1) + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The free parameters are set in every scenario of the spec, so each must have every path. */
    private void everyScenarioHas(List<Factor> free, Node at) {
        for (var named : scenarios.entrySet()) {
            for (Factor f : free) {
                for (String path : f.paths()) {
                    if (!named.getValue().parameters().has(path)) {
                        y.problem(at, "free", "no parameter '" + path + "' in " + named.getKey());
                    }
                }
            }
        }
    }

    /** One target, or for a {@code history:} entry one per month of the record. */
    private List<Target> targets(Node item, String field) {
        Map<String, Node> m = y.mapping(item, field, TARGET);
        if (m == null) {
            return null;
        }
        if (!chooseScenario(m, field)) {
            return null;
        }
        if (m.containsKey("history")) {
            return history(m, item, field);
        }
        Target t = target(m, item, field);
        return t == null ? null : List.of(t);
    }

    /** The target's {@code scenario:}, required when the spec has several. */
    private boolean chooseScenario(Map<String, Node> m, String field) {
        List<String> refs = List.copyOf(scenarios.keySet());
        if (!m.containsKey("scenario")) {
            if (refs.size() > 1) {
                y.problem(m.values().iterator().next(), field + ".scenario",
                        "the spec has several scenarios: say which one this target is measured on (" + String.join(", ", refs) + ")");
                return false;
            }
            use(0);
            return true;
        }
        String ref = y.string(m.get("scenario"), field + ".scenario");
        if (ref != null && !refs.contains(ref)) {
            y.problem(m.get("scenario"), field + ".scenario", "'" + ref + "' is not among the spec's scenarios ("
                    + String.join(", ", refs) + ")" + DidYouMean.hint(ref, refs));
            return false;
        }
        if (ref != null) {
            use(refs.indexOf(ref));
        }
        return ref != null;
    }

    /**
     * {@code history:} the launch days of the public record, one target per calendar month
     * wholly inside the scenario's period that data/holdout.yaml (beside the launch table)
     * declares: the simulated launch days of the month within {@code tolerance} of the
     * record's. Held-out months become held-out targets: reported, never fitted.
     */
    private List<Target> history(Map<String, Node> m, Node item, String field) {
        Node idNode = y.require(m, "id", item, field);
        String id = y.string(idNode, field + ".id");
        String f = id == null ? field : "targets." + id;
        Map<String, Node> h = y.mapping(m.get("history"), f + ".history", HISTORY);
        Node srcNode = y.require(m, "source", item, f);
        String source = y.string(srcNode, f + ".source");
        if (h == null || id == null || source == null) {
            return null;
        }
        String launches = y.string(y.require(h, "launches", m.get("history"), f + ".history"), f + ".history.launches");
        EventType type = eventType(h, m.get("history"), f + ".history");
        String actor = actor(h, f + ".history");
        EventOrigin origin = h.containsKey("origin") ? origin(h, f + ".history") : EventOrigin.DECISION;
        List<String> subtypes = h.containsKey("subtypes") ? y.strings(h.get("subtypes"), f + ".history.subtypes") : null;
        double tolerance = number(h.get("tolerance"), f + ".history.tolerance", 0.5, 0, 1e6);
        double scale = number(m.get("scale"), f + ".scale", 1, 1e-9, 1e12);
        for (String k : List.of("statistic", "at_least", "at_most", "held_out")) {
            if (m.containsKey(k)) {
                y.problem(m.get(k), f + "." + k, "a history target takes its months, values and held-out months from the record");
            }
        }
        if (launches == null || type == null) {
            return null;
        }
        Path table = specFile.resolveSibling(launches).normalize();
        entente.validation.History record;
        try {
            record = entente.validation.History.read(table, table.resolveSibling("allied-exercises.csv"),
                    table.resolveSibling("holdout.yaml"));
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
        String description = m.containsKey("description") ? y.string(m.get("description"), f + ".description") : "";
        List<Target> out = new ArrayList<>();
        java.time.YearMonth last = java.time.YearMonth.from(scenario.end().plusDays(1)).minusMonths(1);
        for (java.time.YearMonth month = java.time.YearMonth.from(scenario.start().minusDays(1)).plusMonths(1);
             !month.isAfter(last); month = month.plusMonths(1)) {
            entente.validation.Split split = record.holdout().split(month);
            if (split == entente.validation.Split.NEITHER) {
                continue;
            }
            java.time.YearMonth inMonth = month;
            long real = record.launches().stream().filter(d -> java.time.YearMonth.from(d).equals(inMonth)).count();
            TargetStatistic stat = new TargetStatistic(TargetStatistic.Kind.DAYS, null, type, actor, origin, subtypes,
                    month.atDay(1), month.atEndOfMonth(), null);
            out.add(new Target(id + "-" + month, description.isEmpty() ? "launch days in " + month : description + ", " + month,
                    source, stat, real - tolerance, real + tolerance, scale,
                    split == entente.validation.Split.HELD_OUT, scenarioIndex, id));
        }
        if (out.isEmpty()) {
            y.problem(m.get("history"), f + ".history", "no month of the scenario's period is declared in-sample or held out");
        }
        return out;
    }

    private Target target(Map<String, Node> m, Node item, String field) {
        Node idNode = y.require(m, "id", item, field);
        String id = y.string(idNode, field + ".id");
        String f = id == null ? field : "targets." + id;
        Node statNode = y.require(m, "statistic", item, f);
        TargetStatistic stat = statNode == null ? null : statistic(statNode, f + ".statistic");
        double lo = number(m.get("at_least"), f + ".at_least", Double.NEGATIVE_INFINITY, -1e12, 1e12);
        double hi = number(m.get("at_most"), f + ".at_most", Double.POSITIVE_INFINITY, -1e12, 1e12);
        if (!m.containsKey("at_least") && !m.containsKey("at_most")) {
            y.problem(item, f, "a target needs at_least, at_most or both");
        } else if (lo > hi) {
            y.problem(m.get("at_most"), f + ".at_most", "at_most " + hi + " is below at_least " + lo);
        }
        double defaultScale = Double.isFinite(lo) && Double.isFinite(hi) && hi > lo ? hi - lo
                : Math.max(0.1, Math.abs(Double.isFinite(lo) ? lo : hi));
        double scale = number(m.get("scale"), f + ".scale", defaultScale, 1e-9, 1e12);
        boolean heldOut = m.containsKey("held_out") && Boolean.TRUE.equals(y.bool(m.get("held_out"), f + ".held_out"));
        String description = m.containsKey("description") ? y.string(m.get("description"), f + ".description") : "";
        Node srcNode = y.require(m, "source", item, f);
        String source = y.string(srcNode, f + ".source");
        if (id == null || stat == null || source == null) {
            return null;
        }
        return new Target(id, description, source, stat, lo, hi, scale, heldOut, scenarioIndex, "");
    }

    private TargetStatistic statistic(Node n, String field) {
        Map<String, Node> m = y.mapping(n, field, STATISTIC);
        if (m == null) {
            return null;
        }
        Node kindNode = y.require(m, "kind", n, field);
        String kindText = y.string(kindNode, field + ".kind");
        TargetStatistic.Kind kind = null;
        try {
            kind = kindText == null ? null : TargetStatistic.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            y.problem(kindNode, field + ".kind", "unknown kind '" + kindText + "'"
                    + DidYouMean.hint(kindText, KINDS) + " (kinds: " + String.join(", ", KINDS) + ")");
        }
        if (kind == null) {
            return null;
        }
        LocalDate from = kind == TargetStatistic.Kind.VALUE ? null : date(m, "from", n, field);
        LocalDate to = date(m, kind == TargetStatistic.Kind.VALUE ? "on" : "to", n, field);
        if (from != null && to != null && to.isBefore(from)) {
            y.problem(m.get("to"), field + ".to", "the window ends before it starts");
        }
        TargetStatistic minus = m.containsKey("minus") ? statistic(m.get("minus"), field + ".minus") : null;
        if (kind.countsEvents()) {
            return countStatistic(kind, m, n, field, from, to, minus);
        }
        Node metricNode = y.require(m, "metric", n, field);
        String metric = y.string(metricNode, field + ".metric");
        String actor = m.containsKey("actor") ? y.string(m.get("actor"), field + ".actor") : "";
        String partner = m.containsKey("partner") ? y.string(m.get("partner"), field + ".partner") : "";
        RunRecord.Key key = new RunRecord.Key(metric, actor, partner);
        if (metric != null && !series.contains(key)) {
            y.problem(metricNode, field + ".metric", "the run records no series " + metric
                    + (actor.isEmpty() ? "" : " of " + actor) + (partner.isEmpty() ? "" : " toward " + partner));
            return null;
        }
        return new TargetStatistic(kind, key, null, null, null, from, to, minus);
    }

    private TargetStatistic countStatistic(TargetStatistic.Kind kind, Map<String, Node> m, Node n, String field,
                                           LocalDate from, LocalDate to, TargetStatistic minus) {
        EventType t = eventType(m, n, field);
        String actor = actor(m, field);
        EventOrigin origin = m.containsKey("origin") ? origin(m, field) : null;
        List<String> subtypes = m.containsKey("subtypes") ? y.strings(m.get("subtypes"), field + ".subtypes") : null;
        return t == null ? null : new TargetStatistic(kind, null, t, actor, origin, subtypes, from, to, minus);
    }

    private EventType eventType(Map<String, Node> m, Node n, String field) {
        Node typeNode = y.require(m, "type", n, field);
        String type = y.string(typeNode, field + ".type");
        try {
            return type == null ? null : EventType.valueOf(type);
        } catch (IllegalArgumentException e) {
            y.problem(typeNode, field + ".type", "unknown event type '" + type + "'"
                    + DidYouMean.hint(type, java.util.Arrays.stream(EventType.values()).map(Enum::name).toList()));
            return null;
        }
    }

    private String actor(Map<String, Node> m, String field) {
        String actor = m.containsKey("actor") ? y.string(m.get("actor"), field + ".actor") : null;
        if (actor != null && !scenario.actorIds().contains(actor)) {
            y.problem(m.get("actor"), field + ".actor", "unknown actor '" + actor + "'"
                    + DidYouMean.hint(actor, scenario.actorIds()));
        }
        return actor;
    }

    private EventOrigin origin(Map<String, Node> m, String field) {
        String o = y.string(m.get("origin"), field + ".origin");
        EventOrigin origin = EventOrigin.of(o);
        if (o != null && origin == null) {
            List<String> keys = java.util.Arrays.stream(EventOrigin.values()).map(EventOrigin::key).toList();
            y.problem(m.get("origin"), field + ".origin", "unknown origin '" + o + "'" + DidYouMean.hint(o, keys)
                    + " (origins: " + String.join(", ", keys) + ")");
        }
        return origin;
    }

    private LocalDate date(Map<String, Node> m, String key, Node parent, String field) {
        Node n = y.require(m, key, parent, field);
        LocalDate d = y.date(n, field + "." + key);
        if (d != null && (d.isBefore(scenario.start()) || d.isAfter(scenario.end()))) {
            y.problem(n, field + "." + key, d + " is outside the scenario's period " + scenario.start() + " .. " + scenario.end());
            return null;
        }
        return d;
    }

    private double number(Node n, String field, double fallback, double min, double max) {
        Double v = y.number(n, field);
        if (v != null && (v < min || v > max)) {
            y.problem(n, field, "value " + v + " is outside " + min + " .. " + max);
        }
        return v == null ? fallback : v;
    }

    private long whole(Node n, String field, long fallback, long min, long max) {
        Long v = y.integer(n, field);
        if (v != null && (v < min || v > max)) {
            y.problem(n, field, "value " + v + " is outside " + min + " .. " + max);
        }
        return v == null ? fallback : v;
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }
}
