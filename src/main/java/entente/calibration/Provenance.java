package entente.calibration;

import entente.scenario.Factor;
import entente.calibration.Derivation.Derived;
import entente.scenario.ParameterFamily;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where each number of a scenario comes from: coded claims, a published figure, the fit, a
 * neutral default because no claim speaks to it, or a hand-set value. Counted by parameter
 * family (all actors, events, actions, event types of one kind together).
 */
public final class Provenance {
    /** The origins a number can have, in report order. */
    public enum Origin {
        CLAIMS("claims"), FIGURE("figures"), FITTED("fitted"), DEFAULT("no claim"), HAND_SET("hand-set");

        private final String label;

        Origin(String label) {
            this.label = label;
        }
    }

    private static final Pattern PREFERENCE =
            Pattern.compile("actors\\.[A-Z]{3}\\.(threat_sensitivity|hedging|(sensitivity|affinity|dependence)\\.[A-Z_]+)");

    private Provenance() {}

    /**
     * Counts per family (its template) and origin, families in name order; events' on/off
     * switches say whether an event happens and are not numbers of the model, so they are left out.
     */
    public static Map<String, int[]> count(Parameters p, Collection<Derived> derived, Collection<Figure> figures,
                                           Set<String> fitted) {
        Set<String> fromClaims = derived.stream().map(Derived::path).collect(Collectors.toSet());
        Set<String> fromFigures = figures.stream().map(Figure::path).collect(Collectors.toSet());
        Map<String, int[]> out = new TreeMap<>();
        p.asMap().forEach((path, value) -> {
            ParameterFamily family = ParameterRegistry.family(path);
            if (family.isSwitch()) {
                return;
            }
            Origin o = fitted.contains(path) ? Origin.FITTED
                    : fromClaims.contains(path) ? Origin.CLAIMS
                    : fromFigures.contains(path) ? Origin.FIGURE
                    : PREFERENCE.matcher(path).matches() && value == preferenceDefault(path) ? Origin.DEFAULT
                    : Origin.HAND_SET;
            out.computeIfAbsent(family.template(), f -> new int[Origin.values().length])[o.ordinal()]++;
        });
        return out;
    }

    /** The value a preference takes when no claim speaks to it: its family's default. */
    public static double preferenceDefault(String path) {
        return ParameterRegistry.family(path).defaultValue();
    }

    /** The counts as a table of comment lines, with totals and the share from evidence (claims and figures). */
    public static String table(Map<String, int[]> counts, String title) {
        StringBuilder b = new StringBuilder("# ").append(title).append('\n');
        String format = "#   %-40s" + "%10s".repeat(Origin.values().length) + "%n";
        b.append(String.format(Locale.ROOT, format, header()));
        int[] total = new int[Origin.values().length];
        counts.forEach((family, n) -> {
            b.append(String.format(Locale.ROOT, format, row(family, n)));
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        });
        b.append(String.format(Locale.ROOT, format, row("total", total)));
        int all = Arrays.stream(total).sum();
        int evidence = total[Origin.CLAIMS.ordinal()] + total[Origin.FIGURE.ordinal()];
        b.append(String.format(Locale.ROOT, "#   from evidence (claims and figures): %d of %d (%.0f %%); fitted %d; "
                        + "no claim, neutral default %d; hand-set %d%n", evidence, all, 100.0 * evidence / all,
                total[Origin.FITTED.ordinal()], total[Origin.DEFAULT.ordinal()], total[Origin.HAND_SET.ordinal()]));
        return b.toString();
    }

    private static Object[] header() {
        Object[] h = new Object[Origin.values().length + 1];
        h[0] = "family";
        for (Origin o : Origin.values()) {
            h[o.ordinal() + 1] = o.label;
        }
        return h;
    }

    private static Object[] row(String family, int[] n) {
        Object[] r = new Object[n.length + 1];
        r[0] = family;
        for (int i = 0; i < n.length; i++) {
            r[i + 1] = n[i] == 0 ? "." : Integer.toString(n[i]);
        }
        return r;
    }

    /** Paths of the calibrated free parameters. */
    public static Set<String> fittedPaths(List<Factor> free) {
        return free.stream().flatMap(f -> f.paths().stream()).collect(Collectors.toSet());
    }
}
