package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.TestScenarios;
import entente.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code entente show}: what a scenario holds, filtered, with where each number comes from. */
class ShowCommandTest {
    private static final Path WHATIF = Path.of("scenarios", "whatif", "no-spring-drills-2023.yaml");

    private static JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "show";
        all[1] = WHATIF.toString();
        all[2] = "--json";
        System.arraycopy(args, 0, all, 3, args.length);
        Cli r = Cli.run(all);
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void listsEverySectionOfAScenarioWithItsCounts() throws Exception {
        Scenario s = TestScenarios.load(WHATIF);
        Cli r = Cli.run("show", WHATIF.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("whatif-no-spring-drills-2023: No spring drills in 2023\n"), r.out());
        for (String section : List.of("actors (6)", "events (" + s.events().size() + ")",
                "actions (" + s.actions().size() + ")", "changes (" + s.changes().size() + ")",
                "treaties (" + s.treaties().size() + ")", "parameters (" + s.parameters().asMap().size() + ")")) {
            assertTrue(r.out().contains("\n" + section + "\n"), section + " in\n" + r.out());
        }
        assertFalse(r.out().contains("freedom-shield-2023"), "the what-if removed it");
    }

    @Test
    void saysWhereEachNumberComesFromAlongTheExtendsChain() throws Exception {
        JsonNode p = json("--section", "parameters", "--path", "events.drills-suspended-2023.*").get("parameters");
        assertEquals(2, p.size(), p.toString());
        JsonNode intensity = p.get(1);
        assertEquals("events.drills-suspended-2023.intensity", intensity.get("path").asText());
        assertEquals("default", intensity.get("source").asText(), "the added event gives no intensity");
        assertEquals("0", intensity.get("min").asText());
        assertEquals("10", intensity.get("max").asText());
        JsonNode alpha = json("--section", "parameters", "--path", "dynamics.alpha").get("parameters").get(0);
        List<String> parent = java.nio.file.Files.readAllLines(TestScenarios.BASELINE);
        int line = parent.indexOf(parent.stream().filter(l -> l.startsWith("  alpha:")).findFirst().orElseThrow()) + 1;
        assertEquals("scenarios/baseline-2021-2023.yaml:" + line, alpha.get("source").asText(), "set in the parent");
        JsonNode effect = json("--section", "parameters", "--path", "effects.SUMMIT.threat").get("parameters").get(0);
        assertTrue(effect.get("source").asText().matches("default \\(effects\\.yaml:\\d+\\)"), effect.toString());
    }

    @Test
    void filtersByActorTypeDateAndPath() throws Exception {
        Scenario s = TestScenarios.load(WHATIF);
        JsonNode events = json("--actor", "USA", "--type", "JOINT_EXERCISE", "--from", "2022-08-01", "--to", "2022-10-31",
                "--section", "events").get("events");
        List<String> expected = s.events().stream().filter(e -> e.type().name().equals("JOINT_EXERCISE")
                        && (e.actors().contains("USA") || e.targets().contains("USA")) && e.date().getYear() == 2022
                        && e.date().getMonthValue() >= 8
                        && e.date().getMonthValue() <= 10)
                .map(Scenario.Event::id).sorted().toList();
        List<String> shown = new java.util.ArrayList<>();
        events.forEach(e -> shown.add(e.get("id").asText()));
        assertEquals(expected, shown.stream().sorted().toList());
        assertFalse(expected.isEmpty());

        JsonNode params = json("--actor", "PRK", "--type", "MISSILE_TEST", "--section", "parameters").get("parameters");
        String paths = java.util.stream.StreamSupport.stream(params.spliterator(), false)
                .map(n -> n.get("path").asText()).collect(Collectors.joining("\n"));
        assertTrue(paths.contains("actors.PRK.sensitivity.MISSILE_TEST"), paths);
        JsonNode drills = json("--actor", "USA", "--type", "JOINT_EXERCISE", "--section", "parameters").get("parameters");
        assertTrue(drills.toString().contains("events.ufs-2022.intensity"), "an event's numbers come with it: " + drills);
        assertTrue(paths.contains("actions.prk-icbm.intensity"), paths);
        assertFalse(paths.contains("actors.KOR."), paths);
    }

    @Test
    void unknownFilterValuesGetASuggestion() {
        Cli actor = Cli.run("show", WHATIF.toString(), "--actor", "PRC");
        assertEquals(2, actor.exit());
        assertTrue(actor.err().startsWith("--actor PRC: not an actor of " + WHATIF + "; did you mean 'PRK'?"), actor.err());
        Cli type = Cli.run("show", WHATIF.toString(), "--type", "SUMMT");
        assertEquals(2, type.exit());
        assertTrue(type.err().startsWith("--type SUMMT: unknown event type; did you mean 'SUMMIT'?"), type.err());
    }
}
