package entente.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lessons shipped in docs/lessons, found from Entente's folder: the working directory when
 * it has them (./entente is run from there), else the folder the jar was built in.
 */
final class Lessons {
    static final Path FOLDER = Path.of("docs", "lessons");

    private Lessons() {}

    /** Entente's folder: where docs/lessons and scenarios/ are. */
    static Path home() {
        if (Files.isDirectory(FOLDER)) {
            return Path.of("");
        }
        try {
            // target/entente.jar or target/classes, one level below Entente's folder
            Path code = Path.of(Lessons.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = code.getParent().getParent();
            return Files.isDirectory(home.resolve(FOLDER)) ? home : Path.of("");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("");
        }
    }

    /** Every lesson, in the order of their numbers; none when Entente's folder cannot be found. */
    static List<Lesson> all() {
        Path home = home();
        Path folder = home.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Lessons::isWindowLesson)
                    .map(f -> Lesson.read(f, home))
                    .sorted(Comparator.comparingInt(Lesson::number))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A guide that opens with its window settings; others (the README, the browser game's guide) are not. */
    private static boolean isWindowLesson(Path file) {
        if (!file.toString().endsWith(".md")) {
            return false;
        }
        try {
            return Files.readString(file).startsWith(Lesson.OPEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lesson of that name (its guide's file name without .md). */
    static Lesson named(String name) {
        List<Lesson> all = all();
        return all.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lesson '" + name + "' in "
                        + home().resolve(FOLDER).toAbsolutePath() + " (lessons: "
                        + String.join(", ", all.stream().map(Lesson::name).toList()) + ")"));
    }
}
