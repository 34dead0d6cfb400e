package entente.cli;

import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A region of any number of states, built in code to measure how a run's cost grows with the
 * number of states. Two blocs alternate (even and odd states): friends within a bloc, rivals
 * across, each pair's affinity a little off the bloc's by a fixed pseudo-random amount; states
 * spread over the map of Northeast Asia; every state has one option (even states drill with a
 * bloc partner against a rival, odd states test missiles at one), and a drill is scripted every
 * two months. Everything is a fixed function of the state's index, so a region is the same on
 * every machine.
 */
public final class SyntheticRegion {
    private static final LocalDate START = LocalDate.of(2022, 1, 1);

    private SyntheticRegion() {}

    public static Scenario of(int states, int days) throws InputException {
        if (states < 4) {
            throw new IllegalArgumentException("a synthetic region needs at least four states, not " + states);
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            ids.add(id(i));
        }
        StringBuilder y = new StringBuilder();
        y.append("name: synthetic-").append(states).append('\n');
        y.append("title: Synthetic region of ").append(states).append(" states\n");
        y.append("period: {start: ").append(START).append(", end: ").append(START.plusDays(days - 1L)).append("}\n");
        y.append("seed: 1\n");
        y.append("blocs: {trilateral: [").append(ids.get(0)).append(", ").append(ids.get(2))
                .append("], counter: [").append(ids.get(1)).append(", ").append(ids.get(3)).append("]}\n");
        y.append("hedging_poles: [").append(ids.get(0)).append(", ").append(ids.get(1)).append("]\n");
        y.append("actors:\n");
        for (int i = 0; i < states; i++) {
            y.append("  ").append(ids.get(i)).append(": {location: [")
                    .append(round(30 + 15 * fraction(i, 1))).append(", ").append(round(115 + 30 * fraction(i, 2)))
                    .append("], capability: ").append(round(0.01 + 0.2 * fraction(i, 3)))
                    .append(", spending: ").append(round(1 + 3 * fraction(i, 4)))
                    .append(", escalation: ").append(round(1 + fraction(i, 5)))
                    .append(", fatigue: 0.03, affinity: {");
            for (int j = 0; j < states; j++) {
                if (j != i) {
                    double base = i % 2 == j % 2 ? 0.5 : -0.4;
                    y.append(j == 0 || j == 1 && i == 0 ? "" : ", ").append(ids.get(j)).append(": ")
                            .append(round(base + 0.2 * (fraction(i * states + j, 6) - 0.5)));
                }
            }
            y.append("}}\n");
        }
        y.append("treaties:\n");
        for (int i = 0; i + 2 < states; i += 2) {
            y.append("  - {parties: [").append(ids.get(i)).append(", ").append(ids.get(i + 2)).append("], strength: 0.8}\n");
        }
        y.append("actions:\n");
        for (int i = 0; i < states; i++) {
            String rival = ids.get((i + 1) % states);
            if (i % 2 == 0) {
                y.append("  - {id: drill-").append(i).append(", actor: ").append(ids.get(i))
                        .append(", type: JOINT_EXERCISE, partners: [").append(ids.get((i + 2) % states))
                        .append("], targets: [").append(rival).append("], utility: {bias: -3.0, provocation: 2.0}}\n");
            } else {
                y.append("  - {id: test-").append(i).append(", actor: ").append(ids.get(i))
                        .append(", type: MISSILE_TEST, subtype: SRBM, targets: [").append(rival)
                        .append("], utility: {bias: -3.0, provocation: 1.0, restraint: -0.5}}\n");
            }
        }
        y.append("events:\n");
        for (int d = 30, k = 0; d < days; d += 61, k++) {
            int a = 2 * (k % (states / 2));
            y.append("  - {id: drill-").append(k).append("-scripted, date: ").append(START.plusDays(d))
                    .append(", type: JOINT_EXERCISE, actors: [").append(ids.get(a)).append(", ")
                    .append(ids.get((a + 2) % states)).append("], targets: [").append(ids.get(a + 1))
                    .append("], source: \"ext: synthetic region\"}\n");
        }
        return ScenarioReader.fromText("synthetic-" + states + ".yaml", y.toString());
    }

    /** A three-letter code: SAA, SAB, ... */
    static String id(int i) {
        return "S" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    /** A fixed number in [0, 1) for (index, salt): the fractional part of a multiple of the golden ratio. */
    private static double fraction(int index, int salt) {
        double x = (index + 1) * 0.6180339887498949 + salt * 0.7548776662466927;
        return x - Math.floor(x);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
