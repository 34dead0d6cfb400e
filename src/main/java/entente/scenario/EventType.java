package entente.scenario;

import java.util.List;

/**
 * The kinds of events the model knows; each has a row in the effect table
 * (resources entente/scenario/effects.yaml). What sets a type apart from the others is said
 * here and nowhere else: its family, the subtypes it names (missile classes), whether it can
 * overfly a third state, and whether it sets a level (defence spending). Adding a type takes
 * a constant here and a row in effects.yaml (EventTypeLocalityTest keeps it so).
 */
public enum EventType {
    JOINT_EXERCISE("joint exercise", Family.EXERCISE),
    EXERCISE_SUSPENSION("suspended exercise", Family.EXERCISE),
    MISSILE_TEST("missile test", Family.FORCE, Kind.MISSILE),
    NUCLEAR_TEST("nuclear test", Family.FORCE),
    SUMMIT("summit", Family.DIPLOMACY),
    AGREEMENT("agreement", Family.DIPLOMACY),
    DEFENSE_SPENDING("defence spending decision", Family.PRESSURE, Kind.LEVEL),
    STATEMENT("statement", Family.PRESSURE),
    SANCTIONS("sanctions", Family.PRESSURE),
    UNSC_VETO("UN Security Council veto", Family.PRESSURE),
    JOINT_PATROL("joint patrol", Family.FORCE),
    NATO_ENGAGEMENT("NATO engagement", Family.DIPLOMACY),
    INVASION("invasion", Family.FORCE);

    /** Broad families of event types, for charts that colour events by family. */
    public enum Family {
        FORCE("force, tests & patrols"),
        EXERCISE("exercises"),
        PRESSURE("sanctions, vetoes, statements, spending"),
        DIPLOMACY("summits & agreements");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Missile classes a MISSILE_TEST may name as its subtype. */
    public static final List<String> MISSILE_CLASSES =
            List.of("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "CRUISE", "HYPERSONIC");

    private enum Kind { PLAIN, MISSILE, LEVEL }

    private final String label;
    private final Family family;
    private final Kind kind;

    EventType(String label, Family family) {
        this(label, family, Kind.PLAIN);
    }

    EventType(String label, Family family, Kind kind) {
        this.label = label;
        this.family = family;
        this.kind = kind;
    }

    public Family family() {
        return family;
    }

    /** A plain name for charts and the GUI: "missile test". */
    public String label() {
        return label;
    }

    /** The subtypes an event of this type must name; empty when it names none. */
    public List<String> subtypes() {
        return kind == Kind.MISSILE ? MISSILE_CLASSES : List.of();
    }

    public boolean takesSubtype() {
        return kind == Kind.MISSILE;
    }

    /** True when an event of this type can fly over a third state (a multiplier of its weight). */
    public boolean takesOverflight() {
        return kind == Kind.MISSILE;
    }

    /** True when an event of this type sets its actors' defence spending to a level. */
    public boolean takesLevel() {
        return kind == Kind.LEVEL;
    }
}
