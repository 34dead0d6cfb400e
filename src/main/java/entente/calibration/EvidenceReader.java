package entente.calibration;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an evidence folder: {@code coding.yaml} (the coding frame) and every other
 * {@code *.yaml} file (claims), in name order. Every problem is reported with file, line and
 * field, all at once.
 */
public final class EvidenceReader {
    public static final String CODING_FILE = "coding.yaml";
    private static final List<String> CLAIM_KEYS = List.of("id", "source", "actor", "target", "dimension", "value",
            "confidence", "paraphrase", "note");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern ACTOR_ID = Pattern.compile("[A-Z]{3}");

    private final List<Problem> problems = new ArrayList<>();
    private final Optional<SeedDocuments> seeds;
    private final List<String> actors = new ArrayList<>();
    private final List<String> poles = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
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
        return new Evidence(List.copyOf(r.actors), List.copyOf(r.poles), List.copyOf(r.claims), seeds.isPresent());
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
                claims(new YamlTree(f.toString(), problems), root);
            }
        }
    }

    private Node compose(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
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
        Map<String, Node> m = y.mapping(root, "", List.of("actors", "hedging_poles"));
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
    }

    private void claims(YamlTree y, Node root) {
        Map<String, Node> top = y.mapping(root, "", List.of("about", "claims"));
        if (top == null) {
            return;
        }
        Node list = y.require(top, "claims", root, "");
        List<Node> items = y.sequence(list, "claims");
        if (items == null) {
            return;
        }
        if (items.isEmpty()) {
            y.problem(list, "claims", "no claims");
        }
        for (int i = 0; i < items.size(); i++) {
            claim(y, items.get(i), "claims[" + (i + 1) + "]");
        }
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
            String bad = SeedDocuments.checkSource(source, seeds);
            if (bad != null) {
                y.problem(m.get("source"), field + ".source", bad);
            }
        }
        String actor = text(y, m, "actor", item, field);
        if (actor != null) {
            checkActor(y, actor, m.get("actor"), field + ".actor");
        }
        Dimension dim = dimension(y, m, item, field);
        String target = dim == null ? null : target(y, dim, actor, m, item, field);
        Integer value = value(y, m, item, field);
        Double confidence = confidence(y, m, item, field);
        String paraphrase = text(y, m, "paraphrase", item, field);
        if (paraphrase != null && paraphrase.isBlank()) {
            y.problem(m.get("paraphrase"), field + ".paraphrase", "say in your own words what the source claims");
        }
        String note = m.containsKey("note") ? y.string(m.get("note"), field + ".note") : null;
        if (problems.size() == before) {
            claims.add(new Claim(id, y.file(), YamlTree.line(item), source.trim(), actor, target, dim, value,
                    confidence, paraphrase.strip(), note == null ? null : note.strip()));
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
        y.problem(at, field, "unknown actor '" + id + "' (actors in " + CODING_FILE + ": " + String.join(", ", actors) + ")");
        return false;
    }

    private Dimension dimension(YamlTree y, Map<String, Node> m, Node item, String field) {
        String key = text(y, m, "dimension", item, field);
        if (key == null) {
            return null;
        }
        Dimension d = Dimension.of(key);
        if (d == null) {
            y.problem(m.get("dimension"), field + ".dimension", "unknown dimension '" + key + "' (dimensions: "
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
