package entente.io;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Pictures of the window: PNG files that say they come from Entente, so that a later save may replace them. */
public final class Png {
    /** The bytes of the text chunk every such picture carries ("Software: Entente"). */
    public static final String SIGNATURE = "tEXtSoftware\0Entente";
    private static final String FORMAT = "javax_imageio_png_1.0";

    private Png() {}

    /** Writes the picture whole or not at all. */
    public static void write(BufferedImage image, Path file) throws IOException {
        RunFolder.writeFile(file, out -> encode(image, out));
    }

    private static void encode(RenderedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", "Software");
            entry.setAttribute("value", "Entente");
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            text.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode(FORMAT);
            root.appendChild(text);
            meta.mergeTree(FORMAT, root);
            writer.write(new IIOImage(image, null, meta));
        } finally {
            writer.dispose();
        }
    }
}
