package entente.io;

import entente.util.Warnings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Every input file Entente reads (scenarios, sweep and calibration files, evidence, tables): a
 * regular file, not a FIFO, device or folder, of at most {@value #MAX_MB} MB, checked before a
 * byte is read, so that neither /dev/zero nor a 200 MB line can hang or exhaust a command.
 * Text is UTF-8; other bytes are read as replacement characters, with a warning.
 */
public final class InputFiles {
    /** The largest input file: the shipped inputs are below 0.1 MB; a whole evidence file a few hundred KB. */
    public static final int MAX_MB = 20;
    private static final long MAX_BYTES = (long) MAX_MB << 20;

    private InputFiles() {}

    /** The file's bytes; an IOException whose message says why the file is not an input. */
    public static byte[] read(Path file) throws IOException {
        BasicFileAttributes a = regular(file);
        if (a.size() > MAX_BYTES) {
            throw new IOException(String.format("%s is %,d MB; input files may be at most %d MB", file, a.size() >> 20, MAX_MB));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException(file + " grew past " + MAX_MB + " MB while being read; input files may be at most " + MAX_MB + " MB");
            }
            return bytes;
        }
    }

    /**
     * A table that may be larger than the limit (runs.csv of a big sweep, read line by line): the
     * stream of a regular file.
     */
    public static InputStream open(Path file) throws IOException {
        regular(file);
        return Files.newInputStream(file);
    }

    private static BasicFileAttributes regular(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class); // of what a link points to
        if (!a.isRegularFile()) {
            throw new IOException(file + (a.isDirectory() ? " is a folder, not a file"
                    : " is not a regular file (a FIFO, device or socket); give a file"));
        }
        return a;
    }

    /** The file as UTF-8 text. */
    public static String text(Path file) throws IOException {
        return text(file.toString(), read(file));
    }

    /** Bytes as UTF-8 text; bytes that are not UTF-8 become replacement characters, with a warning naming {@code name}. */
    public static String text(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int bad = text.indexOf('\uFFFD');
            long line = bad < 0 ? 1 : text.substring(0, bad).chars().filter(c -> c == '\n').count() + 1;
            Warnings.add(name + ":" + line + ": not UTF-8 text; read with replacement characters (\uFFFD) — save the "
                    + "file as UTF-8");
            return text;
        }
    }
}
