package entente.io;

import entente.util.BuildInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Entente's mark on every folder it writes: a small file naming the kind of output and the
 * version. Only a folder that carries it (or an empty one) is ever replaced.
 */
public final class OutputMarker {
    public static final String FILE = ".entente-output";
    private static final String FIRST_LINE = "written by Entente: a folder with this file may be replaced whole by the next write";
    private static final int MAX_BYTES = 4096;

    private OutputMarker() {}

    static void write(Path dir, OutputKind kind) throws IOException {
        Files.writeString(dir.resolve(FILE), FIRST_LINE + "\nkind: " + kind.key() + "\nversion: "
                + BuildInfo.current().version() + "\n", StandardCharsets.UTF_8);
    }

    /** The kind of output the folder holds, if Entente's marker is there (a plain file, not a link). */
    public static Optional<String> kind(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String text;
        try (InputStream in = Files.newInputStream(f)) {
            text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!text.startsWith(FIRST_LINE + "\n")) {
            return Optional.empty();
        }
        return text.lines().filter(l -> l.startsWith("kind: ")).map(l -> l.substring(6).trim()).findFirst();
    }
}
