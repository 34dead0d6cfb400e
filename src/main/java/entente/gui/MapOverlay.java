package entente.gui;

import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What is drawn over the map's corners, in lettering of a fixed size: the date (top right), the
 * legend (top left) and the events of the last week (bottom left).
 */
final class MapOverlay {
    static final int RECENT_DAYS = 7;
    static final int RECENT_LINES = 4;
    /** Pixels (at font scale 1) the legend and the date take at the top of the map. */
    static final int TOP_BAND = 72;

    private MapOverlay() {}

    static void draw(Graphics2D g, EntenteModel m, int width, int height) {
        RunRecord r = m.record();
        if (r == null || r.days() == 0) {
            return;
        }
        float pad = 8 * GuiFonts.factor();
        date(g, m, width, pad);
        legend(g, m.world().escalationMax(), pad);
        recent(g, r, height, pad);
    }

    /** The last simulated day, top right. */
    private static void date(Graphics2D g, EntenteModel m, int width, float pad) {
        RunRecord r = m.record();
        Font big = GuiFonts.font(Font.BOLD, 17);
        Font small = GuiFonts.font(Font.PLAIN, 12);
        String date = Format.longDate(r.date(r.days() - 1));
        String count = "day " + r.days() + " of " + m.scenario().days();
        double w = Math.max(width(g, big, date), width(g, small, count)) + 2 * pad;
        double h = big.getSize() + small.getSize() + 2.2 * pad;
        double x = width - w - pad;
        box(g, x, pad, w, h);
        text(g, date, big, x + pad, pad * 1.6 + big.getSize() * 0.85);
        g.setColor(MapStyle.MUTED);
        text(g, count, small, x + pad, pad * 1.6 + big.getSize() + small.getSize());
    }

    /** Escalation colours and numbers, circle size and line styles, top left. */
    private static void legend(Graphics2D g, double max, float pad) {
        Font font = GuiFonts.font(Font.PLAIN, 12);
        double line = font.getSize() * 1.45;
        String first = "Colour and number: escalation 0";
        double bar = 70 * GuiFonts.factor();
        double w = width(g, font, first + " " + Format.fixed(max, 0)) + bar + 3 * pad;
        double h = 3 * line + pad * 1.4;
        box(g, pad, pad, w, h);
        double x = 2 * pad;
        double base = pad * 1.4 + font.getSize();
        text(g, first, font, x, base);
        double bx = x + width(g, font, first) + pad / 2;
        g.setPaint(MapStyle.escalationScale((float) bx, (float) (bx + bar)));
        g.fill(new Rectangle2D.Double(bx, base - font.getSize() * 0.8, bar, font.getSize() * 0.9));
        text(g, Format.fixed(max, 0), font, bx + bar + pad / 2, base);
        text(g, "Circle size: power    Line width: strength", font, x, base + line);
        double y = base + 2 * line;
        double length = bar * 0.6;
        sample(g, x, y - font.getSize() * 0.35, 0.5, length);
        text(g, "allied", font, x + length + pad / 2, y);
        double hx = x + length + width(g, font, "allied") + 1.5 * pad;
        sample(g, hx, y - font.getSize() * 0.35, -0.5, length);
        text(g, "hostile", font, hx + length + pad / 2, y);
    }

    /** The events of the last week, newest first, bottom left. */
    private static void recent(Graphics2D g, RunRecord r, int height, float pad) {
        List<String> lines = new ArrayList<>();
        List<ModelEvent> events = r.events();
        for (int k = events.size() - 1; k >= 0 && lines.size() < RECENT_LINES; k--) {
            ModelEvent e = events.get(k);
            if (e.day() < r.days() - RECENT_DAYS) {
                break;
            }
            lines.add(EventLines.describe(e, r));
        }
        if (lines.isEmpty()) {
            return;
        }
        Font head = GuiFonts.font(Font.BOLD, 12);
        Font font = GuiFonts.font(Font.PLAIN, 12);
        double line = font.getSize() * 1.35;
        double w = width(g, head, "This week");
        for (String l : lines) {
            w = Math.max(w, width(g, font, l));
        }
        double h = line * (lines.size() + 1) + pad;
        double y = height - h - pad;
        box(g, pad, y, w + 2 * pad, h);
        text(g, "This week", head, 2 * pad, y + pad / 2 + line * 0.85);
        for (int k = 0; k < lines.size(); k++) {
            text(g, lines.get(k), font, 2 * pad, y + pad / 2 + line * (k + 1.85));
        }
    }

    private static double width(Graphics2D g, Font f, String s) {
        FontMetrics fm = g.getFontMetrics(f);
        return fm.stringWidth(s);
    }

    private static void box(Graphics2D g, double x, double y, double w, double h) {
        RoundRectangle2D box = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
        g.setColor(MapStyle.PANEL);
        g.fill(box);
        g.setColor(MapStyle.COAST);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        g.setColor(MapStyle.TEXT);
    }

    private static void text(Graphics2D g, String s, Font font, double x, double baseline) {
        g.setFont(font);
        g.drawString(s, (float) x, (float) baseline);
        g.setColor(MapStyle.TEXT);
    }

    private static void sample(Graphics2D g, double x, double y, double alignment, double length) {
        g.setColor(MapStyle.alignment(alignment));
        g.setStroke(MapStyle.alignmentStroke(alignment));
        g.draw(new Line2D.Double(x, y, x + length, y));
    }
}
