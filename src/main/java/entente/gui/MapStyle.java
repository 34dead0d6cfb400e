package entente.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;

/** Colours, fonts and lettering of the map, chosen to read from the back of a classroom. */
final class MapStyle {
    static final Color SEA = new Color(0xD6E6F2);
    static final Color LAND = new Color(0xF5F2EA);
    static final Color COAST = new Color(0x8FA3B3);
    static final Color BORDER = new Color(0xB5AC9A);
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);
    /** Okabe & Ito blue and vermillion, as in the charts. */
    static final Color ALLIED = new Color(0x0072B2);
    static final Color HOSTILE = new Color(0xD55E00);
    static final Color PANEL = new Color(255, 255, 255, 225);

    static final String FONT = "SansSerif";
    /** Alignments weaker than this are not drawn, to keep the map readable. */
    static final double FAINTEST = 0.05;
    /** Pale yellow to dark red (ColorBrewer YlOrRd), for escalation from 0 to its maximum. */
    private static final Color[] HEAT = {new Color(0xFFFFCC), new Color(0xFED976), new Color(0xFD8D3C),
        new Color(0xE31A1C), new Color(0x800026)};

    private MapStyle() {}

    /** The colour of escalation x on a 0..max scale. */
    static Color escalation(double x, double max) {
        double t = Math.max(0, Math.min(1, x / max)) * (HEAT.length - 1);
        int k = Math.min(HEAT.length - 2, (int) t);
        return mix(HEAT[k], HEAT[k + 1], t - k);
    }

    /** The escalation colours from 0 (at x0) to the maximum (at x1), for the legend. */
    static LinearGradientPaint escalationScale(float x0, float x1) {
        return new LinearGradientPaint(x0, 0, x1, 0, new float[] {0, 0.25f, 0.5f, 0.75f, 1}, HEAT);
    }

    /** Allied blue or hostile vermillion (orange-red), more opaque the stronger the alignment. */
    static Color alignment(double a) {
        Color c = a >= 0 ? ALLIED : HOSTILE;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(50 + 205 * Math.min(1, Math.abs(a))));
    }

    /** Line width in pixels for an alignment: 1 at zero, 11 at ±1. */
    static float alignmentWidth(double a) {
        return (float) (1 + 10 * Math.min(1, Math.abs(a)));
    }

    /** Antialiased shapes and text: MASON's displays draw without it unless asked. */
    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * The line of an alignment: solid when allied, dashed when hostile, so that the two read
     * apart without their colours.
     */
    static BasicStroke alignmentStroke(double a) {
        float w = alignmentWidth(a);
        return a >= 0 ? stroke(w)
                : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {2.2f * w + 4, 1.2f * w + 4}, 0);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /**
     * Text centred on (cx, cy) with a white halo, so that it stays legible over lines and land.
     * Returns the text's width.
     */
    static double haloText(Graphics2D g, String text, Font font, Color colour, double cx, double cy) {
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        double w = layout.getAdvance();
        double baseline = cy + (layout.getAscent() - layout.getDescent()) / 2;
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(cx - w / 2, baseline));
        g.setStroke(stroke(4f));
        g.setColor(new Color(255, 255, 255, 230));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
        return w;
    }
}
