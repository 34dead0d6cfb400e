package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.scenario.ParameterRegistry;
import entente.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** {@code entente params}: the registry's families, and every path of a scenario. */
class ParamsCommandTest {
    @Test
    void listsEveryPathOfAScenarioOnce() {
        Scenario s = TestScenarios.load(TestScenarios.BASELINE);
        Cli r = Cli.run("params", TestScenarios.BASELINE.toString(), "--csv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("path,value,default,min,max,unit,meaning", lines[0]);
        assertEquals(s.parameters().asMap().size(), lines.length - 1, "one row per parameter");
        assertTrue(r.out().contains("dynamics.eta,0.02,0.02,0,1,per day,speed at which affinities move"), r.out());
    }

    @Test
    void listsTheFamiliesWithoutAScenario() {
        Cli r = Cli.run("params", "--csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(ParameterRegistry.all().size() + 1, r.out().split("\n").length);
        assertTrue(r.out().contains("actors.{actor}.sensitivity.{type},1,0,10,x,"), r.out());
    }

    @Test
    void filtersByGlobAndSaysWhenNothingMatches() {
        Cli r = Cli.run("params", TestScenarios.BASELINE.toString(), "--path", "actors.PRK.affinity.*");
        assertEquals(0, r.exit(), r.err());
        assertEquals(6, r.out().strip().split("\n").length, "header and five partners");
        Cli none = Cli.run("params", TestScenarios.BASELINE.toString(), "--path", "actors.XXX.*");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("no parameter path matches"), none.err());
    }
}
