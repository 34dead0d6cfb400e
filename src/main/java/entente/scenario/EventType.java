package entente.scenario;

/** The kinds of events the model knows; each has a row in the effect table. */
public enum EventType {
    JOINT_EXERCISE, EXERCISE_SUSPENSION, MISSILE_TEST, NUCLEAR_TEST, SUMMIT, AGREEMENT,
    DEFENSE_SPENDING, STATEMENT, SANCTIONS, UNSC_VETO, JOINT_PATROL, NATO_ENGAGEMENT;

    /** Missile classes a MISSILE_TEST may name as its subtype. */
    public static final java.util.List<String> MISSILE_CLASSES =
            java.util.List.of("SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "CRUISE", "HYPERSONIC");
}
