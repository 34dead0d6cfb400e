package entente.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * The line renderer of every time chart: each series is drawn as one path, so its dash
 * pattern runs along the whole line (drawn a segment per day, the pattern restarts every
 * day and a dashed line looks solid), and carries its marker every few points, staggered
 * between series so that markers of lines that run together do not hide each other.
 */
public final class MarkedLines extends XYLineAndShapeRenderer {
    /** About this many markers along a line. */
    static final int MARKERS = 14;

    /** A legend's stretch of line, long enough to show the dash pattern. */
    private static final Line2D LEGEND_LINE = new Line2D.Double(-16, 0, 16, 0);

    private final int every;
    private final int offset;

    /** A renderer for series of about {@code points} points each. */
    public MarkedLines(int points) {
        this(points, 0);
    }

    /**
     * A renderer whose series k staggers its markers as series {@code offset + k} would (for
     * a second renderer on the same chart).
     */
    public MarkedLines(int points, int offset) {
        super(true, true);
        this.every = Math.max(1, points / MARKERS);
        this.offset = offset;
        setDrawSeriesLineAsPath(true);
        setLegendLine(LEGEND_LINE);
        setUseOutlinePaint(true);
        setDefaultOutlinePaint(Color.WHITE); // a thin white rim keeps a marker legible on a line
    }

    /** Draws series k in this colour, dash and marker. */
    public void style(int k, Color colour, Stroke stroke, Shape marker) {
        setSeriesPaint(k, colour);
        setSeriesStroke(k, stroke);
        setSeriesShape(k, marker);
    }

    /** The marker every {@code every} points, series k shifted by k / 7 of that. */
    @Override
    public boolean getItemShapeVisible(int series, int item) {
        return super.getItemShapeVisible(series, item) && Math.floorMod(item - phase(series), every) == 0;
    }

    private int phase(int series) {
        return every / 2 + (offset + series) * every / 7;
    }

    /** A legend entry for a line drawn so: a stretch of the dashed line with the marker on it. */
    public static LegendItem legendItem(String label, Color colour, Stroke stroke, Shape marker) {
        return new LegendItem(label, null, null, null, true, marker, true, colour, true, Color.WHITE,
                new BasicStroke(1f), true, LEGEND_LINE, stroke, colour);
    }

    /** The legend shows the marker whatever the first point does. */
    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        LegendItem item = super.getLegendItem(datasetIndex, series);
        if (item != null) {
            item.setShapeVisible(super.getItemShapeVisible(series, 0));
        }
        return item;
    }
}
