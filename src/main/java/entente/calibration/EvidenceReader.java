package entente.calibration;

import entente.io.InputFiles;
import entente.util.DidYouMean;
import entente.scenario.ActorField;
import entente.scenario.EventType;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.ScenarioReader;
import entente.scenario.SeedDocuments;
import entente.scenario.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an evidence folder: {@code coding.yaml} (the coding frame: actors, hedging poles, the
 * period and its dated changes) and every other {@code *.yaml} file (claims and published
 * figures), in name order. Every problem is reported with file, line and field, all at once.
 */
public final class EvidenceReader {
    public static final String CODING_FILE = "coding.yaml";
    private static final List<String> CLAIM_KEYS = List.of("id", "source", "actor", "target", "dimension", "value",
            "confidence", "as_of", "partisan", "paraphrase", "note");
    private static final List<String> CHANGE_KEYS = List.of("id", "date", "what", "source", "parameters");
    private static final List<String> FIGURE_KEYS = List.of("path", "value", "source", "as_of", "note");
    /** The preference paths a dated change may set; the last part may be '*' for a whole group. */
    private static final Pattern CHANGED_PATH = Pattern.compile(
            "actors\\.([A-Z]{3})\\.(threat_sensitivity|hedging|(sensitivity|affinity|dependence)\\.([A-Z_]+|\\*))");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern ACTOR_ID = Pattern.compile("[A-Z]{3}");

    private final List<Problem> problems = new ArrayList<>();
    private final Optional<SeedDocuments> seeds;
    private final List<String> actors = new ArrayList<>();
    private final List<String> poles = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private Period period = Period.NONE;
    /** Where each id was first seen ("file:line"), including claims that had other problems. */
    private final Map<String, String> firstAt = new HashMap<>();

    private EvidenceReader(Optional<SeedDocuments> seeds) {
        this.seeds = seeds;
    }

    /** Reads a folder, checking sources against the seed documents found near it or the working directory. */
    public static Evidence read(Path dir) throws InputException {
        return read(dir, SeedDocuments.locate(dir).or(() -> SeedDocuments.locate(Path.of(""))));
    }

    public static Evidence read(Path dir, Optional<SeedDocuments> seeds) throws InputException {
        EvidenceReader r = new EvidenceReader(seeds);
        r.folder(dir);
        if (!r.problems.isEmpty()) {
            throw new InputException(r.problems);
        }
        return new Evidence(List.copyOf(r.actors), List.copyOf(r.poles), List.copyOf(r.claims), seeds.isPresent(),
                r.period, List.copyOf(r.figures));
    }

    private void folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir.toString(), 0, "", "no such folder"));
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, "", "cannot list: " + e.getMessage()));
            return;
        }
        Path coding = dir.resolve(CODING_FILE);
        if (files.contains(coding)) {
            Node root = compose(coding);
            if (root != null) {
                frame(new YamlTree(coding.toString(), problems), root);
            }
        } else {
            problems.add(new Problem(coding.toString(), 0, "", "missing: the coding frame of the folder "
                    + "(actors: the states claims may name; hedging_poles: two of them)"));
        }
        List<Path> evidence = files.stream().filter(p -> !p.equals(coding)).toList();
        if (evidence.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, "", "no evidence files (*.yaml besides " + CODING_FILE + ")"));
        }
        for (Path f : evidence) {
            Node root = compose(f);
            if (root != null) {
                evidenceFile(new YamlTree(f.toString(), problems), root);
            }
        }
    }

    private Node compose(Path file) {
        String text;
        try {
            text = InputFiles.text(file);
        } catch (IOException e) {
            problems.add(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
            return null;
        }
        int before = problems.size();
        Node root = ScenarioReader.compose(file.toString(), text, problems);
        if (root == null && problems.size() == before) {
            problems.add(new Problem(file.toString(), 0, "", "the file is empty"));
        }
        return root;
    }

    private void frame(YamlTree y, Node root) {
        Map<String, Node> m = y.mapping(root, "", List.of("actors", "hedging_poles", "period", "changes"));
        if (m == null) {
            return;
        }
        Node a = y.require(m, "actors", root, "");
        List<String> ids = y.strings(a, "actors");
        for (String id : ids == null ? List.<String>of() : ids) {
            if (!ACTOR_ID.matcher(id).matches()) {
                y.problem(a, "actors", "actor codes are three capital letters (ISO 3166 alpha-3), found '" + id + "'");
            } else if (actors.contains(id)) {
                y.problem(a, "actors", "actor '" + id + "' is listed twice");
            } else {
                actors.add(id);
            }
        }
        Node p = y.require(m, "hedging_poles", root, "");
        List<String> ps = y.strings(p, "hedging_poles");
        if (ps == null) {
            return;
        }
        if (ps.size() != 2 || ps.get(0).equals(ps.get(1))) {
            y.problem(p, "hedging_poles", "expected two different actors");
        } else if (!actors.containsAll(ps)) {
            y.problem(p, "hedging_poles", "the poles must be among the actors " + actors);
        } else {
            poles.addAll(ps);
        }
        period(y, m, root);
    }

    /** The optional period {start, end} and the dated changes within it. */
    private void period(YamlTree y, Map<String, Node> frame, Node root) {
        Node n = frame.get("period");
        List<Node> items = y.sequence(frame.get("changes"), "changes");
        if (n == null) {
            if (items != null) {
                y.problem(frame.get("changes"), "changes", "dated changes need the period they split (period: {start, end})");
            }
            return;
        }
        Map<String, Node> m = y.mapping(n, "period", List.of("start", "end"));
        if (m == null) {
            return;
        }
        LocalDate start = y.date(y.require(m, "start", n, "period"), "period.start");
        LocalDate end = y.date(y.require(m, "end", n, "period"), "period.end");
        if (start == null || end == null) {
            return;
        }
        if (!end.isAfter(start)) {
            y.problem(m.get("end"), "period.end", "the end " + end + " must come after the start " + start);
            return;
        }
        List<DatedChange> changes = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            DatedChange c = change(y, items.get(i), "changes[" + (i + 1) + "]", start, end);
            if (c != null && !changes.isEmpty() && !c.date().isAfter(changes.get(changes.size() - 1).date())) {
                y.problem(items.get(i), "changes[" + (i + 1) + "].date", "changes are listed in date order, one date each");
            } else if (c != null) {
                changes.add(c);
            }
        }
        period = new Period(start, end, List.copyOf(changes));
    }

    private DatedChange change(YamlTree y, Node item, String field, LocalDate start, LocalDate end) {
        Map<String, Node> m = y.mapping(item, field, CHANGE_KEYS);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        String id = text(y, m, "id", item, field);
        LocalDate date = y.date(y.require(m, "date", item, field), field + ".date");
        if (date != null && (!date.isAfter(start) || date.isAfter(end))) {
            y.problem(m.get("date"), field + ".date", "the date " + date + " must lie after the start " + start
                    + " and no later than the end " + end);
        }
        String what = text(y, m, "what", item, field);
        String source = text(y, m, "source", item, field);
        if (source != null) {
            checkSource(y, source, m.get("source"), field + ".source");
        }
        Node ps = y.require(m, "parameters", item, field);
        List<String> paths = y.strings(ps, field + ".parameters");
        for (String path : paths == null ? List.<String>of() : paths) {
            Matcher pm = CHANGED_PATH.matcher(path);
            if (!pm.matches()) {
                y.problem(ps, field + ".parameters", "'" + path + "' is not a derived preference (actors.X.threat_sensitivity, "
                        + "actors.X.hedging, or actors.X.sensitivity|affinity|dependence.Y, Y may be *)");
            } else {
                checkActor(y, pm.group(1), ps, field + ".parameters");
            }
        }
        return problems.size() == before ? new DatedChange(id, date, what.strip(), source.trim(), List.copyOf(paths)) : null;
    }

    /** A file of claims, of published figures, or of both. */
    private void evidenceFile(YamlTree y, Node root) {
        Map<String, Node> top = y.mapping(root, "", List.of("about", "claims", "figures"));
        if (top == null) {
            return;
        }
        if (!top.containsKey("figures")) {
            y.require(top, "claims", root, "");
        }
        for (String key : List.of("claims", "figures")) {
            Node list = top.get(key);
            List<Node> items = y.sequence(list, key);
            if (items != null && items.isEmpty()) {
                y.problem(list, key, "no " + key);
            }
            for (int i = 0; items != null && i < items.size(); i++) {
                if (key.equals("claims")) {
                    claim(y, items.get(i), "claims[" + (i + 1) + "]");
                } else {
                    figure(y, items.get(i), "figures[" + (i + 1) + "]");
                }
            }
        }
    }

    /** A published figure for an actor field that is not derived from claims (capability, spending, ...). */
    private void figure(YamlTree y, Node item, String position) {
        Map<String, Node> m = y.mapping(item, position, FIGURE_KEYS);
        if (m == null) {
            return;
        }
        int before = problems.size();
        String path = text(y, m, "path", item, position);
        String field = path == null ? position : "figures." + path;
        ActorField f = path == null ? null : figureField(y, path, m.get("path"), field);
        Double value = y.number(y.require(m, "value", item, field), field + ".value");
        if (f != null && value != null && (value < f.min() || value > f.max())) {
            y.problem(m.get("value"), field + ".value", "value " + value + " is outside " + f.min() + " .. " + f.max());
        }
        String source = text(y, m, "source", item, field);
        if (source != null) {
            checkSource(y, source, m.get("source"), field + ".source");
        }
        LocalDate asOf = y.date(y.require(m, "as_of", item, field), field + ".as_of");
        String note = y.string(m.get("note"), field + ".note");
        if (figures.stream().anyMatch(g -> g.path().equals(path))) {
            y.problem(m.get("path"), field + ".path", "a second figure for " + path);
        } else if (problems.size() == before) {
            figures.add(new Figure(path, value, source.trim(), asOf, note == null ? null : note.strip(), y.file(),
                    YamlTree.line(item)));
        }
    }

    private ActorField figureField(YamlTree y, String path, Node at, String field) {
        String[] parts = path.split("\\.");
        ActorField f = parts.length != 3 || !parts[0].equals("actors") ? null : Arrays.stream(ActorField.values())
                .filter(a -> a.key().equals(parts[2]) && a != ActorField.THREAT_SENSITIVITY && a != ActorField.HEDGING
                        && !a.derived()).findFirst().orElse(null);
        if (f == null) {
            y.problem(at, field + ".path", "a figure sets actors.X.<field> for a field not derived from claims "
                    + "(capability, spending, escalation, fatigue, loyalty, risk_tolerance), found '" + path + "'");
            return null;
        }
        return checkActor(y, parts[1], at, field + ".path") ? f : null;
    }

    private void claim(YamlTree y, Node item, String position) {
        Map<String, Node> m = y.mapping(item, position, CLAIM_KEYS);
        if (m == null) {
            return;
        }
        int before = problems.size();
        String id = id(y, m, item, position);
        String field = id == null ? position : "claims." + id;
        String source = text(y, m, "source", item, field);
        if (source != null) {
            checkSource(y, source, m.get("source"), field + ".source");
        }
        String actor = text(y, m, "actor", item, field);
        if (actor != null) {
            checkActor(y, actor, m.get("actor"), field + ".actor");
        }
        Dimension dim = dimension(y, m, item, field);
        String target = dim == null ? null : target(y, dim, actor, m, item, field);
        Integer value = value(y, m, item, field);
        Double confidence = confidence(y, m, item, field);
        LocalDate asOf = y.date(y.require(m, "as_of", item, field), field + ".as_of");
        boolean partisan = Boolean.TRUE.equals(y.bool(m.get("partisan"), field + ".partisan"));
        if (partisan && confidence != null && confidence > Claim.PARTISAN_CAP) {
            y.problem(m.get("confidence"), field + ".confidence", "confidence " + confidence + " is above "
                    + Claim.PARTISAN_CAP + ", the most a partisan claim may have (coding.yaml, docs/calibration.md)");
        }
        String paraphrase = text(y, m, "paraphrase", item, field);
        if (paraphrase != null && paraphrase.isBlank()) {
            y.problem(m.get("paraphrase"), field + ".paraphrase", "say in your own words what the source claims");
        }
        String note = m.containsKey("note") ? y.string(m.get("note"), field + ".note") : null;
        if (problems.size() == before) {
            claims.add(new Claim(id, y.file(), YamlTree.line(item), source.trim(), actor, target, dim, value,
                    confidence, asOf, partisan, paraphrase.strip(), note == null ? null : note.strip()));
        }
    }

    private void checkSource(YamlTree y, String source, Node at, String field) {
        String bad = SeedDocuments.checkSource(source, seeds);
        if (bad != null) {
            y.problem(at, field, bad);
        }
    }

    private String text(YamlTree y, Map<String, Node> m, String key, Node item, String field) {
        Node n = y.require(m, key, item, field);
        return y.string(n, field + "." + key);
    }

    private String id(YamlTree y, Map<String, Node> m, Node item, String position) {
        String id = text(y, m, "id", item, position);
        if (id == null) {
            return null;
        }
        Node n = m.get("id");
        if (!ID.matcher(id).matches()) {
            y.problem(n, position + ".id", "ids use lower-case letters, digits, dots and dashes, found '" + id + "'");
            return null;
        }
        String first = firstAt.putIfAbsent(id, y.file() + ":" + YamlTree.line(item));
        if (first != null) {
            y.problem(n, position + ".id", "duplicate id '" + id + "' (first at " + first + ")");
            return null;
        }
        return id;
    }

    private boolean checkActor(YamlTree y, String id, Node at, String field) {
        if (actors.isEmpty() || actors.contains(id)) {
            return true; // an empty frame is reported in coding.yaml already
        }
        y.problem(at, field, "unknown actor '" + id + "'" + DidYouMean.hint(id, actors) + " (actors in " + CODING_FILE + ": " + String.join(", ", actors) + ")");
        return false;
    }

    private Dimension dimension(YamlTree y, Map<String, Node> m, Node item, String field) {
        String key = text(y, m, "dimension", item, field);
        if (key == null) {
            return null;
        }
        Dimension d = Dimension.of(key);
        if (d == null) {
            y.problem(m.get("dimension"), field + ".dimension", "unknown dimension '" + key + "'" + DidYouMean.hint(key, Dimension.keys())
                    + " (dimensions: "
                    + String.join(", ", Dimension.keys()) + ")");
        }
        return d;
    }

    private String target(YamlTree y, Dimension d, String actor, Map<String, Node> m, Node item, String field) {
        String f = field + ".target";
        Node n = m.get("target");
        if (d.target() == Dimension.TargetKind.NONE) {
            if (n != null) {
                y.problem(n, f, d.key() + " claims have no target");
            }
            return null;
        }
        String t = text(y, m, "target", item, field);
        if (t == null) {
            return null;
        }
        if (d.target() == Dimension.TargetKind.STATE) {
            if (checkActor(y, t, n, f) && t.equals(actor)) {
                y.problem(n, f, "a claim of " + actor + " about itself");
            }
        } else if (t.equals(EventType.NATO_ENGAGEMENT.name())) {
            y.problem(n, f, "code reactions to NATO's Asian outreach under dimension asian_nato");
        } else if (Arrays.stream(EventType.values()).noneMatch(e -> e.name().equals(t))) {
            y.problem(n, f, "a posture target is an event type, found '" + t + "' (types: "
                    + String.join(", ", Arrays.stream(EventType.values()).map(Enum::name).toList()) + ")");
        }
        return t;
    }

    private Integer value(YamlTree y, Map<String, Node> m, Node item, String field) {
        Node n = y.require(m, "value", item, field);
        Long v = y.integer(n, field + ".value");
        if (v == null) {
            return null;
        }
        if (v < -2 || v > 2) {
            y.problem(n, field + ".value", "value " + v + " is outside -2 .. 2");
            return null;
        }
        return v.intValue();
    }

    private Double confidence(YamlTree y, Map<String, Node> m, Node item, String field) {
        Node n = y.require(m, "confidence", item, field);
        Double c = y.number(n, field + ".confidence");
        if (c != null && (c <= 0 || c > 1)) {
            y.problem(n, field + ".confidence", "confidence " + c + " is outside 0 .. 1 (above 0, at most 1)");
            return null;
        }
        return c;
    }
}
