package entente.report;

import entente.scenario.InputException;
import entente.scenario.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Turns a results folder into one self-contained HTML page. */
public final class Reports {
    private Reports() {}

    /** Writes the report of {@code folder} (against {@code vs} when given) to {@code out}; returns out. */
    public static Path write(Path folder, Path vs, Path out) throws IOException, InputException {
        ResultsFolder f = ResultsFolder.open(folder);
        String html = switch (f.kind()) {
            case RUN -> RunReport.render(f, vs == null ? null : other(vs));
            case COMPARISON -> ComparisonReport.render(single(f, vs));
            case SWEEP -> SweepReport.render(single(f, vs));
        };
        Path target = out != null ? out : folder.resolve("report.html");
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".report-", ".html.partial");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // temporary files are private; a report is meant to be shared
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    private static ResultsFolder single(ResultsFolder f, Path vs) throws InputException {
        if (vs != null) {
            throw new InputException(new Problem(vs.toString(), 0, "--vs",
                    "--vs sets one run against another; a " + f.kind().name().toLowerCase() + " folder holds its own comparison"));
        }
        return f;
    }

    private static ResultsFolder other(Path vs) throws InputException {
        ResultsFolder f = ResultsFolder.open(vs);
        if (f.kind() != ResultsFolder.Kind.RUN) {
            throw new InputException(new Problem(vs.toString(), 0, "--vs", "set a run against another run's folder"));
        }
        return f;
    }
}
