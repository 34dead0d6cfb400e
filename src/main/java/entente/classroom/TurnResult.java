package entente.classroom;

import java.util.List;

/**
 * A closed turn: its number, the first day it simulated and how many, the states' moves, and
 * which of the run's events fired during it ({@code fromEvent} inclusive to {@code toEvent}
 * exclusive, indices into the run record's events).
 */
record TurnResult(int number, int firstDay, int days, List<Decision> decisions, int fromEvent, int toEvent) {
    TurnResult {
        decisions = List.copyOf(decisions);
    }
}
