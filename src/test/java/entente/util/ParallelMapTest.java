package entente.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.scenario.Scenario;
import entente.util.ParallelMap;
import entente.util.Seeds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParallelMapTest {
    @Test
    void resultsComeInIndexOrderWhateverTheThreads() {
        Scenario s = TestScenarios.load(TestScenarios.SIX_STATES);
        List<Integer> one = ParallelMap.map(12, 1, i -> EntenteModel.run(s, Seeds.forRun(9, i)).events().size());
        List<Integer> two = ParallelMap.map(12, 2, i -> EntenteModel.run(s, Seeds.forRun(9, i)).events().size());
        assertEquals(one, two);
        assertNotEquals(1, new HashSet<>(one).size(), "different seeds give different histories");
    }

    @Test
    void seedsDependOnMasterAndIndexOnly() {
        Set<Long> seen = new HashSet<>();
        for (long i = 0; i < 10_000; i++) {
            seen.add(Seeds.forRun(42, i));
        }
        assertEquals(10_000, seen.size(), "no two runs share a seed");
        assertEquals(Seeds.forRun(42, 7), Seeds.forRun(42, 7));
        assertNotEquals(Seeds.forRun(42, 7), Seeds.forRun(43, 7));
    }

    @Test
    void aFailingJobFailsTheMap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParallelMap.map(4, 2, i -> {
                    if (i == 2) {
                        throw new IllegalArgumentException("job 2");
                    }
                    return i;
                }));
        assertEquals("job 2", e.getMessage());
    }
}
