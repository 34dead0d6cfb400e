package entente.gui;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/** The sea, the land and the country borders under the states. */
final class OutlinePortrayal extends FieldPortrayal2D {
    private static final float[] DASH = {5, 4};
    private final RegionOutline outline;

    OutlinePortrayal(RegionOutline outline) {
        this.outline = outline;
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        MapProjection map = outline.projection();
        MapStyle.smooth(g);
        g.setColor(MapStyle.SEA);
        g.fill(new Rectangle2D.Double(info.draw.x, info.draw.y, info.draw.width, info.draw.height));
        AffineTransform toScreen = new AffineTransform(info.draw.width / map.width(), 0, 0,
                info.draw.height / map.height(), info.draw.x, info.draw.y);
        g.setStroke(new BasicStroke(1.2f));
        for (Path2D p : outline.land()) {
            var shape = toScreen.createTransformedShape(p);
            g.setColor(MapStyle.LAND);
            g.fill(shape);
            g.setColor(MapStyle.COAST);
            g.draw(shape);
        }
        g.setColor(MapStyle.BORDER);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, DASH, 0));
        for (Path2D p : outline.borders()) {
            g.draw(toScreen.createTransformedShape(p));
        }
    }
}
