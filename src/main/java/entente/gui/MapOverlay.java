package entente.gui;

import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * What is drawn over the map, fixed to the window's corners rather than to the map: the
 * date, the legend, and the events of the last week. It grows and shrinks with the map, so
 * that it covers the same empty corners of the region (Mongolia, Okhotsk, the South China
 * Sea) at any zoom.
 */
final class MapOverlay extends FieldPortrayal2D {
    static final int RECENT_DAYS = 7;
    static final int RECENT_LINES = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
    private static final int PAD = 12;

    private final Supplier<EntenteModel> model;

    MapOverlay(Supplier<EntenteModel> model) {
        this.model = model;
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        EntenteModel m = model.get();
        if (m.record() == null) {
            return;
        }
        double scale = info.draw.width / MapView.WIDTH;
        Graphics2D sg = (Graphics2D) g.create();
        MapStyle.smooth(sg);
        sg.translate(info.clip.getX(), info.clip.getY());
        sg.scale(scale, scale);
        Rectangle2D view = new Rectangle2D.Double(0, 0, info.clip.getWidth() / scale, info.clip.getHeight() / scale);
        date(sg, m, view);
        legend(sg, m.world().escalationMax(), view);
        recent(sg, m.record(), view);
        sg.dispose();
    }

    /** The last simulated day, top right. */
    private static void date(Graphics2D g, EntenteModel m, Rectangle2D view) {
        RunRecord r = m.record();
        int day = Math.max(0, r.days() - 1);
        String date = r.days() == 0 ? "starts " + r.date(0).format(DATE) : r.date(day).format(DATE);
        String count = "day " + r.days() + " of " + m.scenario().days();
        // wide enough for the longest dates ("Wed 28 September 2022") in the display font
        double w = Math.max(360, g.getFontMetrics(MapStyle.DATE).stringWidth(date) + 40);
        panel(g, view.getMaxX() - w - PAD, view.getY() + PAD, w, 74);
        MapStyle.haloText(g, date, MapStyle.DATE, MapStyle.TEXT, view.getMaxX() - w / 2 - PAD, view.getY() + PAD + 24);
        MapStyle.haloText(g, count, MapStyle.TEXT_FONT, MapStyle.MUTED, view.getMaxX() - w / 2 - PAD,
                view.getY() + PAD + 56);
    }

    /** Escalation colours, circle size and line colours, top left. */
    private static void legend(Graphics2D g, double max, Rectangle2D view) {
        double x = view.getX() + PAD;
        double y = view.getY() + PAD;
        double w = 290;
        panel(g, x, y, w, 214);
        double left = x + 14;
        text(g, "Escalation level (circle colour)", MapStyle.HEADING, left, y + 24);
        double barW = w - 28;
        g.setPaint(MapStyle.escalationScale((float) left, (float) (left + barW)));
        g.fill(new Rectangle2D.Double(left, y + 34, barW, 18));
        g.setColor(MapStyle.MUTED);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(left, y + 34, barW, 18));
        for (int k = 0; k <= 4; k++) {
            double tx = left + barW * k / 4;
            String label = Double.toString(max * k / 4).replaceAll("\\.0$", "");
            MapStyle.haloText(g, label, MapStyle.TEXT_FONT, MapStyle.TEXT, Math.min(Math.max(tx, left + 8),
                    left + barW - 12), y + 66);
        }
        text(g, "Circle area: capability", MapStyle.TEXT_FONT, left, y + 100);
        text(g, "Lines: alignment of two states", MapStyle.HEADING, left, y + 132);
        line(g, left, y + 156, 0.8);
        text(g, "allied (+)", MapStyle.TEXT_FONT, left + 62, y + 161);
        line(g, left + 150, y + 156, -0.8);
        text(g, "hostile (−)", MapStyle.TEXT_FONT, left + 212, y + 161);
        text(g, "wider = stronger; dot = true location", MapStyle.TEXT_FONT, left, y + 192);
    }

    /** The events of the last week, newest first, bottom left. */
    private static void recent(Graphics2D g, RunRecord r, Rectangle2D view) {
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
        double h = 34 + 22 * lines.size();
        double y = view.getMaxY() - h - PAD;
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, g.getFontMetrics(MapStyle.TEXT_FONT).stringWidth(l));
        }
        panel(g, view.getX() + PAD, y, w + 28, h);
        text(g, "This week", MapStyle.HEADING, view.getX() + PAD + 14, y + 24);
        for (int k = 0; k < lines.size(); k++) {
            text(g, lines.get(k), MapStyle.TEXT_FONT, view.getX() + PAD + 14, y + 48 + 22 * k);
        }
    }

    private static void panel(Graphics2D g, double x, double y, double w, double h) {
        RoundRectangle2D box = new RoundRectangle2D.Double(x, y, w, h, 12, 12);
        g.setColor(MapStyle.PANEL);
        g.fill(box);
        g.setColor(MapStyle.COAST);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
    }

    private static void text(Graphics2D g, String s, java.awt.Font font, double x, double baseline) {
        g.setFont(font);
        g.setColor(MapStyle.TEXT);
        g.drawString(s, (float) x, (float) baseline);
    }

    private static void line(Graphics2D g, double x, double y, double alignment) {
        g.setColor(MapStyle.alignment(alignment));
        g.setStroke(MapStyle.stroke(MapStyle.alignmentWidth(alignment)));
        g.draw(new Line2D.Double(x + 6, y, x + 54, y));
    }
}
