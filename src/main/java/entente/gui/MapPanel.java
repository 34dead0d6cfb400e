package entente.gui;

import entente.model.EntenteModel;
import entente.model.World;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;

/**
 * The map: the region, a circle per state (area its power, colour and number its escalation)
 * and a line between every two states (blue and solid when aligned, orange-red and dashed when
 * hostile, wider the stronger). It shows the part of the region where the states are, as large
 * as the panel allows, and is redrawn from the model whenever the window refreshes. A click on a
 * state selects it.
 */
final class MapPanel extends JComponent {
    private static final long serialVersionUID = 1L;
    /** Pixels (at font scale 1) kept around the states' circles for their names and numbers. */
    private static final double LABEL_ROOM = 34;
    /** The smallest view, in map units: a few neighbours are shown in their region, not blown up. */
    private static final double MIN_VIEW_WIDTH = 24;
    private static final double MIN_VIEW_HEIGHT = 10;
    /** A click this many pixels from a small state's centre still selects it. */
    private static final double MIN_HIT = 14;

    private final RegionOutline outline = RegionOutline.load();
    private final MapProjection map = outline.projection();
    private final EntenteGui gui;
    private List<MapLayout.Placement> places = List.of();
    private String selected;

    MapPanel(EntenteGui gui, Consumer<String> onSelect) {
        this.gui = gui;
        setName("map");
        setPreferredSize(new Dimension(640, 300));
        setToolTipText("");
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                String id = stateAt(e.getX(), e.getY());
                if (id != null) {
                    onSelect.accept(id);
                }
            }
        });
    }

    /** Places the states of a newly started run. */
    void newRun(EntenteModel m) {
        places = MapLayout.place(m.scenario(), map);
        repaint();
    }

    void select(String id) {
        selected = id;
        repaint();
    }

    /** The state whose circle is at a point of the panel, or null. */
    String stateAt(int x, int y) {
        AffineTransform t = transform();
        for (MapLayout.Placement p : places) {
            Point2D c = t.transform(new Point2D.Double(p.x(), p.y()), null);
            double r = Math.max(MIN_HIT, p.radius() * t.getScaleX());
            if (c.distance(x, y) <= r) {
                return p.id();
            }
        }
        return null;
    }

    /** Where a state's circle is drawn, in the panel's pixels (for tests that click it). */
    Point2D centre(String id) {
        MapLayout.Placement p = places.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
        return transform().transform(new Point2D.Double(p.x(), p.y()), null);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        String id = stateAt(e.getX(), e.getY());
        return id == null ? null : SeriesNames.name(id, gui.scenario()) + " (" + id + "): click to see what it sees";
    }

    /**
     * Map units to pixels: the states' circles as large as the panel allows with room for their
     * labels around them and for the legend and date above them, the view widened to the
     * panel's shape (within the map where it can).
     */
    private AffineTransform transform() {
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (MapLayout.Placement p : places) {
            x0 = Math.min(x0, p.x() - p.radius());
            y0 = Math.min(y0, p.y() - p.radius());
            x1 = Math.max(x1, p.x() + p.radius());
            y1 = Math.max(y1, p.y() + p.radius());
        }
        if (places.isEmpty()) {
            x0 = 0;
            y0 = 0;
            x1 = map.width();
            y1 = map.height();
        }
        double bw = Math.max(MIN_VIEW_WIDTH, x1 - x0);
        double bh = Math.max(MIN_VIEW_HEIGHT, y1 - y0);
        Rectangle2D box = new Rectangle2D.Double((x0 + x1 - bw) / 2, (y0 + y1 - bh) / 2, bw, bh);
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double room = LABEL_ROOM * GuiFonts.factor();
        double band = MapOverlay.TOP_BAND * GuiFonts.factor();
        // the states go in the panel less the label room around them and the band at the top
        double innerW = Math.max(w / 3, w - 2 * room);
        double innerH = Math.max(h / 3, h - 2 * room - band);
        // as large as the label room allows, and at least filling the width when the circles still fit
        double scale = Math.max(Math.min(innerW / box.getWidth(), innerH / box.getHeight()),
                Math.min(w / map.width(), (h - band) / box.getHeight()));
        double viewW = w / scale;
        double viewH = h / scale;
        double below = (h - band - innerH) / 2; // pixels between the states' box and the bottom
        double left = clamp(box.getCenterX() - viewW / 2, viewW, map.width());
        double top = clamp(box.getMaxY() + below / scale - viewH, viewH, map.height());
        AffineTransform t = AffineTransform.getScaleInstance(scale, scale);
        t.preConcatenate(AffineTransform.getTranslateInstance(-left * scale, -top * scale));
        return t;
    }

    /** Keeps a view of this size inside the map, or centres it on the map when it is larger. */
    private static double clamp(double start, double size, double mapSize) {
        if (size >= mapSize) {
            return (mapSize - size) / 2;
        }
        return Math.max(0, Math.min(mapSize - size, start));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        MapStyle.smooth(g);
        g.setColor(MapStyle.SEA);
        g.fillRect(0, 0, getWidth(), getHeight());
        AffineTransform t = transform();
        drawOutline(g, t);
        synchronized (gui.lock()) {
            EntenteModel m = gui.model();
            if (m.world() != null) {
                drawAlignments(g, t, m.world());
                for (int i = 0; i < places.size(); i++) {
                    drawState(g, t, places.get(i), m.world(), i);
                }
                MapOverlay.draw(g, m, getWidth(), getHeight());
            }
        }
        g.dispose();
    }

    private void drawOutline(Graphics2D g, AffineTransform t) {
        g.setStroke(new BasicStroke(1.2f));
        for (Path2D p : outline.land()) {
            var shape = t.createTransformedShape(p);
            g.setColor(MapStyle.LAND);
            g.fill(shape);
            g.setColor(MapStyle.COAST);
            g.draw(shape);
        }
        g.setColor(MapStyle.BORDER);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 4}, 0));
        for (Path2D p : outline.borders()) {
            g.draw(t.createTransformedShape(p));
        }
    }

    private void drawAlignments(Graphics2D g, AffineTransform t, World w) {
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                double a = w.alignment(i, j);
                if (Math.abs(a) < MapStyle.FAINTEST) {
                    continue;
                }
                Point2D from = t.transform(new Point2D.Double(places.get(i).x(), places.get(i).y()), null);
                Point2D to = t.transform(new Point2D.Double(places.get(j).x(), places.get(j).y()), null);
                g.setColor(MapStyle.alignment(a));
                g.setStroke(MapStyle.alignmentStroke(a));
                g.draw(new Line2D.Double(from, to));
            }
        }
    }

    /**
     * A state: its circle, a thin line to its true location when the layout moved it, a dashed
     * rim when it lies beyond the map, a thick ring when selected, and its code and escalation.
     */
    private void drawState(Graphics2D g, AffineTransform t, MapLayout.Placement p, World w, int i) {
        double scale = t.getScaleX();
        Point2D c = t.transform(new Point2D.Double(p.x(), p.y()), null);
        double r = p.radius() * scale;
        if (p.displaced()) {
            Point2D truePlace = t.transform(new Point2D.Double(p.trueX(), p.trueY()), null);
            g.setColor(MapStyle.TEXT);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(truePlace, c));
            g.fill(new Ellipse2D.Double(truePlace.getX() - 3.5, truePlace.getY() - 3.5, 7, 7));
        }
        Ellipse2D circle = new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
        g.setColor(MapStyle.escalation(w.escalation(i), w.escalationMax()));
        g.fill(circle);
        boolean isSelected = p.id().equals(selected);
        if (isSelected) {
            g.setColor(new Color(255, 255, 255, 230));
            g.setStroke(new BasicStroke(9f));
            g.draw(circle);
        }
        g.setColor(isSelected ? Color.BLACK : MapStyle.TEXT);
        g.setStroke(p.offMap() ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6, 4}, 0)
                : new BasicStroke(isSelected ? 5f : 2f));
        g.draw(circle);
        Font code = GuiFonts.font(Font.BOLD, 15);
        Font value = GuiFonts.font(Font.BOLD, 13);
        String name = SeriesNames.name(p.id(), gui.scenario());
        double halfW = g.getFontMetrics(code).stringWidth(name) / 2.0 + 3;
        double halfH = code.getSize() * 1.1 + 3;
        Point2D at = labelCentre(c, r + code.getSize() * 1.6, p, halfW, halfH);
        MapStyle.haloText(g, name, code, MapStyle.TEXT, at.getX(), at.getY() - code.getSize() * 0.55);
        MapStyle.haloText(g, Format.fixed(w.escalation(i), 1), value, MapStyle.MUTED, at.getX(),
                at.getY() + value.getSize() * 0.6);
    }

    /**
     * Where a state's label goes: beside its circle, facing away from the nearest other state,
     * or, when that would leave the panel, to the right, the left, above or below it.
     */
    private Point2D labelCentre(Point2D c, double reach, MapLayout.Placement p, double halfW, double halfH) {
        double[][] directions = {{p.labelX(), p.labelY()}, {1, 0}, {-1, 0}, {0, -1}, {0, 1}};
        for (double[] d : directions) {
            // sideways, the label's own half width is added so that it clears the circle
            double x = c.getX() + d[0] * (reach + (Math.abs(d[0]) > 0.7 ? halfW - halfH : 0));
            double y = c.getY() + d[1] * reach;
            if (x - halfW >= 0 && x + halfW <= getWidth() && y - halfH >= 0 && y + halfH <= getHeight()) {
                return new Point2D.Double(x, y);
            }
        }
        return new Point2D.Double(c.getX() + p.labelX() * reach, c.getY() + p.labelY() * reach);
    }
}
