package entente.classroom;

import java.util.List;

/**
 * A state's move in a closed turn: the team's own choice, or the agent's in its place when the
 * team did not choose by the deadline ({@code standIn}). {@code option} is an action id,
 * {@link Choice#NOTHING} or {@link Choice#STATEMENT}; {@code why} is the explanation events.csv
 * carries (for a stand-in, the agent's choice probability and utility terms).
 */
record Decision(String actor, String option, List<String> targets, String text, boolean standIn, String why) {
    Decision {
        targets = List.copyOf(targets);
    }

    boolean acts() {
        return !option.equals(Choice.NOTHING);
    }
}
