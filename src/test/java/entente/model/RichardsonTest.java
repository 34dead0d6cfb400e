package entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** With no events and no decisions, escalation follows the linear Richardson system exactly. */
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

    @Test
    void twoStatesConvergeToTheClosedFormEquilibrium() {
        EntenteModel m = started(twoStates(0.05, 0.04, 1.0));
        World w = m.world();
        double k12 = w.reaction(0, 1);
        double k21 = w.reaction(1, 0);
        double m1 = 0.05;
        double m2 = 0.04;
        assertTrue(k12 > 0 && k21 > 0, "each state reacts to the other's threat");
        assertTrue(m1 * m2 > k12 * k21, "this parameter set is stable");
        double x1 = (k12 * 0.03 + m2 * 0.02) / (m1 * m2 - k12 * k21);
        double x2 = (k21 * 0.02 + m1 * 0.03) / (m1 * m2 - k12 * k21);
        runToTheEnd(m);
        assertEquals(x1, w.escalation(0), 1e-9);
        assertEquals(x2, w.escalation(1), 1e-9);
        assertEquals(k12, w.reaction(0, 1), 0, "without events threat, and so k, stay constant");
    }

    @Test
    void eachDayIsOneEulerStepOfTheLinearSystem() {
        EntenteModel m = started(twoStates(0.05, 0.04, 1.0));
        World w = m.world();
        double x = w.escalation(0);
        double y = w.escalation(1);
        for (int day = 0; day < 50; day++) {
            double nx = x + w.reaction(0, 1) * y - 0.05 * x + 0.02;
            double ny = y + w.reaction(1, 0) * x - 0.04 * y + 0.03;
            m.stepDay();
            x = nx;
            y = ny;
            assertEquals(x, w.escalation(0), 1e-12);
            assertEquals(y, w.escalation(1), 1e-12);
        }
    }

    @Test
    void anUnstablePairRunsIntoTheBound() {
        EntenteModel m = started(twoStates(0.001, 0.001, 10.0));
        World w = m.world();
        assertTrue(0.001 * 0.001 < w.reaction(0, 1) * w.reaction(1, 0), "this parameter set is unstable");
        runToTheEnd(m);
        assertEquals(w.escalationMax(), w.escalation(0), 0);
        assertEquals(w.escalationMax(), w.escalation(1), 0);
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
