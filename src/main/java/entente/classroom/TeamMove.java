package entente.classroom;

import ec.util.MersenneTwisterFast;
import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.StandIn;
import entente.scenario.EventOrigin;
import entente.scenario.EventType;
import entente.scenario.Scenario;
import entente.util.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A team's move as the event it fires (origin "team"), and the agent's move in a team's place. */
record TeamMove(Scenario.Event event, double intensity) {
    static final double STATEMENT_INTENSITY = 0.5;

    /** The event of a decision that acts, dated {@code date}; its id names the turn, state and move. */
    static TeamMove of(Scenario original, int turn, Decision d, LocalDate date) {
        String id = "t" + turn + "-" + d.actor().toLowerCase(Locale.ROOT) + "-" + d.option();
        Scenario.Action a = Menu.action(original, d.actor(), d.option());
        if (a == null) { // a statement
            return new TeamMove(new Scenario.Event(id, date, EventType.STATEMENT, List.of(d.actor()), d.targets(), null,
                    false, d.why(), d.text(), EventOrigin.TEAM), STATEMENT_INTENSITY);
        }
        List<String> actors = new ArrayList<>();
        actors.add(a.actor());
        actors.addAll(a.partners());
        return new TeamMove(new Scenario.Event(id, date, a.type(), actors, a.targets(), a.subtype(), a.overflight(),
                d.why(), d.text(), EventOrigin.TEAM), original.parameters().get("actions." + a.id() + ".intensity"));
    }

    /** Fires the move in the model today, if it acts; returns it, or null for doing nothing. */
    static TeamMove fire(EntenteModel m, Scenario original, int turn, Decision d) {
        if (!d.acts()) {
            return null;
        }
        TeamMove move = of(original, turn, d, m.record().date(m.today()));
        m.inject(move.event(), move.intensity(), Double.NaN);
        return move;
    }

    /**
     * What the agent chooses for a team's state now, drawn from a generator of its own (seeded by
     * the game's seed, the turn and the team), so that the simulation's stream stays untouched.
     */
    static Decision standIn(EntenteModel m, Scenario original, long seed, int turn, String actor, int team, int turnDays) {
        MersenneTwisterFast rng = new MersenneTwisterFast(Seeds.forRun(Seeds.forRun(seed, turn), team));
        ModelEvent e = StandIn.choose(m, actor, original.actions(), original.parameters(), turnDays, rng);
        String head = "agent stand-in for team " + actor + " (no choice by the deadline, turn " + turn + "): ";
        if (e == null) {
            return new Decision(actor, Choice.NOTHING, List.of(), "", true, head + "the agent chose to do nothing");
        }
        return new Decision(actor, e.id(), List.of(), "", true, head + e.why());
    }
}
