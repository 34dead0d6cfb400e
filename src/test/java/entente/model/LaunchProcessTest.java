package entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mechanisms of the launch process: daily choices, momentum, exhaustion, lagged answers, engagement. */
class LaunchProcessTest {
    /** A DPRK launch option with a programme bias, self-excitation, fatigue, drill response and restraint by talks. */
    static final String LAUNCHES = """
            actions:
              - {id: prk-srbm, actor: PRK, type: MISSILE_TEST, subtype: SRBM, targets: [KOR, JPN, USA],
                 utility: {bias: -2.0, momentum: 1.6, exhaustion: -0.12, provocation: 1.5, engagement: -1.5}}
            """;

    private static String quiet(String start, String end) {
        return TestScenarios.quietSixStates().replace("period: {start: 2022-01-01, end: 2022-12-31}",
                "period: {start: " + start + ", end: " + end + "}");
    }

    private static Scenario scenario(String start, String end, String... events) {
        StringBuilder sb = new StringBuilder(quiet(start, end)).append(LAUNCHES);
        if (events.length > 0) {
            sb.append("events:\n");
            for (String e : events) {
                sb.append("  - ").append(e).append('\n');
            }
        }
        return TestScenarios.parse(sb.toString());
    }

    /** The DPRK's hazard on a date, in a run of the scenario without its own choices interfering. */
    private static double hazardOn(Scenario s, LocalDate date) {
        return hazardOn(s, "prk-srbm", date);
    }

    /** The hazard of a scenario's options on a date, the option named switched off until then. */
    private static double hazardOn(Scenario s, String option, LocalDate date) {
        EntenteModel m = EntenteModel.started(s.withParameters(s.parameters().with("actions." + option + ".utility.bias", -50)), 1);
        m.runThrough(date);
        return hazardOfWorld(m, s);
    }

    /** The hazard of s's options, with their real coefficients, in the world m has reached. */
    private static double hazardOfWorld(EntenteModel m, Scenario s) {
        World w = m.world();
        List<Action> own = new ArrayList<>();
        Coefficients c = new Coefficients(s.parameters(), Coefficients.Paths.of(s));
        for (int k = 0; k < s.actions().size(); k++) {
            own.add(new Action(s.actions().get(k), w, c.utility[k], c.intensity[k]));
        }
        return Deliberation.hazard(w, own);
    }

    @Test
    void aSummitWithTheDprkLowersItsHazardForMonths() {
        String summit = "{id: talks, date: 2022-03-01, type: SUMMIT, actors: [USA, PRK], source: 'ext: test'}";
        Scenario with = scenario("2022-01-01", "2022-12-31", summit);
        Scenario without = scenario("2022-01-01", "2022-12-31");
        LocalDate before = LocalDate.parse("2022-02-27");
        assertEquals(hazardOn(without, before), hazardOn(with, before), 1e-15, "nothing changes before the summit");
        for (String later : List.of("2022-03-02", "2022-06-01", "2022-08-01")) {
            LocalDate d = LocalDate.parse(later);
            assertTrue(hazardOn(with, d) < 0.8 * hazardOn(without, d), "lower on " + d);
        }
        String other = "{id: talks, date: 2022-03-01, type: SUMMIT, actors: [USA, KOR], source: 'ext: test'}";
        assertEquals(hazardOn(without, LocalDate.parse("2022-06-01")),
                hazardOn(scenario("2022-01-01", "2022-12-31", other), LocalDate.parse("2022-06-01")), 1e-12,
                "a summit the DPRK takes no part in does not restrain it");
    }

    @Test
    void aSuspendedDrillRestrainsItsTargetButAnAgreementAimedAtItDoesNot() {
        LocalDate later = LocalDate.parse("2022-05-01");
        double calm = hazardOn(scenario("2022-01-01", "2022-12-31"), later);
        String pause = "{id: pause, date: 2022-03-01, type: EXERCISE_SUSPENSION, actors: [USA, KOR], targets: [PRK], source: 'ext: test'}";
        String pact = "{id: pact, date: 2022-03-01, type: AGREEMENT, actors: [JPN, KOR], targets: [PRK], source: 'ext: test'}";
        assertTrue(hazardOn(scenario("2022-01-01", "2022-12-31", pause), later) < 0.8 * calm);
        assertTrue(hazardOn(scenario("2022-01-01", "2022-12-31", pact), later) >= calm);
    }

    @Test
    void aSummitLowersTheDprkLaunchCount() {
        String summit = "{id: talks, date: 2022-02-01, type: SUMMIT, actors: [USA, PRK], intensity: 2, source: 'ext: test'}";
        int with = 0;
        int without = 0;
        for (long seed = 1; seed <= 20; seed++) {
            with += launches(EntenteModel.run(scenario("2022-01-01", "2022-12-31", summit), seed));
            without += launches(EntenteModel.run(scenario("2022-01-01", "2022-12-31"), seed));
        }
        assertTrue(with < 0.7 * without, with + " launches with the summit, " + without + " without");
    }

    @Test
    void aDrillRaisesTheHazardWithALag() {
        String drill = "{id: drill, date: 2022-03-01, type: JOINT_EXERCISE, actors: [USA, KOR], targets: [PRK],"
                + " intensity: 1.5, source: 'ext: test'}";
        Scenario s = scenario("2022-01-01", "2022-12-31", drill);
        double before = hazardOn(s, LocalDate.parse("2022-02-27"));
        double sameDay = hazardOn(s, LocalDate.parse("2022-03-01"));
        double week = hazardOn(s, LocalDate.parse("2022-03-08"));
        assertTrue(sameDay > before, "the answer starts at once");
        assertTrue(week > sameDay, "and builds up over the response lag: " + sameDay + " then " + week);
    }

    @Test
    void ownLaunchesRaiseTheHazardAndLongCampaignsTire() {
        List<String> events = new ArrayList<>();
        for (int d = 1; d <= 28; d += 3) {
            events.add("{id: l" + d + ", date: 2022-03-%02d, type: MISSILE_TEST, subtype: SRBM, actors: [PRK],".formatted(d)
                    + " targets: [KOR], source: 'ext: test'}");
        }
        Scenario one = scenario("2022-01-01", "2022-12-31", events.get(0));
        Scenario quiet = scenario("2022-01-01", "2022-12-31");
        LocalDate next = LocalDate.parse("2022-03-02");
        assertTrue(hazardOn(one, next) > 2 * hazardOn(quiet, next), "momentum: one launch makes the next likelier");
        Scenario many = scenario("2022-01-01", "2022-12-31", events.toArray(new String[0]));
        LocalDate later = LocalDate.parse("2022-06-01");
        assertTrue(hazardOn(many, later) < hazardOn(quiet, later), "exhaustion: months after a campaign, below the calm rate");
    }

    @Test
    void theWeaponsProgrammeLaunchesWithoutProvocation() {
        Scenario s = scenario("2022-01-01", "2022-12-31");
        RunRecord r = EntenteModel.run(s, 5);
        assertTrue(launches(r) >= 5, "a year with no event at all still has launches: " + launches(r));
        for (ModelEvent e : r.events()) {
            assertEquals(EventOrigin.DECISION, e.origin(), "nothing but the DPRK's own launches happens");
            assertTrue(e.why().contains("provocation 1.5x0 "), "nothing provoked it: " + e.why());
        }
    }

    @Test
    void theSameMachineryServesAnyStatesOptions() {
        String patrols = """
                actions:
                  - {id: chn-rus-patrol, actor: CHN, type: JOINT_PATROL, partners: [RUS], targets: [JPN],
                     utility: {bias: -4.0, momentum: 1.6, exhaustion: -0.12, engagement: -1.5}}
                """;
        Scenario calm = TestScenarios.parse(quiet("2022-01-01", "2022-12-31") + patrols);
        Scenario patrolled = TestScenarios.parse(quiet("2022-01-01", "2022-12-31") + patrols + """
                events:
                  - {id: p, date: 2022-03-01, type: JOINT_PATROL, actors: [CHN, RUS], targets: [JPN], source: 'ext: test'}
                """);
        Scenario talked = TestScenarios.parse(quiet("2022-01-01", "2022-12-31") + patrols + """
                events:
                  - {id: t, date: 2022-03-01, type: SUMMIT, actors: [CHN, JPN], source: 'ext: test'}
                """);
        LocalDate next = LocalDate.parse("2022-03-02");
        LocalDate later = LocalDate.parse("2022-05-01");
        String patrol = "chn-rus-patrol";
        assertTrue(hazardOn(patrolled, patrol, next) > 2 * hazardOn(calm, patrol, next),
                "China's own patrol makes the next likelier, as a launch does");
        assertTrue(hazardOn(talked, patrol, later) < 0.8 * hazardOn(calm, patrol, later),
                "a summit China takes part in restrains its patrols too");
    }

    @Test
    void launchesClusterIntoCampaigns() {
        Scenario s = scenario("2020-01-01", "2023-12-31");
        double sum = 0;
        int seeds = 30;
        for (long seed = 1; seed <= seeds; seed++) {
            sum += dispersion(monthly(EntenteModel.run(s, seed)));
        }
        assertTrue(sum / seeds > 1.3, "variance/mean of monthly launch counts " + sum / seeds);
    }

    @Test
    void decisionsFallOnEveryDayOfTheWeek() {
        RunRecord r = EntenteModel.run(scenario("2022-01-01", "2023-12-31"), 3);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (ModelEvent e : r.events()) {
            if (e.origin() == EventOrigin.DECISION) {
                days.add(r.date(e.day()).getDayOfWeek());
            }
        }
        assertEquals(EnumSet.allOf(DayOfWeek.class), days);
    }

    private static int launches(RunRecord r) {
        return (int) r.events().stream().filter(e -> e.origin() == EventOrigin.DECISION && e.type() == EventType.MISSILE_TEST).count();
    }

    private static double[] monthly(RunRecord r) {
        LocalDate start = r.start();
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, r.date(r.days() - 1)) + 1;
        double[] counts = new double[months];
        for (ModelEvent e : r.events()) {
            if (e.origin() == EventOrigin.DECISION && e.type() == EventType.MISSILE_TEST) {
                counts[(int) java.time.temporal.ChronoUnit.MONTHS.between(start.withDayOfMonth(1), r.date(e.day()).withDayOfMonth(1))]++;
            }
        }
        return counts;
    }

    private static double dispersion(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean) / (x.length - 1);
        }
        return var / mean;
    }
}
