package entente.gui;

import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;

/** What the window opens on: the start screen, a lesson, or any scenario. */
public final class Opening {
    private final Lesson lesson;
    private final Scenario scenario;

    private Opening(Lesson lesson, Scenario scenario) {
        this.lesson = lesson;
        this.scenario = scenario;
    }

    public static Opening startScreen() {
        return new Opening(null, null);
    }

    /**
     * A lesson by name (its guide's file name without .md); IllegalArgumentException when there
     * is none or its settings name a parameter its scenario does not have.
     */
    public static Opening lesson(String name) throws InputException {
        return lesson(Lessons.named(name));
    }

    static Opening lesson(Lesson l) throws InputException {
        Scenario s = ScenarioReader.read(l.scenario());
        for (Lever lever : l.levers()) {
            for (String path : lever.paths()) {
                if (!s.parameters().has(path)) {
                    throw new IllegalArgumentException("lesson " + l.name() + ": lever '" + lever.name()
                            + "' names " + path + ", which " + l.scenario() + " does not have");
                }
            }
        }
        for (String w : l.watch()) {
            SeriesNames.parse(w);
        }
        return new Opening(l, s);
    }

    public static Opening scenario(Scenario s) {
        return new Opening(null, s);
    }

    /** The scenario to open; null for the start screen. */
    public Scenario scenario() {
        return scenario;
    }

    Lesson lessonOrNull() {
        return lesson;
    }
}
