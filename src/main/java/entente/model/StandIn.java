package entente.model;

import ec.util.MersenneTwisterFast;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The one door for decisions made outside the model. A state whose decisions come from
 * outside (a classroom team) has no options in the scenario the model runs, so it never
 * deliberates by itself and draws nothing from the simulation's generator; its choices enter
 * through {@link EntenteModel#inject} as events of origin "team". When the team does not
 * choose, this class gives the choice the state's agent would make now: the same logit
 * ({@link Deliberation}) over the options it would have had, drawn from a generator of the
 * caller's, so that the simulation's own random stream stays as it was.
 */
public final class StandIn {
    private StandIn() {}

    /**
     * The agent's choice for {@code actor} in the model's current world, dated today, with the
     * explanation events.csv carries for decisions; null for "do nothing".
     *
     * @param options the scenario's options (any actor's; those of {@code actor} are used)
     * @param numbers the parameters that hold those options' intensities and utilities
     * @param days    the days the choice stands for (a turn): doing nothing weighs
     *                {@code decision_interval / days}, so the agent acts about as often in a turn
     *                as it would in that many daily choices
     */
    public static ModelEvent choose(EntenteModel m, String actor, List<Scenario.Action> options, Parameters numbers,
                                    int days, MersenneTwisterFast rng) {
        World w = m.world();
        List<Scenario.Action> specs = options.stream().filter(a -> a.actor().equals(actor)).toList();
        double[][] utility = Coefficients.utilities(numbers, specs);
        List<Action> own = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            double intensity = numbers.get(ParameterRegistry.ACTION_INTENSITY.path(specs.get(k).id()));
            own.add(new Action(specs.get(k), w, utility[k], intensity));
        }
        return Deliberation.choose(w, own, w.idleWeight / Math.max(1, days), rng, m.today());
    }
}
