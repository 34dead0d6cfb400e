package entente.gui;

import entente.scenario.ActorField;
import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each state sits on the map: at its location, pulled inside the map if it lies beyond
 * it, and pushed apart from neighbours its circle would overlap (the US node, placed at
 * Yokosuka, would otherwise hide Japan's). Circle area is proportional to capability.
 */
final class MapLayout {
    /** Radius of the most capable state's circle, in map units (degrees of latitude). */
    static final double MAX_RADIUS = 2.0;
    static final double MIN_RADIUS = 0.6;
    /** Space kept between two circles and between a circle and the map's edge. */
    static final double GAP = 0.5;

    /**
     * A state's node: shown at (x, y), located at (trueX, trueY); its label goes in the unit
     * direction (labelX, labelY), away from the nearest other node.
     */
    record Placement(String id, double x, double y, double trueX, double trueY, double radius, boolean offMap,
                     double labelX, double labelY) {
        boolean displaced() {
            return Math.hypot(x - trueX, y - trueY) > radius / 2;
        }
    }

    private MapLayout() {}

    static List<Placement> place(Scenario s, MapProjection map) {
        List<Scenario.Actor> actors = s.actors();
        int n = actors.size();
        double maxCapability = 0;
        for (Scenario.Actor a : actors) {
            maxCapability = Math.max(maxCapability, capability(s, a));
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            Scenario.Actor a = actors.get(i);
            r[i] = maxCapability <= 0 ? MIN_RADIUS
                    : Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(capability(s, a) / maxCapability));
            x[i] = clamp(map.x(a.lon()), r[i], map.width());
            y[i] = clamp(map.y(a.lat()), r[i], map.height());
        }
        double[] x0 = x.clone();
        double[] y0 = y.clone();
        separate(x, y, r, map);
        List<Placement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Scenario.Actor a = actors.get(i);
            double[] away = away(i, x, y);
            out.add(new Placement(a.id(), x[i], y[i], x0[i], y0[i], r[i], !map.contains(a.lat(), a.lon()),
                    away[0], away[1]));
        }
        return out;
    }

    /** The unit direction from the nearest other node to node i (downwards when alone). */
    private static double[] away(int i, double[] x, double[] y) {
        int nearest = -1;
        for (int j = 0; j < x.length; j++) {
            if (j != i && (nearest < 0 || Math.hypot(x[j] - x[i], y[j] - y[i])
                    < Math.hypot(x[nearest] - x[i], y[nearest] - y[i]))) {
                nearest = j;
            }
        }
        if (nearest < 0) {
            return new double[] {0, 1};
        }
        double dx = x[i] - x[nearest];
        double dy = y[i] - y[nearest];
        double d = Math.hypot(dx, dy);
        return d == 0 ? new double[] {0, 1} : new double[] {dx / d, dy / d};
    }

    /** Pushes overlapping circles apart, half each, until none overlap (or after 200 rounds). */
    private static void separate(double[] x, double[] y, double[] r, MapProjection map) {
        for (int round = 0; round < 200; round++) {
            boolean moved = false;
            for (int i = 0; i < x.length; i++) {
                for (int j = i + 1; j < x.length; j++) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double d = Math.hypot(dx, dy);
                    double need = r[i] + r[j] + GAP;
                    if (d >= need) {
                        continue;
                    }
                    if (d < 1e-9) { // same spot: stack them north-south
                        dx = 0;
                        dy = 1;
                        d = 1;
                    }
                    double push = (need - d) / 2 + 1e-6;
                    x[i] = clamp(x[i] - push * dx / d, r[i], map.width());
                    y[i] = clamp(y[i] - push * dy / d, r[i], map.height());
                    x[j] = clamp(x[j] + push * dx / d, r[j], map.width());
                    y[j] = clamp(y[j] + push * dy / d, r[j], map.height());
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double capability(Scenario s, Scenario.Actor a) {
        return s.parameters().get(ActorField.CAPABILITY.path(a.id()));
    }

    private static double clamp(double v, double radius, double size) {
        return Math.max(radius + GAP, Math.min(size - radius - GAP, v));
    }
}
