package entente.model;

import entente.scenario.Dynamics;
import entente.scenario.EventType;
import entente.scenario.ParameterPaths;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario resolved once into what the model reads: the coefficients as arrays, distances,
 * the timeline's events with their numbers, and the coefficients in force after each day's
 * dated changes. Every run of the same scenario (the replications of a sweep's design point,
 * of a comparison, of a calibration trial) starts from one of these, so a run reads arrays and
 * never looks a number up by its path; and the parts that only the scenario's structure fixes
 * (states, options, the events' and changes' places among the parameters) are shared by every
 * parameter set run on it ({@link #with}), so a new sweep point only reads numbers.
 * Immutable, and shared by runs on several threads.
 */
public final class RunInputs implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Structure structure;
    final Scenario scenario;
    final String[] ids;
    final Coefficients first;
    final double[][] proximity;
    /** Each option's actor, partners and targets as indices, in the scenario's order of options. */
    final int[] optionActor;
    final int[][] optionPartners, optionTargets;
    /**
     * The memory cells that options read, the only ones a day must fade: (actor, event type) of
     * each option for momentum and exhaustion, (actor, target) for the answer to hostility.
     */
    final int[] habitActor, habitType, answerActor, answerTarget;
    /** The switched-on timeline events inside the period, by day (file order within a day). */
    final List<ModelEvent> timeline = new ArrayList<>();
    /** The switched-on dated changes by date (file order within a date), and each change's strength. */
    final List<Scenario.Change> changes = new ArrayList<>();
    final Map<String, Double> strengths = new HashMap<>();
    /** The coefficients in force once the first k changes took effect, for each k that ends a day's changes. */
    final Map<Integer, Coefficients> afterChanges = new HashMap<>();

    private RunInputs(Structure at, Scenario s) {
        structure = at;
        scenario = s;
        ids = at.ids;
        optionActor = at.optionActor;
        optionPartners = at.optionPartners;
        optionTargets = at.optionTargets;
        habitActor = at.habitActor;
        habitType = at.habitType;
        answerActor = at.answerActor;
        answerTarget = at.answerTarget;
        Parameters p = s.parameters();
        first = new Coefficients(p, at.coefficients);
        proximity = proximities(s, first.get(Dynamics.PROXIMITY_SCALE_KM));
        ParameterPaths.Values v = p.read(at.numbers);
        for (int k = 0; k < at.events.length; k++) {
            if (v.get(at.eventEnabled[k]) >= 0.5) {
                timeline.add(at.events[k].withNumbers(v.get(at.eventIntensity[k]), v.orNaN(at.eventLevel[k])));
            }
        }
        for (int k = 0; k < at.changes.size(); k++) {
            Scenario.Change c = at.changes.get(k);
            if (v.get(at.changeEnabled[k]) >= 0.5) {
                changes.add(c);
            }
            strengths.put(c.id(), v.get(at.changeStrength[k]));
        }
        Parameters inForce = p;
        for (int k = 0; k < changes.size(); k++) {
            Scenario.Change c = changes.get(k);
            inForce = PolicyChanges.applied(c, inForce, strength(c));
            if (k + 1 == changes.size() || !changes.get(k + 1).date().equals(c.date())) {
                afterChanges.put(k + 1, new Coefficients(inForce, at.coefficients));
            }
        }
    }

    /** The scenario resolved for its runs. */
    public static RunInputs of(Scenario s) {
        return new RunInputs(new Structure(s), s);
    }

    /** The same scenario with other numbers (a sweep point, a calibration trial), resolved for its runs. */
    public RunInputs with(Parameters p) {
        return new RunInputs(structure, scenario.withParameters(p));
    }

    /** Coefficients of other parameters of this scenario (a change a user makes during a session). */
    Coefficients coefficients(Parameters p) {
        return new Coefficients(p, structure.coefficients);
    }

    public Scenario scenario() {
        return scenario;
    }

    int index(String id) {
        return structure.index(id);
    }

    int day(java.time.LocalDate date) {
        return day(scenario, date);
    }

    private static int day(Scenario s, java.time.LocalDate date) {
        return (int) (date.toEpochDay() - s.start().toEpochDay());
    }

    /** A scenario change's strength; a change a user makes during a session has full strength. */
    double strength(Scenario.Change c) {
        return strengths.getOrDefault(c.id(), 1.0);
    }

    private static double[][] proximities(Scenario s, double scaleKm) {
        List<Scenario.Actor> actors = s.actors();
        int n = actors.size();
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    p[i][j] = Math.exp(-greatCircleKm(actors.get(i), actors.get(j)) / scaleKm);
                }
            }
        }
        return p;
    }

    static double greatCircleKm(Scenario.Actor a, Scenario.Actor b) {
        double la1 = Math.toRadians(a.lat());
        double la2 = Math.toRadians(b.lat());
        double dLat = la2 - la1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * What the scenario's structure alone fixes: its states and options as indices, the memory
     * cells options read, where the coefficients, the events' and the changes' numbers lie among
     * the parameters, and the timeline's events (in order of day, then file) resolved but for
     * their numbers.
     */
    private static final class Structure implements Serializable {
        private static final long serialVersionUID = 1L;

        final String[] ids;
        private final Map<String, Integer> indexOf = new HashMap<>();
        final int[] optionActor;
        final int[][] optionPartners, optionTargets;
        final int[] habitActor, habitType, answerActor, answerTarget;
        final Coefficients.Paths coefficients;
        /** The events inside the period, with their places among {@link #numbers}. */
        final ModelEvent[] events;
        final int[] eventEnabled, eventIntensity, eventLevel;
        /** The changes by date, with their places among {@link #numbers}. */
        final List<Scenario.Change> changes;
        final int[] changeEnabled, changeStrength;
        final ParameterPaths numbers;

        Structure(Scenario s) {
            ids = s.actorIds().toArray(new String[0]);
            for (int i = 0; i < ids.length; i++) {
                indexOf.put(ids[i], i);
            }
            int options = s.actions().size();
            optionActor = new int[options];
            optionPartners = new int[options][];
            optionTargets = new int[options][];
            for (int k = 0; k < options; k++) {
                Scenario.Action a = s.actions().get(k);
                optionActor[k] = index(a.actor());
                optionPartners[k] = a.partners().stream().mapToInt(this::index).toArray();
                optionTargets[k] = a.targets().stream().mapToInt(this::index).toArray();
            }
            boolean[][] habit = new boolean[ids.length][EventType.values().length];
            boolean[][] answer = new boolean[ids.length][ids.length];
            for (int k = 0; k < options; k++) {
                habit[optionActor[k]][s.actions().get(k).type().ordinal()] = true;
                for (int t : optionTargets[k]) {
                    answer[optionActor[k]][t] = true;
                }
            }
            int[][] habits = cells(habit);
            habitActor = habits[0];
            habitType = habits[1];
            int[][] answers = cells(answer);
            answerActor = answers[0];
            answerTarget = answers[1];
            coefficients = Coefficients.Paths.of(s);
            List<Scenario.Event> inPeriod = s.events().stream().filter(e -> day(s, e.date()) < s.days())
                    .sorted(Comparator.comparing(Scenario.Event::date)).toList();
            events = inPeriod.stream().map(e -> EventQueue.resolve(e, day(s, e.date()), Double.NaN, Double.NaN, this::index))
                    .toArray(ModelEvent[]::new);
            List<String> eventIds = inPeriod.stream().map(Scenario.Event::id).toList();
            changes = s.changes().stream().sorted(Comparator.comparing(Scenario.Change::date)).toList();
            ParameterPaths.Builder b = new ParameterPaths.Builder();
            eventEnabled = b.add(eventIds.stream().map(ParameterRegistry.EVENT_ENABLED::path).toArray(String[]::new));
            eventIntensity = b.add(eventIds.stream().map(ParameterRegistry.EVENT_INTENSITY::path).toArray(String[]::new));
            eventLevel = b.add(eventIds.stream().map(ParameterRegistry.EVENT_LEVEL::path).toArray(String[]::new));
            changeEnabled = b.add(changes.stream().map(c -> ParameterRegistry.CHANGE_ENABLED.path(c.id())).toArray(String[]::new));
            changeStrength = b.add(changes.stream().map(c -> ParameterRegistry.CHANGE_STRENGTH.path(c.id())).toArray(String[]::new));
            numbers = b.build();
        }

        int index(String id) {
            Integer i = indexOf.get(id);
            if (i == null) {
                throw new IllegalArgumentException("unknown actor " + id);
            }
            return i;
        }

        /** The rows and columns of the true cells, in row-major order. */
        private static int[][] cells(boolean[][] m) {
            int count = 0;
            for (boolean[] row : m) {
                for (boolean b : row) {
                    count += b ? 1 : 0;
                }
            }
            int[][] rc = new int[2][count];
            int at = 0;
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    if (m[i][j]) {
                        rc[0][at] = i;
                        rc[1][at++] = j;
                    }
                }
            }
            return rc;
        }
    }
}
