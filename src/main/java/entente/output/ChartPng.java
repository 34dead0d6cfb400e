package entente.output;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A chart's picture as PNG, encoded straight from its pixels. The bytes are those ImageIO writes
 * for the same picture (rows unfiltered, deflate level 4, IDAT chunks of 32 KiB, no other
 * chunks), so files keep their checksums; what is saved is ImageIO's copying of every pixel
 * sample by sample, and its temporary cache file, which together took a third of a run's chart
 * time.
 */
final class ChartPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** ImageIO's default compression level and chunk size, for the same bytes. */
    private static final int LEVEL = 4;
    private static final int CHUNK = 32768;
    private static final int TRUE_COLOUR = 2;
    private static final int TRUE_COLOUR_ALPHA = 6;

    private ChartPng() {}

    /** Writes an image of type INT_RGB or INT_ARGB (what charts are drawn on) as a PNG file. */
    static void write(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(image, out);
        }
    }

    static void write(BufferedImage image, OutputStream out) throws IOException {
        boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
        if (!alpha && image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("a chart's picture is INT_RGB or INT_ARGB, not type " + image.getType());
        }
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(image.getWidth());
        h.writeInt(image.getHeight());
        h.write(new byte[] {8, (byte) (alpha ? TRUE_COLOUR_ALPHA : TRUE_COLOUR), 0, 0, 0});
        chunk(data, "IHDR", header.toByteArray(), 0, header.size());
        byte[] compressed = compressedRows(image, alpha);
        int at = 0;
        do {
            int length = Math.min(CHUNK, compressed.length - at);
            chunk(data, "IDAT", compressed, at, length);
            at += length;
        } while (at < compressed.length);
        chunk(data, "IEND", new byte[0], 0, 0);
        data.flush();
    }

    /** Every row as filter type 0 and its samples (R, G, B and, with alpha, A), deflated. */
    private static byte[] compressedRows(BufferedImage image, boolean alpha) {
        int width = image.getWidth();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int stride = ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride();
        int bands = alpha ? 4 : 3;
        byte[] row = new byte[1 + width * bands];
        byte[] buffer = new byte[16384];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(1 << 17);
        Deflater deflater = new Deflater(LEVEL);
        try {
            for (int y = 0; y < image.getHeight(); y++) {
                int b = 1;
                for (int x = y * stride, end = x + width; x < end; x++) {
                    int argb = pixels[x];
                    row[b++] = (byte) (argb >>> 16);
                    row[b++] = (byte) (argb >>> 8);
                    row[b++] = (byte) argb;
                    if (alpha) {
                        row[b++] = (byte) (argb >>> 24);
                    }
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] bytes, int from, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(bytes, from, length);
        out.writeInt(length);
        out.write(name);
        out.write(bytes, from, length);
        out.writeInt((int) crc.getValue());
    }
}
