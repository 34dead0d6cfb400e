package entente.scenario;

import java.util.List;

/**
 * The kinds of events the model knows; each has a row in the effect table
 * (resources entente/scenario/effects.yaml). What sets a type apart from the others is said
 * here and nowhere else: the subtypes it names (missile classes), whether it can overfly a
 * third state, and whether it sets a level (defence spending).
 */
public enum EventType {
    JOINT_EXERCISE("joint exercise"),
    EXERCISE_SUSPENSION("suspended exercise"),
    MISSILE_TEST("missile test", Kind.MISSILE),
    NUCLEAR_TEST("nuclear test"),
    SUMMIT("summit"),
    AGREEMENT("agreement"),
    DEFENSE_SPENDING("defence spending decision", Kind.LEVEL),
    STATEMENT("statement"),
    SANCTIONS("sanctions"),
    UNSC_VETO("UN Security Council veto"),
    JOINT_PATROL("joint patrol"),
    NATO_ENGAGEMENT("NATO engagement"),
    INVASION("invasion");

    /** Missile classes a MISSILE_TEST may name as its subtype. */
    public static final List<String> MISSILE_CLASSES =
            List.of("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "CRUISE", "HYPERSONIC");

    private enum Kind { PLAIN, MISSILE, LEVEL }

    private final String label;
    private final Kind kind;

    EventType(String label) {
        this(label, Kind.PLAIN);
    }

    EventType(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
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
