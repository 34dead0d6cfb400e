package entente.output;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as NAME.png and NAME.svg, both byte-for-byte reproducible. */
public final class ChartFiles {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    private ChartFiles() {}

    /**
     * Draws the charts (each written by one of {@code charts}) on up to two threads at once;
     * returns the files, in the order of the charts. Each chart is built and drawn by one
     * thread only, so every file has the bytes it would have if drawn alone.
     */
    public static List<Path> writeAll(List<Callable<List<Path>>> charts) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, charts.size()), r -> {
            Thread t = new Thread(r, "entente-charts");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Path>>> drawn = new ArrayList<>();
            for (Callable<List<Path>> c : charts) {
                drawn.add(pool.submit(c));
            }
            List<Path> files = new ArrayList<>();
            for (Future<List<Path>> f : drawn) {
                files.addAll(done(f));
            }
            return files;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The files a chart task wrote; its failure as the IOException (or unchecked exception) it threw. */
    public static List<Path> done(Future<List<Path>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the charts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Starts drawing a small chart on a background thread, so that the classes and fonts of
     * drawing are loaded and compiled while the caller reads its scenario and runs the model:
     * a single run then spends little of its time waiting for its charts. The chart has the
     * charts' style, fonts and kinds of line, axis and label, and its text the characters they
     * mostly use, so that those glyphs are drawn once here and cached for the real charts.
     */
    public static void warmUp() {
        Thread t = new Thread(ChartFiles::drawWarmUpChart, "entente-chart-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static final String GLYPHS = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,:;()−–—…+-_'/&";

    private static void drawWarmUpChart() {
        double[][] line = new double[2][50];
        for (int k = 0; k < 50; k++) {
            line[0][k] = TimeAxes.millis(LocalDate.EPOCH, k);
            line[1][k] = Math.sin(k);
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries(GLYPHS, line);
        MarkedLines renderer = new MarkedLines(50);
        renderer.style(0, ChartStyle.colour(0), ChartStyle.stroke(0, ChartStyle.LINE_WIDTH), ChartStyle.shape(0));
        XYTextAnnotation label = new XYTextAnnotation(GLYPHS, 0, 0);
        label.setFont(ChartStyle.SMALL);
        label.setRotationAngle(-Math.PI / 2);
        renderer.addAnnotation(label);
        XYPlot plot = new XYPlot(data, TimeAxes.axis(LocalDate.EPOCH, 50), new NumberAxis(GLYPHS), renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(GLYPHS, ChartStyle.TITLE, plot, true), GLYPHS);
        try {
            ChartPng.write(chart.createBufferedImage(240, 140), OutputStream.nullOutputStream());
        } catch (IOException e) {
            return; // a null stream does not fail; nothing depends on the warm-up
        }
        SVGGraphics2D g = new SVGGraphics2D(240, 140);
        chart.draw(g, new Rectangle(0, 0, 240, 140));
        g.getSVGDocument();
    }

    /** Writes both files into dir and returns their paths, PNG first. */
    public static List<Path> write(JFreeChart chart, Path dir, String name) throws IOException {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        ChartPng.write(chart.createBufferedImage(WIDTH, HEIGHT), png);
        Files.writeString(svg, svg(chart, name), StandardCharsets.UTF_8);
        return List.of(png, svg);
    }

    /**
     * Small charts in a grid of {@code columns} under one title and subtitle, as NAME.png and
     * NAME.svg (for many parameters side by side: posterior marginals, pairs).
     */
    public static List<Path> writeGrid(List<JFreeChart> cells, int columns, String title, String subtitle, Path dir,
                                       String name) throws IOException {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        drawGrid(g, cells, columns, title, subtitle);
        g.dispose();
        ChartPng.write(image, png);
        SVGGraphics2D s = svgCanvas(name);
        drawGrid(s, cells, columns, title, subtitle);
        s.dispose();
        Files.writeString(svg, s.getSVGDocument(), StandardCharsets.UTF_8);
        return List.of(png, svg);
    }

    private static void drawGrid(Graphics2D g, List<JFreeChart> cells, int columns, String title, String subtitle) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setPaint(ChartStyle.TEXT);
        g.setFont(ChartStyle.TITLE);
        int top = 8 + g.getFontMetrics().getAscent();
        g.drawString(title, (WIDTH - g.getFontMetrics().stringWidth(title)) / 2, top);
        g.setPaint(ChartStyle.MUTED);
        g.setFont(ChartStyle.SUBTITLE);
        top += 6 + g.getFontMetrics().getHeight();
        g.drawString(subtitle, (WIDTH - g.getFontMetrics().stringWidth(subtitle)) / 2, top);
        top += 10;
        int rows = (cells.size() + columns - 1) / columns;
        double w = (double) WIDTH / columns;
        double h = (double) (HEIGHT - top) / Math.max(1, rows);
        for (int i = 0; i < cells.size(); i++) {
            int x = (int) Math.round(i % columns * w);
            int y = top + (int) Math.round(i / columns * h);
            cells.get(i).draw(g, new Rectangle(x, y, (int) w, (int) h));
        }
    }

    private static SVGGraphics2D svgCanvas(String name) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        // The default prefix embeds System.nanoTime(), which would make every render differ.
        g.setDefsKeyPrefix("entente-" + name + "-");
        // a hundredth of a pixel is finer than any screen or print shows; full doubles tripled the size
        g.setGeomDoubleConverter(ChartFiles::hundredths);
        return g;
    }

    /** A coordinate to two decimals at most, without trailing zeros: "664.5", "-3", "0.07". */
    static String hundredths(double v) {
        long c = Math.round(v * 100);
        String sign = c < 0 ? "-" : "";
        c = Math.abs(c);
        long whole = c / 100;
        int frac = (int) (c % 100);
        if (frac == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (frac % 10 == 0 ? Integer.toString(frac / 10) : (frac < 10 ? "0" : "") + frac);
    }

    /** The chart as an SVG document. */
    static String svg(JFreeChart chart, String name) {
        SVGGraphics2D g = svgCanvas(name);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        g.dispose();
        return g.getSVGDocument();
    }
}
