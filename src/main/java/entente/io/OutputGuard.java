package entente.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one check every command makes before it writes: an output never replaces what Entente did
 * not write. A folder may be new, empty, or one that carries {@link OutputMarker} of the same
 * kind; never the root, the current folder or a folder above it, a plain file, or a folder that
 * holds an input of the command. A single file may be new or one Entente wrote (its signature
 * near the start). Anything else is {@link Refused} with one line, before any work starts.
 */
public final class OutputGuard {
    private static final int SIGNATURE_BYTES = 4096;

    private OutputGuard() {}

    /**
     * Checks a folder a command writes . {@code option}
     * names where it came from in messages ("--out"), or is null; {@code inputs} are the files
     * and folders the command reads.
     */
    public static void folder(Path target, String option, OutputKind kind, Collection<Path> inputs) {
        String who = who(target, option);
        Path real = real(target);
        if (real.getParent() == null) {
            throw new Refused(who + ": is the root folder; Entente never writes over it");
        }
        Path cwd = real(Path.of(""));
        if (cwd.startsWith(real)) {
            throw new Refused(who + ": " + (cwd.equals(real) ? "is the current folder" : "holds the current folder")
                    + " (" + real + "); Entente never replaces it — name a new folder, e.g. results/NAME");
        }
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new Refused(who + ": is a file, not a folder; nothing replaced");
        }
        for (Path input : inputs) {
            if (real(input).startsWith(real)) {
                throw new Refused(who + ": holds " + input + ", an input of this command; nothing replaced — name another folder");
            }
        }
        if (!Files.isDirectory(real) || isEmpty(real)) {
            return;
        }
        Optional<String> found = OutputMarker.kind(real);
        if (found.isEmpty()) {
            throw new Refused(who + ": is not empty and was not written by Entente (no " + OutputMarker.FILE
                    + " in it); nothing replaced — name a new or empty folder");
        }
        if (!found.get().equals(kind.key())) {
            throw new Refused(who + ": holds Entente's " + found.get() + " output, not a " + kind.key()
                    + " output; nothing replaced — name another folder, or delete this one first");
        }
    }

    /**
     * Checks a single file a command writes: not a folder, not an input, and if it exists, a
     * file Entente wrote: {@code signature} occurs in its first 4 KB.
     */
    public static void file(Path target, String option, Collection<Path> inputs, String signature) {
        String who = who(target, option);
        Path real = real(target);
        if (Files.isDirectory(real)) {
            throw new Refused(who + ": is a folder; name a file");
        }
        for (Path input : inputs) {
            Path in = real(input);
            if (in.equals(real) || Files.isDirectory(in) && real.startsWith(in)) {
                throw new Refused(who + ": " + (in.equals(real) ? "is " : "lies in ") + input
                        + ", an input of this command; nothing written — name another file");
            }
        }
        if (Files.exists(real) && !signed(real, signature)) {
            throw new Refused(who + ": exists and was not written by Entente; nothing replaced — name a new file, "
                    + "or delete this one first");
        }
    }

    private static String who(Path target, String option) {
        String shown = target.toString().isEmpty() ? "''" : target.toString();
        return option == null ? shown : option + " " + shown;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean signed(Path file, String signature) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SIGNATURE_BYTES);
            byte[] sig = signature.getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i + sig.length <= head.length; i++) {
                if (Arrays.equals(head, i, i + sig.length, sig, 0, sig.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The absolute path with every link of its existing part resolved, so that aliases compare equal. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            missing.push(Objects.requireNonNull(existing.getFileName()));
            existing = existing.getParent();
        }
        Path out;
        try {
            out = existing == null ? abs.getRoot() : existing.toRealPath();
        } catch (IOException e) {
            out = existing;
        }
        while (!missing.isEmpty()) {
            out = out.resolve(missing.pop());
        }
        return out;
    }
}
