package entente.classroom;

import java.util.List;

/**
 * What a team chose for a turn: one of its state's options (by id), {@link #NOTHING}, or a
 * {@link #STATEMENT} with its text and the states it names. {@code text} is the statement, or
 * for any other choice the team's reasons (may be empty); both go into events.csv as the note.
 */
record Choice(String option, List<String> targets, String text) {
    static final String NOTHING = "nothing";
    static final String STATEMENT = "statement";
    /** Longest statement or reason a team may write. */
    static final int MAX_TEXT = 280;

    Choice {
        targets = List.copyOf(targets);
        text = text == null ? "" : text;
    }
}
