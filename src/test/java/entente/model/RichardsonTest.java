package entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** With no events and no decisions, escalation follows the bounded Richardson system exactly. */
class RichardsonTest {
    private static String twoStates(double fatigueA, double fatigueB, double risk) {
        return """
                name: two-states
                period: {start: 2000-01-01, end: 2060-12-31}
                blocs: {trilateral: [AAA], counter: [BBB]}
                hedging_poles: [AAA, BBB]
                actors:
                  AAA: {location: [0, 0], capability: 0.2, spending: 2, escalation: 0.5, fatigue: %s,
                        grievance: 0.02, risk_tolerance: %s, affinity: {BBB: -0.5}}
                  BBB: {location: [0, 10], capability: 0.1, spending: 4, escalation: 0.1, fatigue: %s,
                        grievance: 0.03, risk_tolerance: %s, affinity: {AAA: -0.2}}
                """.formatted(fatigueA, risk, fatigueB, risk);
    }

    private static EntenteModel started(String scenario) {
        EntenteModel m = new EntenteModel(TestScenarios.parse(scenario), 1);
        m.start();
        return m;
    }

    private static void runToTheEnd(EntenteModel m) {
        while (m.stepDay()) {
            // each call advances one day
        }
    }

    /**
     * The rest point of two states under the bounded step, in closed form. At rest
     * x1 = M·u1/(m1·M + u1) with u1 = k12·x2 + g1, and the same for x2; eliminating x2 leaves a
     * quadratic in x1 with one root in [0, M], and x2 = (A·x1 − M·g1)/(k12·(M − x1)), A = m1·M + g1.
     */
    static double[] restPoint(double k12, double k21, double m1, double m2, double g1, double g2, double max) {
        double a = m1 * max + g1;
        double b = max * g1;
        double c2 = a * k21 + k12 * k21 * max;
        double c1 = a * (m2 * max + g2) - b * k21 - k12 * max * (k21 * max - g2);
        double c0 = -b * (m2 * max + g2) - k12 * g2 * max * max;
        double x1 = (-c1 + Math.sqrt(c1 * c1 - 4 * c2 * c0)) / (2 * c2);
        double x2 = (a * x1 - b) / (k12 * (max - x1));
        return new double[] {x1, x2};
    }

    @Test
    void twoStatesConvergeToTheClosedFormRestPoint() {
        EntenteModel m = started(twoStates(0.05, 0.04, 1.0));
        World w = m.world();
        double k12 = w.reaction(0, 1);
        double k21 = w.reaction(1, 0);
        assertTrue(k12 > 0 && k21 > 0, "each state reacts to the other's threat");
        double[] rest = restPoint(k12, k21, 0.05, 0.04, 0.02, 0.03, w.escalationMax());
        assertTrue(rest[0] > 0 && rest[0] < w.escalationMax() && rest[1] > 0 && rest[1] < w.escalationMax());
        runToTheEnd(m);
        assertEquals(rest[0], w.escalation(0), 1e-9);
        assertEquals(rest[1], w.escalation(1), 1e-9);
        assertEquals(k12, w.reaction(0, 1), 0, "without events threat, and so k, stay constant");
    }

    @Test
    void eachDayIsOneEulerStepOfTheBoundedSystem() {
        EntenteModel m = started(twoStates(0.05, 0.04, 1.0));
        World w = m.world();
        double max = w.escalationMax();
        double x = w.escalation(0);
        double y = w.escalation(1);
        for (int day = 0; day < 50; day++) {
            double nx = x + (w.reaction(0, 1) * y + 0.02) * (1 - x / max) - 0.05 * x;
            double ny = y + (w.reaction(1, 0) * x + 0.03) * (1 - y / max) - 0.04 * y;
            m.stepDay();
            x = nx;
            y = ny;
            assertEquals(x, w.escalation(0), 1e-12);
            assertEquals(y, w.escalation(1), 1e-12);
        }
    }

    @Test
    void aPairThatWouldRunAwaySaturatesInsideTheRange() {
        EntenteModel m = started(twoStates(0.001, 0.001, 10.0));
        World w = m.world();
        double k12 = w.reaction(0, 1);
        double k21 = w.reaction(1, 0);
        assertTrue(0.001 * 0.001 < k12 * k21, "the linear system of this pair has no rest point");
        double[] rest = restPoint(k12, k21, 0.001, 0.001, 0.02, 0.03, w.escalationMax());
        runToTheEnd(m);
        assertEquals(rest[0], w.escalation(0), 1e-6);
        assertEquals(rest[1], w.escalation(1), 1e-6);
        assertTrue(w.escalation(0) < w.escalationMax() && w.escalation(1) < w.escalationMax(), "below the ceiling");
        assertTrue(w.escalation(0) > 0.9 * w.escalationMax(), "but high: the spiral saturates instead of clipping");
    }

    @Test
    void withoutGrievanceTheStartIsARestPoint() {
        Scenario s = TestScenarios.parse(TestScenarios.quietSixStates());
        RunRecord r = EntenteModel.run(s, 3);
        for (String actor : r.actors()) {
            double[] x = r.series("escalation", actor, "");
            assertEquals(x[0], x[x.length - 1], 1e-12, actor + " stays where it started when nothing happens");
        }
        double[] cohesion = r.series("cohesion_trilateral", "", "");
        assertEquals(cohesion[0], cohesion[cohesion.length - 1], 1e-12);
    }
}
