package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reset, Play, Pause, Resume, Step, run until a date and pause on an event, as a NetLogo user expects them. */
class RunnerTest {
    private static final Scenario LESSON = TestScenarios.load(Path.of("scenarios/lessons/security-dilemma.yaml"));

    private static Runner runner(Scenario s) {
        Runner r = new Runner(new EntenteGui(s, s.seed()), s.seed());
        r.setDaysPerSecond(Double.POSITIVE_INFINITY);
        r.reset();
        return r;
    }

    private static void awaitStop(Runner r) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (r.status() == Runner.Status.PLAYING) {
            assertTrue(System.currentTimeMillis() < deadline, "stops within a minute");
            Thread.sleep(5);
        }
    }

    @Test
    void resetSetsUpARunWithItsFirstDayDrawn() {
        Runner r = runner(LESSON);
        assertEquals(Runner.Status.READY, r.status());
        assertEquals(LESSON.start(), r.lastDate());
        assertTrue(r.message().contains("Press Play"), r.message());
    }

    @Test
    void playRunsToTheEndAndGivesTheHeadlessRun() throws InterruptedException {
        EntenteGui gui = new EntenteGui(LESSON, LESSON.seed());
        Runner r = new Runner(gui, LESSON.seed());
        r.setDaysPerSecond(Double.POSITIVE_INFINITY);
        r.reset();
        r.play();
        awaitStop(r);
        assertEquals(Runner.Status.FINISHED, r.status());
        assertTrue(r.message().startsWith("The run is over"), r.message());
        GuiStateRunTest.assertSameRun(EntenteModel.run(LESSON, LESSON.seed()), gui.model().record());
        r.play();
        assertEquals(Runner.Status.FINISHED, r.status(), "Play does nothing once the run is over");
    }

    @Test
    void pauseStopsAndPlayResumesWhereItStoppedNotOneDay() throws InterruptedException {
        EntenteGui gui = new EntenteGui(LESSON, LESSON.seed());
        Runner r = new Runner(gui, LESSON.seed());
        r.setDaysPerSecond(200);
        r.reset();
        r.play();
        Thread.sleep(150);
        r.pause();
        assertEquals(Runner.Status.PAUSED, r.status());
        int paused = gui.model().record().days();
        assertTrue(paused > 1 && paused < LESSON.days(), "paused part way: " + paused);
        assertTrue(r.message().startsWith("Paused on"), r.message());
        r.setDaysPerSecond(Double.POSITIVE_INFINITY);
        r.play();
        awaitStop(r);
        assertEquals(Runner.Status.FINISHED, r.status(), "Play after Pause resumes to the end");
        GuiStateRunTest.assertSameRun(EntenteModel.run(LESSON, LESSON.seed()), gui.model().record());
    }

    @Test
    void stepSimulatesOneDayAtATime() {
        EntenteGui gui = new EntenteGui(LESSON, LESSON.seed());
        Runner r = new Runner(gui, LESSON.seed());
        r.reset();
        r.step();
        r.step();
        assertEquals(3, gui.model().record().days());
        assertEquals(Runner.Status.PAUSED, r.status());
        assertEquals(LESSON.start().plusDays(2), r.lastDate());
    }

    @Test
    void runUntilPausesAtTheEndOfThatDayAndPlayThenGoesOn() throws InterruptedException {
        Runner r = runner(LESSON);
        LocalDate until = LocalDate.of(2022, 3, 21);
        r.setUntil(until);
        r.play();
        awaitStop(r);
        assertEquals(Runner.Status.PAUSED, r.status());
        assertEquals(until, r.lastDate());
        assertTrue(r.message().contains("21 March 2022"), r.message());
        r.play();
        awaitStop(r);
        assertEquals(Runner.Status.FINISHED, r.status(), "a date already reached no longer stops the run");
    }

    @Test
    void pauseOnAnEventStopsTheDayItHappensAndNamesIt() throws InterruptedException {
        RunRecord headless = EntenteModel.run(LESSON, LESSON.seed());
        int firstLaunch = headless.events().stream().filter(e -> e.type() == EventType.MISSILE_TEST)
                .mapToInt(ModelEvent::day).findFirst().orElseThrow();
        Runner r = runner(LESSON);
        PauseRule launches = PauseRule.forScenario(LESSON).stream()
                .filter(p -> p.label().equals("North Korea: missile test")).findFirst().orElseThrow();
        r.setPauseOn(launches);
        r.play();
        awaitStop(r);
        assertEquals(Runner.Status.PAUSED, r.status());
        assertEquals(headless.date(firstLaunch), r.lastDate());
        assertTrue(r.message().contains("PRK missile test"), r.message());
    }

    @Test
    void theNextResetUsesTheNewSeedAndParameters() {
        EntenteGui gui = new EntenteGui(LESSON, LESSON.seed());
        Runner r = new Runner(gui, LESSON.seed());
        r.reset();
        gui.parameters().set("dynamics.reactivity", 0.012);
        r.setSeed(7);
        assertEquals(0.08, gui.model().scenario().parameters().get("dynamics.reactivity"), 1e-12, "not before Reset");
        r.reset();
        assertEquals(0.012, gui.model().scenario().parameters().get("dynamics.reactivity"), 1e-12);
        assertEquals(7, gui.model().seed());
    }
}
