package entente.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartPngTest {
    /** A picture with what charts have (antialiased lines and text, see-through colour) and noise. */
    private static BufferedImage picture(int type, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setPaint(new Color(200, 30, 90, 120));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Double(10, 5, width - 30, height - 12));
        g.setFont(new Font(ChartStyle.FONT, Font.BOLD, 14));
        g.setPaint(Color.BLACK);
        g.drawString("cohesion −0.42", 20, height / 2);
        g.dispose();
        Random random = new Random(7);
        for (int k = 0; k < width * height / 10; k++) {
            image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt());
        }
        return image;
    }

    private static byte[] encoded(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartPng.write(image, out);
        return out.toByteArray();
    }

    private static byte[] imageIo(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void sameBytesAsImageIoWithAndWithoutAlpha() throws IOException {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB}) {
            BufferedImage image = picture(type, 400, 300);
            byte[] ours = encoded(image);
            assertTrue(ours.length > 40_000, "the noise fills more than one 32 KiB IDAT chunk");
            assertArrayEquals(imageIo(image), ours, "image type " + type);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(ours));
            assertEquals(image.getRGB(123, 45), back.getRGB(123, 45));
        }
    }

    @Test
    void refusesPicturesChartsAreNotDrawnOn() {
        BufferedImage grey = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        assertThrows(IllegalArgumentException.class, () -> encoded(grey));
    }
}
