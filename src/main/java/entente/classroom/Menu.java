package entente.classroom;

import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/** The moves open to a state each turn: the scenario's options for it, doing nothing, a public statement. */
final class Menu {
    /** One line of the menu. */
    record Item(String id, String label, Scenario.Action action) {}

    private Menu() {}

    static List<Item> of(Scenario s, Words words, String actor) {
        List<Item> items = new ArrayList<>();
        for (Scenario.Action a : s.actions()) {
            if (a.actor().equals(actor)) {
                items.add(new Item(a.id(), words.option(a.type(), a.subtype(), a.overflight(), a.partners(), a.targets()), a));
            }
        }
        items.add(new Item(Choice.NOTHING, "Do nothing this week", null));
        items.add(new Item(Choice.STATEMENT, "Make a public statement", null));
        return items;
    }

    static Scenario.Action action(Scenario s, String actor, String id) {
        for (Scenario.Action a : s.actions()) {
            if (a.actor().equals(actor) && a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }
}
