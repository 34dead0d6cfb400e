package entente.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;

/**
 * The one place that decides how every Entente chart looks: palette, fonts, strokes, background
 * (public for the teaching GUI's live charts, which must look like the files).
 */
public final class ChartStyle {
    // Okabe & Ito (2008) colour-blind-safe palette.
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color PURPLE = new Color(0xCC79A7);

    // Four more from Paul Tol's muted scheme (SRON technical note, Tol 2021), for states beyond
    // the region's six: their dash and marker keep them apart where a colour is near another.
    static final Color INDIGO = new Color(0x332288);
    static final Color TEAL = new Color(0x44AA99);
    static final Color OLIVE = new Color(0x999933);
    static final Color WINE = new Color(0x882255);

    /**
     * Colours for data series in order: the six states, black for the aggregates (slot 6), then
     * the colours of other states; yellow after black because it is faint on white.
     */
    static final List<Color> SERIES = List.of(BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY_BLUE, BLACK, YELLOW,
            INDIGO, TEAL, OLIVE, WINE);
    /** The slot of aggregate lines (counter-bloc alignment, the escalation index), which no state takes. */
    static final int AGGREGATE = 6;

    /**
     * Events are drawn in neutral greys, apart from every series colour (saturated, or black):
     * timeline lines light, event symbols and injected events mid grey.
     */
    public static final Color EVENT_LINE = new Color(0xB4B4B4);
    public static final Color EVENT_MARK = new Color(0x7A7A7A);

    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color TEXT = new Color(0x222222);
    public static final Color MUTED = new Color(0x666666);

    public static final String FONT = "SansSerif";
    public static final Font TITLE = new Font(FONT, Font.BOLD, 18);
    public static final Font SUBTITLE = new Font(FONT, Font.PLAIN, 13);
    public static final Font LABEL = new Font(FONT, Font.PLAIN, 14);
    public static final Font TICK = new Font(FONT, Font.PLAIN, 12);
    public static final Font SMALL = new Font(FONT, Font.PLAIN, 11);

    public static final float LINE_WIDTH = 2.2f;
    /** Share of a value axis kept free below the data, where the event rug runs. */
    static final double BOTTOM_ROOM = 0.08;

    /**
     * Dash patterns, one per colour slot, so that series stay apart in greyscale and for
     * colour-blind readers; null is a solid line. Lines must be drawn as one path each
     * ({@link MarkedLines}), or the pattern restarts every day and the line looks solid.
     */
    private static final float[][] DASHES = {
        null, {10, 5}, {2.5f, 4}, {14, 4, 3, 4}, {6, 3}, {14, 4, 3, 4, 3, 4}, {20, 6}, {4, 2, 1, 2},
        {1.5f, 3}, {16, 4, 2, 4, 2, 4, 2, 4}, {8, 3, 8, 8}, {24, 4, 6, 4},
    };

    /** Marker shapes, one per colour slot: the third cue, which also survives a thin dash. */
    private static final List<Shape> SHAPES = List.of(
            new Ellipse2D.Double(-4.5, -4.5, 9, 9), new Rectangle2D.Double(-4, -4, 8, 8),
            ShapeUtils.createUpTriangle(5.5f), ShapeUtils.createDiamond(5.5f), ShapeUtils.createDownTriangle(5.5f),
            ShapeUtils.createDiagonalCross(5, 1.8f), new Rectangle2D.Double(-2.5, -6, 5, 12),
            ShapeUtils.createRegularCross(5.5f, 1.8f), triangle(-1), triangle(1), new Rectangle2D.Double(-6, -2.5, 12, 5),
            new Ellipse2D.Double(-6.5, -3.5, 13, 7));

    /** A triangle pointing left (-1) or right (+1). */
    private static Shape triangle(int side) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(5.5 * side, 0);
        p.lineTo(-4.5 * side, -5.5);
        p.lineTo(-4.5 * side, 5.5);
        p.closePath();
        return p;
    }

    private ChartStyle() {}

    /**
     * The six states of the region in the baseline's order: each keeps its colour and dash in
     * every scenario (a lesson with three of them draws North Korea as the baseline does).
     */
    private static final List<String> STATES = List.of("USA", "CHN", "PRK", "KOR", "JPN", "RUS");

    static Color colour(int k) {
        return SERIES.get(k % SERIES.size());
    }

    /** A state's colour, the same in every chart and scenario. */
    public static Color colour(String state) {
        return colour(stateSlot(state));
    }

    /** A state's line: its dash pattern is the second cue besides its colour. */
    public static Stroke stroke(String state, float width) {
        return stroke(stateSlot(state), width);
    }

    /** A state's marker, the third cue. */
    public static Shape shape(String state) {
        return shape(stateSlot(state));
    }

    public static Shape shape(int k) {
        return SHAPES.get(k % SHAPES.size());
    }

    /**
     * The six known states take the first six slots; any other state one of the slots after
     * the aggregates', chosen by its name, so that it looks the same in every scenario.
     */
    static int stateSlot(String state) {
        int k = STATES.indexOf(state);
        return k >= 0 ? k : AGGREGATE + 1 + Math.floorMod(state.hashCode(), SERIES.size() - AGGREGATE - 1);
    }

    public static Stroke stroke(int k, float width) {
        float[] dash = DASHES[k % DASHES.length];
        return dash == null
                ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    /** The colour t of the way from a to b (t in 0 .. 1), channel by channel. */
    static Color mix(Color a, Color b, double t) {
        return new Color(channel(a.getRed(), b.getRed(), t), channel(a.getGreen(), b.getGreen(), t),
                channel(a.getBlue(), b.getBlue(), t));
    }

    private static int channel(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** White background, title and subtitle fonts, light grid, legend font. */
    public static JFreeChart apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPaint(TEXT);
        TextTitle sub = new TextTitle(subtitle, SUBTITLE);
        sub.setPaint(MUTED);
        sub.setPadding(new RectangleInsets(2, 0, 6, 0));
        chart.addSubtitle(sub);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICK);
            legend.setItemPaint(TEXT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlinePaint(GRID);
            plot.setDomainGridlinePaint(GRID);
            plot.setRangeGridlinePaint(GRID);
            plot.setDomainGridlineStroke(new BasicStroke(1f));
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                axis(plot.getDomainAxis(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                axis(plot.getRangeAxis(i));
            }
        }
        return chart;
    }

    /**
     * Fixes a value axis to lo … hi with a little room below and the given share of room above,
     * with about ten round-numbered ticks (JFreeChart's own choice is often twice as dense).
     */
    static void range(NumberAxis axis, double lo, double hi, double headroom) {
        double span = hi > lo ? hi - lo : 1;
        double lower = lo - BOTTOM_ROOM * span;
        double upper = hi + headroom * span;
        axis.setRange(lower, upper);
        axis.setTickUnit(tickUnit(roundStep((upper - lower) / 10)));
    }

    /** Ticks every step, all with the same decimals, formatted the same in every locale. */
    public static NumberTickUnit tickUnit(double step) {
        int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('−'); // the typographic minus, as in the heatmap's cell values
        DecimalFormat format = new DecimalFormat("0", symbols);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return new NumberTickUnit(step, format);
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least raw. */
    public static double roundStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    static void axis(Axis a) {
        if (a == null) {
            return;
        }
        a.setLabelFont(LABEL);
        a.setLabelPaint(TEXT);
        a.setTickLabelFont(TICK);
        a.setTickLabelPaint(TEXT);
        a.setAxisLinePaint(MUTED);
        a.setTickMarkPaint(MUTED);
    }
}
