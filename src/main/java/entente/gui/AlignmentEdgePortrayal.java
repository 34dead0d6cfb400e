package entente.gui;

import entente.model.World;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** A line between two states, blue when they are aligned, red when hostile, wider the stronger. */
final class AlignmentEdgePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Alignments weaker than this are not drawn, to keep the map readable. */
    static final double FAINTEST = 0.05;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Edge e = (Edge) object;
        StateNode a = (StateNode) e.getFrom();
        StateNode b = (StateNode) e.getTo();
        World w = a.world();
        double alignment = w.alignment(a.index, b.index);
        if (Math.abs(alignment) < FAINTEST) {
            return;
        }
        EdgeDrawInfo2D ei = (EdgeDrawInfo2D) info;
        MapStyle.smooth(g);
        g.setColor(MapStyle.alignment(alignment));
        g.setStroke(MapStyle.stroke(MapStyle.alignmentWidth(alignment)));
        g.draw(new Line2D.Double(ei.draw.x, ei.draw.y, ei.secondPoint.x, ei.secondPoint.y));
    }

    /** Lines are not clickable: a click on the map is for the states. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
