package entente.calibration;

import java.util.Arrays;
import java.util.List;

/** What a coded claim is about; see docs/calibration.md for the scale anchors of each. */
public enum Dimension {
    THREAT("threat", TargetKind.STATE, "how threatening the actor finds the target"),
    AFFINITY("affinity", TargetKind.STATE, "the actor's disposition toward the target, hostile to friendly"),
    DEPENDENCE("dependence", TargetKind.STATE, "how much the actor relies on the target economically"),
    COMMITMENT("commitment", TargetKind.STATE, "how firmly the actor binds itself to the target's side"),
    POSTURE("posture", TargetKind.EVENT_TYPE, "how strongly the actor reacts to events of the target type"),
    ASIAN_NATO("asian_nato", TargetKind.NONE, "the actor's stance on an \"Asian NATO\", rejecting to promoting");

    /** What the target of a claim names. */
    public enum TargetKind { STATE, EVENT_TYPE, NONE }

    private final String key;
    private final TargetKind target;
    private final String meaning;

    Dimension(String key, TargetKind target, String meaning) {
        this.key = key;
        this.target = target;
        this.meaning = meaning;
    }

    public String key() { return key; }
    public TargetKind target() { return target; }
    public String meaning() { return meaning; }

    /** The dimension with this key, or null. */
    public static Dimension of(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst().orElse(null);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Dimension::key).toList();
    }
}
