package entente.scenario;

import entente.io.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source documents the model is calibrated from (the project's sibling folder
 * {@code shared/seeds}). A paragraph is a blank-line-separated block, numbered from 1.
 */
public final class SeedDocuments {
    private static final Pattern SEED_SOURCE = Pattern.compile("(\\S+\\.txt)#(\\d+)");

    private final Path dir;
    private final Map<String, Integer> paragraphCounts = new HashMap<>();

    private SeedDocuments(Path dir) {
        this.dir = dir;
    }

    /** Finds the seeds folder: $ENTENTE_SEEDS, or shared/seeds beside any ancestor of {@code near}. */
    public static Optional<SeedDocuments> locate(Path near) {
        String env = System.getenv("ENTENTE_SEEDS");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Optional.of(new SeedDocuments(Path.of(env)));
        }
        for (Path p = near.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[] {p.resolveSibling("shared").resolve("seeds"), p.resolve("shared").resolve("seeds")}) {
                if (Files.isDirectory(candidate)) {
                    return Optional.of(new SeedDocuments(candidate));
                }
            }
        }
        return Optional.empty();
    }

    public Path dir() {
        return dir;
    }

    /**
     * Null if a source is well formed, else what is wrong with it. A source is
     * {@code <seed file>.txt#<paragraph>}, checked against the documents when they were found,
     * or {@code ext: <public source>}.
     */
    public static String checkSource(String source, Optional<SeedDocuments> seeds) {
        Matcher seed = SEED_SOURCE.matcher(source.trim());
        if (seed.matches()) {
            return seeds.map(d -> d.check(seed.group(1), Integer.parseInt(seed.group(2)))).orElse(null);
        }
        if (!source.startsWith("ext:") || source.substring(4).isBlank()) {
            return "expected '<seed file>.txt#<paragraph>' or 'ext: <public source>', found '" + source + "'";
        }
        return null;
    }

    /** Null if the document has that paragraph, else what is wrong. */
    public String check(String document, int paragraph) {
        Integer count = paragraphCounts.computeIfAbsent(document, this::countParagraphs);
        if (count < 0) {
            return "unknown document '" + document + "' (not in " + dir + ")";
        }
        if (paragraph < 1 || paragraph > count) {
            return "paragraph " + paragraph + " is out of range: " + document + " has paragraphs 1.." + count;
        }
        return null;
    }

    private int countParagraphs(String document) {
        Path file = dir.resolve(document);
        if (document.contains("/") || !Files.isRegularFile(file)) {
            return -1;
        }
        try {
            return paragraphs(InputFiles.text(file)).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs of a text: blocks separated by blank lines. */
    public static String[] paragraphs(String text) {
        return text.strip().split("\\R\\s*\\R");
    }
}
