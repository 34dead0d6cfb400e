package entente.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import entente.TestScenarios;
import entente.scenario.Scenario;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The map outline covers the region, and states are placed where they are without hiding each other. */
class MapLayoutTest {
    private final RegionOutline outline = RegionOutline.load();
    private final MapProjection map = outline.projection();

    @Test
    void outlineHasTheRegionsLandAndBordersInsideTheMap() {
        assertTrue(outline.land().size() >= 10, "continent, Japan's and Korea's coasts, islands");
        assertTrue(outline.borders().size() >= 3);
        Rectangle2D bounds = new Rectangle2D.Double(-1e-9, -1e-9, map.width() + 2e-9, map.height() + 2e-9);
        for (Path2D p : outline.land()) {
            assertTrue(bounds.contains(p.getBounds2D()), "clipped to the map: " + p.getBounds2D());
        }
        // Seoul, Tokyo and Beijing are on land; the middle of the Sea of Japan is not.
        assertTrue(onLand(37.57, 126.98) && onLand(35.68, 139.69) && onLand(39.9, 116.4));
        assertFalse(onLand(40.0, 134.0));
    }

    private boolean onLand(double lat, double lon) {
        return outline.land().stream().anyMatch(p -> p.contains(map.x(lon), map.y(lat)));
    }

    private Map<String, MapLayout.Placement> place(Scenario s) {
        return MapLayout.place(s, map).stream().collect(Collectors.toMap(MapLayout.Placement::id, Function.identity()));
    }

    @Test
    void baselineStatesDoNotOverlapAndStayNearTheirLocations() {
        Scenario s = TestScenarios.load(TestScenarios.BASELINE);
        Map<String, MapLayout.Placement> p = place(s);
        assertEquals(s.actorIds().size(), p.size());
        List<MapLayout.Placement> all = List.copyOf(p.values());
        for (int i = 0; i < all.size(); i++) {
            MapLayout.Placement a = all.get(i);
            assertTrue(a.x() - a.radius() > 0 && a.x() + a.radius() < map.width()
                    && a.y() - a.radius() > 0 && a.y() + a.radius() < map.height(), a.id() + " inside the map");
            for (int j = i + 1; j < all.size(); j++) {
                MapLayout.Placement b = all.get(j);
                assertTrue(Math.hypot(a.x() - b.x(), a.y() - b.y()) >= a.radius() + b.radius(), a.id() + " and " + b.id());
            }
            assertTrue(Math.hypot(a.x() - a.trueX(), a.y() - a.trueY()) < 3, a.id() + " moved little");
        }
        // The US node (Yokosuka) and Japan's (Tokyo) sit 40 km apart: both had to move, and show it.
        assertTrue(p.get("USA").displaced() && p.get("JPN").displaced());
        assertFalse(p.get("CHN").displaced());
        // Area follows capability: China's circle is the largest, North Korea's the smallest.
        assertEquals(MapLayout.MAX_RADIUS, p.get("CHN").radius(), 1e-12);
        assertTrue(p.get("PRK").radius() < p.get("KOR").radius());
    }

    @Test
    void aStateBeyondTheMapIsPulledToItsEdgeAndMarked() {
        String text = TestScenarios.text(TestScenarios.SIX_STATES).replace("location: [35.3, 139.7]", "location: [38.9, -77.0]");
        Map<String, MapLayout.Placement> p = place(TestScenarios.parse(text));
        assertTrue(p.get("USA").offMap());
        assertFalse(p.get("JPN").offMap());
        assertTrue(p.get("USA").x() > 0 && p.get("USA").x() < map.width());
    }
}
