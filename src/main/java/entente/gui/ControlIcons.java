package entente.gui;

import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import javax.swing.Icon;

/** The buttons' symbols, drawn rather than taken from a font that may lack them. */
enum ControlIcons implements Icon {
    PLAY, PAUSE, STEP, RESET;

    @Override
    public void paintIcon(Component c, Graphics graphics, int x, int y) {
        Graphics2D g = (Graphics2D) graphics.create();
        MapStyle.smooth(g);
        g.setColor(c.isEnabled() ? MapStyle.TEXT : MapStyle.COAST);
        g.translate(x, y);
        double s = getIconWidth();
        switch (this) {
            case PLAY -> g.fill(triangle(s * 0.15, s));
            case PAUSE -> {
                g.fill(new Rectangle2D.Double(s * 0.18, s * 0.12, s * 0.22, s * 0.76));
                g.fill(new Rectangle2D.Double(s * 0.6, s * 0.12, s * 0.22, s * 0.76));
            }
            case STEP -> {
                g.fill(triangle(s * 0.08, s * 0.8));
                g.fill(new Rectangle2D.Double(s * 0.72, s * 0.12, s * 0.16, s * 0.76));
            }
            case RESET -> {
                g.setStroke(new BasicStroke((float) (s * 0.14), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                g.draw(new Arc2D.Double(s * 0.15, s * 0.15, s * 0.7, s * 0.7, 100, 280, Arc2D.OPEN));
                Path2D head = new Path2D.Double();
                head.moveTo(s * 0.38, s * 0.0);
                head.lineTo(s * 0.62, s * 0.17);
                head.lineTo(s * 0.38, s * 0.36);
                head.closePath();
                g.fill(head);
            }
        }
        g.dispose();
    }

    private static Path2D triangle(double left, double width) {
        Path2D p = new Path2D.Double();
        p.moveTo(left, width * 0.1);
        p.lineTo(left + width * 0.7, width * 0.5);
        p.lineTo(left, width * 0.9);
        p.closePath();
        return p;
    }

    @Override
    public int getIconWidth() {
        return Math.round(14 * GuiFonts.factor());
    }

    @Override
    public int getIconHeight() {
        return getIconWidth();
    }
}
