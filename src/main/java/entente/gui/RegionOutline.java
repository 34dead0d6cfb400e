package entente.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of the region drawn under the map: land polygons and country borders from
 * Natural Earth (public domain), clipped and simplified by tools/region-map.mjs. Shapes are in
 * map coordinates of {@link #projection()}.
 */
final class RegionOutline {
    static final String RESOURCE = "/entente/gui/region-map.json";

    private final MapProjection projection;
    private final List<Path2D> land = new ArrayList<>();
    private final List<Path2D> borders = new ArrayList<>();

    private RegionOutline(JsonNode root) {
        JsonNode b = root.get("bounds");
        projection = new MapProjection(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble());
        root.get("land").forEach(ring -> land.add(path(ring, true)));
        root.get("borders").forEach(line -> borders.add(path(line, false)));
    }

    static RegionOutline load() {
        try (InputStream in = RegionOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new RegionOutline(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path through flat [lon, lat, lon, lat, ...] pairs. */
    private Path2D path(JsonNode flat, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        for (int k = 0; k + 1 < flat.size(); k += 2) {
            double x = projection.x(flat.get(k).asDouble());
            double y = projection.y(flat.get(k + 1).asDouble());
            if (k == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    MapProjection projection() {
        return projection;
    }

    List<Path2D> land() {
        return land;
    }

    List<Path2D> borders() {
        return borders;
    }
}
