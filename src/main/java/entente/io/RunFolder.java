package entente.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a results folder (or a single file) so that it appears whole or not at all: everything
 * goes to a hidden temporary folder beside the target, which is renamed into place at the end.
 * A folder is checked by {@link OutputGuard} first and carries {@link OutputMarker}; hidden
 * {@code .NAME.partial-*} and {@code .NAME.old-*} left beside it by a killed write are removed.
 */
public final class RunFolder {
    private static final String PARTIAL = ".partial-";
    private static final String OLD = ".old-";

    /** What fills the folder. */
    public interface Content {
        void writeInto(Path dir) throws IOException;
    }

    private RunFolder() {}

    /** Writes the folder whole, replacing what was there ({@code kind} names the output in its marker). */
    public static void write(Path target, OutputKind kind, Content content) throws IOException {
        OutputGuard.folder(target, null, kind, List.of());
        Path tmp = prepare(target, kind, content);
        try {
            replace(tmp, target.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /**
     * Writes the folder whole only if nothing is there yet; false (and nothing written) if another
     * process made it in the meantime.
     */
    public static boolean create(Path target, OutputKind kind, Content content) throws IOException {
        OutputGuard.folder(target, null, kind, List.of());
        Path tmp = prepare(target, kind, content);
        try {
            Files.move(tmp, target.toAbsolutePath().normalize(), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            deleteTree(tmp);
            return false;
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /**
     * For an output that grows file by file (a classroom game): checks the folder, makes it if
     * missing and marks it.
     */
    public static void claim(Path dir, OutputKind kind) throws IOException {
        OutputGuard.folder(dir, null, kind, List.of());
        Files.createDirectories(dir);
        if (OutputMarker.kind(dir).isEmpty()) {
            OutputMarker.write(dir, kind);
        }
    }

    /** The hidden temporary folder, filled and marked. */
    private static Path prepare(Path target, OutputKind kind, Content content) throws IOException {
        Path parent = target.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        removeStale(target);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + PARTIAL);
        try {
            readableByAll(tmp);
            content.writeInto(tmp);
            OutputMarker.write(tmp, kind);
            return tmp;
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** Removes what a killed write left beside the target: .NAME.partial-* and .NAME.old-*. */
    private static void removeStale(Path target) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        String name = "." + file.getFileName();
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path p : siblings.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(name + PARTIAL) || n.startsWith(name + OLD)) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Temporary folders and files are private; results should read like any other (755, 644). */
    private static void readableByAll(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    private static void replace(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OLD);
            Files.delete(old);
            move(target, old);
        }
        move(tmp, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Writes a text file whole or not at all: a temporary file beside it is renamed into place. */
    public static void writeFile(Path target, String text) throws IOException {
        writeFile(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What fills a file. */
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file whole or not at all. */
    public static void writeFile(Path target, Bytes content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        removeStale(file);
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName() + PARTIAL, "");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            readableByAll(tmp);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
