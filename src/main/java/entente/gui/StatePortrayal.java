package entente.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.Locale;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a state: a circle whose area is its capability and whose colour is its escalation,
 * its code and escalation level beside it, and, when the layout had to move it, a thin line
 * to where it really is. A state located beyond the map has a dashed rim.
 */
final class StatePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final float[] DASH = {6, 4};
    /** Pixels per map unit when the map is shown at its own size: lettering has its set size there. */
    private final double nominalScale;

    StatePortrayal(double nominalScale) {
        this.nominalScale = nominalScale;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        StateNode node = (StateNode) object;
        MapLayout.Placement p = node.place;
        MapStyle.smooth(g);
        double scale = info.draw.width; // pixels per map unit
        double r = p.radius() * scale;
        double cx = info.draw.x;
        double cy = info.draw.y;
        if (p.displaced()) {
            double tx = cx + (p.trueX() - p.x()) * scale;
            double ty = cy + (p.trueY() - p.y()) * scale;
            g.setColor(MapStyle.TEXT);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(tx, ty, cx, cy));
            g.fill(new Ellipse2D.Double(tx - 3.5, ty - 3.5, 7, 7));
        }
        Ellipse2D circle = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(MapStyle.escalation(node.escalation(), node.escalationMax()));
        g.fill(circle);
        g.setColor(info.selected ? Color.BLACK : MapStyle.TEXT);
        g.setStroke(p.offMap() ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, DASH, 0)
                : new BasicStroke(info.selected ? 5f : 2.5f));
        g.draw(circle);
        // The label sits beside the circle, facing away from the nearest other state, and
        // grows and shrinks with the map.
        double zoom = scale / nominalScale;
        double reach = r + 38 * zoom; // clears the circle for a label about 70 by 44 pixels
        double lx = cx + p.labelX() * reach;
        double ly = cy + p.labelY() * reach;
        Graphics2D lg = (Graphics2D) g.create();
        lg.translate(lx, ly);
        lg.scale(zoom, zoom);
        MapStyle.haloText(lg, node.id(), MapStyle.LABEL, MapStyle.TEXT, 0, -9);
        MapStyle.haloText(lg, String.format(Locale.ROOT, "x %.2f", node.escalation()), MapStyle.VALUE,
                MapStyle.MUTED, 0, 12);
        lg.dispose();
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        StateNode node = (StateNode) object;
        double r = node.place.radius() * range.draw.width;
        return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }
}
