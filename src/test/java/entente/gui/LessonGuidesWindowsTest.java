package entente.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Follows every step of every lesson guide in docs/lessons through the window's own controls,
 * as a class would, and checks what each step says the class will see (see {@link GuideDriver}).
 * On a display (xvfb-run) the window is on screen; without one it runs off screen.
 */
class LessonGuidesWindowsTest {
    @BeforeAll
    static void lettering() throws Exception {
        GuideDriver.edt(() -> GuiFonts.scale(1f));
    }

    static Stream<String> lessons() {
        List<Lesson> all = Lessons.all();
        assertTrue(all.size() >= 3, "the three lessons are found");
        return all.stream().map(Lesson::name);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyStepOfTheGuideWorksAsWritten(String name) throws Exception {
        Lesson lesson = Lessons.named(name);
        GuideSteps guide = GuideSteps.parse(lesson.markdown());
        assertFalse(guide.steps().isEmpty());
        AtomicReference<TeachingWindow> window = new AtomicReference<>();
        GuideDriver.edt(() -> window.set(open(Opening.lesson(lesson))));
        try {
            TeachingView view = window.get().view();
            GuideDriver.edt(() -> {
                view.controls().speed.setValue(ControlBar.SPEEDS.length - 1); // as fast as it goes
                view.showTab(TeachingView.GUIDE);
            });
            GuideDriver driver = new GuideDriver(view, name);
            for (GuideSteps.Step step : guide.steps()) {
                driver.follow(step);
            }
            assertTrue(driver.misses().isEmpty(), "docs/lessons/" + name + ".md says what the window does not show:\n"
                    + String.join("\n", driver.misses()));
        } finally {
            GuideDriver.edt(() -> window.get().close());
        }
    }

    /** The window at 1280 x 720, on screen when there is a display. */
    static TeachingWindow open(Opening what) {
        Dimension size = new Dimension(1280, 720);
        if (GraphicsEnvironment.isHeadless()) {
            return TeachingWindow.offScreen(what, null, size);
        }
        TeachingWindow w = TeachingWindow.open(what, null);
        w.frame().setBounds(0, 0, size.width, size.height);
        w.frame().validate();
        return w;
    }
}
