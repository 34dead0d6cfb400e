package entente.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.gui.Session;
import entente.io.InputFiles;
import entente.io.RunFolder;
import entente.scenario.EventType;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The save of a game, rewritten whole (temporary file, then rename) after every change: the
 * scenario as written out (so the save does not depend on the file it came from), the teams and
 * secrets, every operation that changed the model in order, and where the open turn stands.
 * A restarted server does the operations again and gets the very same model.
 */
final class GameFile {
    static final String FORMAT = "entente-classroom-game/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GameFile() {}

    /** Saves every change of the game into {@code file}, and the open turn's choices beside it. */
    static Game.Saver into(Path file) {
        return new Game.Saver() {
            @Override
            public void game(Game g) {
                save(g, file);
            }

            @Override
            public void choices(Game g) {
                write(choicesFile(file), () -> {
                    ObjectNode n = JSON.createObjectNode().put("format", FORMAT).put("turn", g.turn());
                    ObjectNode open = n.putObject("submissions");
                    g.submissions().forEach((actor, c) -> open.set(actor, choice(c)));
                    return JSON.writeValueAsString(n);
                });
            }
        };
    }

    static void save(Game g, Path file) {
        write(file, () -> toJson(g));
    }

    /** The open turn's choices, saved apart: a choice writes a few hundred bytes, not the whole game. */
    static Path choicesFile(Path file) {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", "") + "-choices.json");
    }

    private interface Text {
        String make() throws IOException;
    }

    private static void write(Path file, Text text) {
        try {
            RunFolder.writeFile(file, text.make());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the game to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The save as JSON text. Saved after every move, so it is cheap: operations never change once
     * made, and each is written as JSON once ({@link #json(Game.Operation)}) and copied after.
     */
    static String toJson(Game g) throws IOException {
        ObjectNode head = JSON.createObjectNode();
        head.put("format", FORMAT);
        head.put("scenario_file", g.original.file());
        head.put("seed", g.seed);
        head.put("turn_days", g.turnDays);
        head.put("join_code", g.joinCode);
        head.put("teacher_token", g.teacherToken);
        ArrayNode teams = head.putArray("teams");
        for (Team t : g.teams()) {
            teams.addObject().put("actor", t.actor).put("token", t.token()).put("joined", t.joined());
        }
        head.put("phase", g.phase().key());
        head.put("turn", g.turn());
        head.put("turn_seconds", g.turnSeconds());
        head.put("remaining_ms", g.remainingMillis());
        ObjectNode open = head.putObject("submissions");
        g.submissions().forEach((actor, c) -> open.set(actor, choice(c)));
        head.put("scenario", g.originalYaml);
        String h = JSON.writeValueAsString(head);
        StringBuilder sb = new StringBuilder(h.length() + 256 * g.operationsJson().size());
        sb.append(h, 0, h.length() - 1).append(",\"operations\":[");
        String sep = "";
        for (String op : g.operationsJson()) {
            sb.append(sep).append(op);
            sep = ",";
        }
        return sb.append("]}").toString();
    }

    /** One operation as JSON text. */
    static String json(Game.Operation op) {
        ObjectNode o = JSON.createObjectNode();
        if (op instanceof Game.Injection i) {
            o.put("op", "inject").set("request", request(i.request()));
        } else if (op instanceof Game.Closing c) {
            o.put("op", "close").put("turn", c.turn());
            ArrayNode ds = o.putArray("decisions");
            for (Decision d : c.decisions()) {
                ObjectNode n = ds.addObject().put("actor", d.actor()).put("option", d.option());
                n.set("targets", strings(d.targets()));
                n.put("text", d.text()).put("stand_in", d.standIn()).put("why", d.why());
            }
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds a saved game; a file that is not a save of this version gets one clear problem. */
    static Game load(Path file, LongSupplier clock) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw problem(file, "no such saved game");
        }
        JsonNode root;
        try {
            root = JSON.readTree(InputFiles.text(file));
        } catch (IOException e) {
            throw problem(file, "cannot read the saved game: " + e.getMessage());
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw problem(file, "not a saved classroom game (expected format " + FORMAT + ")");
        }
        Scenario original = ScenarioReader.fromText(root.path("scenario_file").asText(), root.path("scenario").asText());
        List<String> actors = new ArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, Boolean> joined = new LinkedHashMap<>();
        for (JsonNode t : root.path("teams")) {
            actors.add(t.path("actor").asText());
            tokens.put(t.path("actor").asText(), t.path("token").asText());
            joined.put(t.path("actor").asText(), t.path("joined").asBoolean());
        }
        Game.Setup setup = new Game.Setup(original, actors, root.path("seed").asLong(), root.path("turn_days").asInt(),
                root.path("turn_seconds").asInt());
        Game g = new Game(setup, root.path("join_code").asText(), root.path("teacher_token").asText(), tokens, clock);
        for (JsonNode op : root.path("operations")) {
            g.redo(operation(op));
        }
        Map<String, Choice> open = new LinkedHashMap<>();
        JsonNode choices = root.path("submissions");
        JsonNode later = laterChoices(file, root);
        (later != null ? later : choices).fields().forEachRemaining(e -> open.put(e.getKey(), choice(e.getValue())));
        g.restoreState(Phase.valueOf(root.path("phase").asText().toUpperCase()), root.path("turn").asInt(),
                root.path("turn_seconds").asInt(), root.path("remaining_ms").asLong(), open, joined);
        return g;
    }

    /** The choices saved after the game itself, if they belong to the turn it has open; else null. */
    private static JsonNode laterChoices(Path file, JsonNode game) throws InputException {
        Path f = choicesFile(file);
        if (!game.path("phase").asText().equals(Phase.OPEN.key()) || !Files.isRegularFile(f)) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(InputFiles.text(f));
            return n.path("turn").asInt() == game.path("turn").asInt() ? n.path("submissions") : null;
        } catch (IOException e) {
            throw problem(f, "cannot read the saved choices: " + e.getMessage());
        }
    }

    private static InputException problem(Path file, String message) {
        return new InputException(new Problem(file.toString(), 0, "", message));
    }

    private static Game.Operation operation(JsonNode op) {
        if (op.path("op").asText().equals("inject")) {
            return new Game.Injection(request(op.path("request")));
        }
        List<Decision> ds = new ArrayList<>();
        for (JsonNode d : op.path("decisions")) {
            ds.add(new Decision(d.path("actor").asText(), d.path("option").asText(), strings(d.path("targets")),
                    d.path("text").asText(), d.path("stand_in").asBoolean(), d.path("why").asText()));
        }
        return new Game.Closing(op.path("turn").asInt(), ds);
    }

    static ObjectNode choice(Choice c) {
        ObjectNode n = JSON.createObjectNode().put("option", c.option());
        n.set("targets", strings(c.targets()));
        return n.put("text", c.text());
    }

    private static Choice choice(JsonNode n) {
        return new Choice(n.path("option").asText(), strings(n.path("targets")), n.path("text").asText());
    }

    private static ObjectNode request(Session.Request r) {
        ObjectNode n = JSON.createObjectNode().put("type", r.type().name()).put("subtype", r.subtype())
                .put("overflight", r.overflight());
        n.set("actors", strings(r.actors()));
        n.set("targets", strings(r.targets()));
        n.put("intensity", r.intensity());
        if (!Double.isNaN(r.level())) {
            n.put("level", r.level());
        }
        return n.put("note", r.note());
    }

    private static Session.Request request(JsonNode n) {
        return new Session.Request(EventType.valueOf(n.path("type").asText()), n.path("subtype").isNull() ? null
                : n.path("subtype").asText(), n.path("overflight").asBoolean(), strings(n.path("actors")),
                strings(n.path("targets")), n.path("intensity").asDouble(), n.has("level") ? n.path("level").asDouble()
                : Double.NaN, n.path("note").asText());
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
