package entente.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Adding an event type takes a constant in EventType.java and a row in effects.yaml: what sets
 * a type apart is said by the type (family, subtypes, overflight, level), never by a special
 * case elsewhere. Code may still name a type as content — a preset, a count of launches for a
 * debrief — and those uses are listed here with their reason.
 */
class EventTypeLocalityTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern CONSTANT = Pattern.compile("EventType\\.([A-Z][A-Z_]+)\\b");

    /** File (relative to src/main/java) → constants it may name, because they are its content. */
    private static final Map<String, Set<String>> CONTENT = Map.of(
            "entente/gui/EventPresets.java", Set.of("*"), // ready-made events for a class
            "entente/gui/InjectionPanel.java", Set.of("MISSILE_CLASSES"), // the missile-class box
            "entente/classroom/History.java", Set.of("MISSILE_TEST", "JOINT_EXERCISE"), // debrief counts
            "entente/classroom/TeamMove.java", Set.of("STATEMENT"), // a team's public statement
            "entente/classroom/Views.java", Set.of("MISSILE_CLASSES"),
            "entente/cli/BacktestCommand.java", Set.of("MISSILE_TEST"), // the default series scored
            "entente/calibration/Derivation.java", Set.of("NATO_ENGAGEMENT"), // the evidence's Asian-NATO dimension
            "entente/calibration/EvidenceReader.java", Set.of("NATO_ENGAGEMENT"),
            "entente/scenario/ScenarioSchema.java", Set.of("MISSILE_CLASSES"));

    @Test
    void noCodeOutsideTheTypeTreatsATypeSpecially() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = MAIN.relativize(f).toString().replace('\\', '/');
                if (name.equals("entente/scenario/EventType.java")) {
                    continue;
                }
                Set<String> allowed = CONTENT.getOrDefault(name, Set.of());
                Matcher m = CONSTANT.matcher(Files.readString(f));
                while (m.find()) {
                    String c = m.group(1);
                    boolean api = c.equals("Family"); // the type's own vocabulary, not a special case
                    if (!api && !allowed.contains("*") && !allowed.contains(c)) {
                        offences.add(name + " names EventType." + c);
                    }
                }
            }
        }
        assertEquals(List.of(), offences, "say what sets a type apart in EventType.java (a trait such as "
                + "takesSubtype() or family()), or list the use here as content with its reason");
    }

    @Test
    void everyTypeHasARowInTheEffectTableAndNoRowLacksAType() throws IOException {
        Set<String> rows;
        try (InputStream in = EventType.class.getResourceAsStream("/entente/scenario/effects.yaml")) {
            Map<String, Object> table = new Yaml().load(in);
            rows = new TreeSet<>(table.keySet());
        }
        Set<String> types = new TreeSet<>();
        for (EventType t : EventType.values()) {
            types.add(t.name());
            assertTrue(t.family() != null && !t.label().isBlank(), t + " has a family and a label");
        }
        assertEquals(types, rows);
    }
}
