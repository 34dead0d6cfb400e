package entente.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.model.RunRecord;
import java.awt.Dimension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window off screen (no display needed): what it shows when opened, between runs, and before it closes. */
class TeachingViewTest {
    private static final RunRecord.Key INDEX = new RunRecord.Key("escalation_index", "", "");

    @TempDir
    Path tmp;

    private static TeachingWindow lesson(String name) throws Exception {
        AtomicReference<TeachingWindow> w = new AtomicReference<>();
        GuideDriver.edt(() -> w.set(TeachingWindow.offScreen(Opening.lesson(name), null, new Dimension(1280, 720))));
        return w.get();
    }

    @Test
    void openingALessonDrawsItsFirstDayWithItsLeversAndGuide() throws Exception {
        TeachingWindow w = lesson("security-dilemma");
        GuideDriver.edt(() -> {
            TeachingView v = w.view();
            assertEquals(1, v.charts().shown(INDEX).length, "the first day is on the chart");
            assertEquals(Runner.Status.READY, v.runner().status());
            assertTrue(v.status().contains("Press Play"), v.status());
            assertNotNull(v.map().stateAt((int) v.map().centre("PRK").getX(), (int) v.map().centre("PRK").getY()));
            assertNotNull(v.levers().box("dynamics.reactivity"));
            assertEquals(ChartTabs.ESCALATION, v.charts().component().getTitleAt(v.charts().component().getSelectedIndex()));
            String now = ((JLabel) GuideDriver.find(v, "escalation_index now")).getText();
            assertEquals(Format.value(v.charts().shown(INDEX)[0]), now, "the monitor shows the first day");
            javax.swing.JMenuBar bar = w.root().getJMenuBar();
            List<String> items = new java.util.ArrayList<>();
            for (int m = 0; m < bar.getMenuCount(); m++) {
                for (java.awt.Component c : bar.getMenu(m).getMenuComponents()) {
                    if (c instanceof javax.swing.JMenuItem i) {
                        items.add(i.getText());
                    }
                }
            }
            assertTrue(items.containsAll(List.of("Start screen", "Lesson 1 — The security dilemma as a Richardson spiral",
                    "The 2021–2023 baseline", "Quit")) && items.stream().noneMatch(i -> i.contains("New Simulation")),
                    "the lessons in the menu, and none of MASON's demo models: " + items);
            String guide = ((GuidePanel) v.side().getComponentAt(0)).text();
            assertTrue(guide.contains("Richardson") && !guide.contains("check") && !guide.contains("levers:"),
                    "the guide without its comments");
            w.close();
        });
    }

    @Test
    void aResetKeepsTheRunBeforeFadedAndTheAxisWhereItWas() throws Exception {
        TeachingWindow w = lesson("security-dilemma");
        GuideDriver.edt(() -> {
            TeachingView v = w.view();
            double[] axis = v.charts().chart(ChartTabs.ESCALATION).range();
            v.runner().runTo(LocalDate.of(2099, 12, 31));
            ((JSpinner) v.levers().box("dynamics.reactivity")).setValue(0.012);
            assertTrue(v.status().contains("press Reset"), "after a run, a lever waits for Reset: " + v.status());
            assertEquals(0.08, v.gui().model().scenario().parameters().get("dynamics.reactivity"), 1e-12);
            v.reset();
            assertEquals(0.012, v.gui().model().scenario().parameters().get("dynamics.reactivity"), 1e-12);
            assertEquals(1, v.runsShown());
            assertArrayEquals(axis, v.charts().chart(ChartTabs.ESCALATION).range(), "the axis stays");
            v.runner().runTo(LocalDate.of(2022, 6, 30));
            v.refresh();
            assertEquals("run 1", ((JLabel) GuideDriver.find(v, "escalation_index previous run")).getText(),
                    "the monitors compare with run 1");
            w.close();
        });
    }

    @Test
    void aLeverMovedBeforePlayRestartsTheRunAtOnceAndAChosenStateStaysChosen() throws Exception {
        TeachingWindow w = lesson("seoul-hedging");
        GuideDriver.edt(() -> {
            TeachingView v = w.view();
            v.select("KOR");
            ((JSpinner) v.levers().box("actors.KOR.hedging")).setValue(0.0);
            assertEquals(0.0, v.gui().model().scenario().parameters().get("actors.KOR.hedging"), 1e-12,
                    "not played yet: the run restarts with it");
            assertEquals(0, v.runsShown(), "a run that was never played is not kept");
            assertEquals("KOR", v.state().selected());
            assertNotNull(v.state().value("affinity to China"), "the State tab shows the chosen state before Play");
            w.close();
        });
    }

    @Test
    void quittingAsksBeforeInjectedEventsAreLostAndSavingCountsThemSaved() throws Exception {
        TeachingWindow w = lesson("security-dilemma");
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger answer = new AtomicInteger(2);
        GuideDriver.edt(() -> {
            w.setAsk((parent, question, options) -> {
                asked.incrementAndGet();
                assertTrue(question.contains("1 event"), question);
                return answer.get();
            });
            w.quit();
            assertTrue(w.isClosed(), "nothing injected: no question");
        });
        TeachingWindow again = lesson("security-dilemma");
        GuideDriver.edt(() -> {
            again.setAsk((parent, question, options) -> {
                asked.incrementAndGet();
                return answer.get();
            });
            TeachingView v = again.view();
            v.injection().fill(EventPresets.forScenario(v.gui().scenario()).get(0));
            assertNotNull(v.injection().inject());
            assertEquals(1, v.unsavedInjections());
            again.quit();
            assertFalse(again.isClosed(), "Cancel keeps the window open");
            Path file = tmp.resolve("session.yaml");
            v.saveScenarioTo(file);
            assertTrue(Files.exists(file));
            assertEquals(0, v.unsavedInjections());
            again.quit();
            assertTrue(again.isClosed(), "saved: no question");
        });
        assertEquals(1, asked.get());
    }

    @Test
    void injectedEventsAreNamedByTheirTypeAndActors() throws Exception {
        TeachingWindow w = lesson("security-dilemma");
        GuideDriver.edt(() -> {
            TeachingView v = w.view();
            List<EventPresets.Preset> presets = EventPresets.forScenario(v.gui().scenario());
            v.injection().fill(presets.stream().filter(p -> p.label().equals("US–South Korea exercises suspended"))
                    .findFirst().orElseThrow());
            assertEquals("injected-1-exercise-suspension-usa-kor", v.injection().inject().id());
            assertTrue(presets.stream().anyMatch(p -> p.label().equals("North Korea: missile test (SRBM), one of its own options")));
            w.close();
        });
    }

    @Test
    void aRunSavedToContinueLaterContinuesExactlyWithItsInjectionsInAnotherWindow() throws Exception {
        Path file = tmp.resolve("run.checkpoint");
        AtomicReference<List<entente.scenario.Scenario.Event>> injected = new AtomicReference<>();
        AtomicReference<double[]> uninterrupted = new AtomicReference<>();
        AtomicReference<LocalDate> saved = new AtomicReference<>();
        TeachingWindow first = lesson("security-dilemma");
        GuideDriver.edt(() -> {
            TeachingView v = first.view();
            LocalDate start = v.gui().scenario().start();
            saved.set(start.plusDays(150));
            v.runner().runTo(start.plusDays(60));
            v.injection().fill(EventPresets.forScenario(v.gui().scenario()).get(0));
            assertNotNull(v.injection().inject());
            v.runner().runTo(saved.get());
            v.saveCheckpointTo(file);
            injected.set(v.gui().session().injected());
            v.runner().runTo(LocalDate.of(2099, 12, 31));
            uninterrupted.set(v.gui().model().record().series(INDEX));
            first.close();
        });
        TeachingWindow second = lesson("security-dilemma");
        GuideDriver.edt(() -> {
            TeachingView v = second.view();
            v.runner().runTo(v.gui().scenario().start().plusDays(30));
            v.continueRun(file);
            assertEquals(Runner.Status.PAUSED, v.runner().status(), v.status());
            assertEquals(saved.get(), v.runner().lastDate());
            assertEquals(1, v.runsShown(), "the run the window had stays, faded");
            assertEquals(injected.get(), v.gui().session().injected(), "the injection comes back with the run");
            assertEquals(0, v.unsavedInjections(), "it was saved with the checkpoint");
            v.runner().runTo(LocalDate.of(2099, 12, 31));
            assertArrayEquals(uninterrupted.get(), v.gui().model().record().series(INDEX));
            second.close();
        });
    }

    @Test
    void aSavedRunOfAnotherScenarioIsRefusedWithItsName() throws Exception {
        Path file = tmp.resolve("other.checkpoint");
        entente.model.EntenteModel other = new entente.model.EntenteModel(
                entente.TestScenarios.load(entente.TestScenarios.BASELINE), 7);
        other.start();
        other.schedule.step(other);
        other.writeCheckpoint(file);
        TeachingWindow w = lesson("security-dilemma");
        GuideDriver.edt(() -> {
            TeachingView v = w.view();
            v.continueRun(file);
            assertTrue(v.status().contains("is a run of " + other.scenario().name()), v.status());
            assertEquals(Runner.Status.READY, v.runner().status());
            w.close();
        });
    }
}
