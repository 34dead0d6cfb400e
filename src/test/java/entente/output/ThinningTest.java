package entente.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThinningTest {
    private static double[] walk(int days, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[days];
        for (int d = 1; d < days; d++) {
            y[d] = y[d - 1] + r.nextGaussian() + (r.nextDouble() < 0.001 ? 30 : 0); // jumps, as events make
        }
        return y;
    }

    @Test
    void aLineWithFewDaysPerPixelIsKeptWhole() {
        assertNull(Thinning.keep(2 * 1200, new double[][] {walk(2400, 1)}, 1200));
    }

    @Test
    void eachPixelColumnKeepsItsLowestAndHighestDay() {
        int days = 36_525; // a century
        double[] y = walk(days, 2);
        int[] kept = Thinning.keep(days, new double[][] {y}, 1200);
        assertTrue(kept.length <= 2 * 1200 + 2, "at most two a column: " + kept.length);
        assertEquals(0, kept[0]);
        assertEquals(days - 1, kept[kept.length - 1]);
        for (int k = 1; k < kept.length; k++) {
            assertTrue(kept[k] > kept[k - 1], "in time order");
        }
        double[] picked = Thinning.pick(y, kept);
        for (int b = 0; b < 1200; b++) {
            int from = (int) ((long) b * days / 1200);
            int to = (int) ((long) (b + 1) * days / 1200);
            double lo = Arrays.stream(y, from, to).min().orElseThrow();
            double hi = Arrays.stream(y, from, to).max().orElseThrow();
            assertTrue(Arrays.stream(picked).anyMatch(v -> v == lo) && Arrays.stream(picked).anyMatch(v -> v == hi), "column " + b);
        }
    }

    @Test
    void theThinnedLineLooksTheSameAtTheChartsSize() {
        int days = 36_525;
        double[] y = walk(days, 3);
        double[] x = new double[days];
        Arrays.setAll(x, d -> d);
        int[] kept = Thinning.keep(days, new double[][] {y}, Thinning.BUCKETS);
        BufferedImage full = draw(x, y);
        BufferedImage thin = draw(Thinning.pick(x, kept), Thinning.pick(y, kept));
        // every inked pixel of either drawing has an inked pixel of the other in its row, at most a pixel aside
        int inked = 0;
        int unmatched = 0;
        for (int i = 0; i < ChartFiles.WIDTH; i++) {
            for (int j = 0; j < ChartFiles.HEIGHT; j++) {
                for (BufferedImage[] pair : new BufferedImage[][] {{full, thin}, {thin, full}}) {
                    if (inked(pair[0], i, j)) {
                        inked++;
                        unmatched += inked(pair[1], i - 1, j) || inked(pair[1], i, j) || inked(pair[1], i + 1, j) ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(kept.length < days / 10, "a tenth of the days or fewer: " + kept.length);
        assertTrue(unmatched < 0.005 * inked, unmatched + " of " + inked + " inked pixels have no match a pixel aside");
    }

    private static boolean inked(BufferedImage image, int i, int j) {
        return i >= 0 && i < image.getWidth() && image.getRGB(i, j) != Color.WHITE.getRGB();
    }

    /** The line at the chart's size, one pixel column per bucket, without smoothing. */
    private static BufferedImage draw(double[] x, double[] y) {
        double lo = Arrays.stream(y).min().orElseThrow();
        double hi = Arrays.stream(y).max().orElseThrow();
        double last = x[x.length - 1] + 1;
        BufferedImage image = new BufferedImage(ChartFiles.WIDTH, ChartFiles.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, ChartFiles.WIDTH, ChartFiles.HEIGHT);
        g.setColor(Color.BLACK);
        g.setStroke(ChartStyle.stroke(0, ChartStyle.LINE_WIDTH)); // round joins, as the charts draw
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < x.length; i++) {
            double px = x[i] / last * ChartFiles.WIDTH;
            double py = (hi - y[i]) / (hi - lo) * (ChartFiles.HEIGHT - 1);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        g.draw(path);
        g.dispose();
        return image;
    }
}
