package entente.output;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as NAME.png and NAME.svg, both byte-for-byte reproducible. */
public final class ChartFiles {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    private ChartFiles() {}

    /** Writes both files into dir and returns their paths, PNG first. */
    public static List<Path> write(JFreeChart chart, Path dir, String name) throws IOException {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
        Files.writeString(svg, svg(chart, name), StandardCharsets.UTF_8);
        return List.of(png, svg);
    }

    /** The chart as an SVG document. */
    static String svg(JFreeChart chart, String name) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        // The default prefix embeds System.nanoTime(), which would make every render differ.
        g.setDefsKeyPrefix("entente-" + name + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        g.dispose();
        return g.getSVGDocument();
    }
}
