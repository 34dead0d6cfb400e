package entente.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.io.InputFiles;
import entente.util.Warnings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source documents the model is calibrated from. The project carries their citation index
 * ({@value #INDEX}: file name, title, outlet, date and a SHA-256 of each paragraph, never their
 * text), and every citation {@code FILE.txt#N} is checked against it, so a clone with nothing
 * beside it checks its citations fully. The documents themselves are found only where someone
 * has them ({@link #locate}); then the index is checked against them, once, and a difference is
 * a warning. A paragraph is a blank-line-separated block, numbered from 1.
 */
public final class SeedDocuments {
    /** The system property that names the documents' folder (before $ENTENTE_SEEDS); tests set it. */
    public static final String PROPERTY = "entente.seeds";
    static final String INDEX = "/entente/citations.json";
    private static final Pattern SEED_SOURCE = Pattern.compile("(\\S+\\.txt)#(\\d+)");
    private static final Map<String, Document> DOCUMENTS = load();
    private static final Set<Path> COMPARED = new HashSet<>();

    /** A document as the index knows it. */
    public record Document(String file, String title, String outlet, String date, List<String> paragraphSha256) {
        public int paragraphs() {
            return paragraphSha256.size();
        }
    }

    private final Path dir;

    private SeedDocuments(Path dir) {
        this.dir = dir;
    }

    /**
     * Finds the documents' folder: the system property {@value #PROPERTY}, else $ENTENTE_SEEDS,
     * else shared/seeds beside any ancestor of {@code near}. A folder named by the property or the
     * variable that does not exist means: no documents (that is how a lone clone is tested).
     */
    public static Optional<SeedDocuments> locate(Path near) {
        String named = System.getProperty(PROPERTY, System.getenv("ENTENTE_SEEDS"));
        if (named != null && !named.isEmpty()) {
            Path d = Path.of(named);
            return Files.isDirectory(d) ? Optional.of(new SeedDocuments(d)) : Optional.empty();
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

    /** Every document of the index, by file name. */
    public static Map<String, Document> index() {
        return DOCUMENTS;
    }

    /**
     * Null if a source is well formed, else what is wrong with it. A source is
     * {@code <seed file>.txt#<paragraph>}, checked against the index, or {@code ext: <public source>}.
     * When the documents were found, the index is compared with them (once; a difference is a warning).
     */
    public static String checkSource(String source, Optional<SeedDocuments> seeds) {
        Matcher seed = SEED_SOURCE.matcher(source.trim());
        if (seed.matches()) {
            seeds.ifPresent(SeedDocuments::compareOnce);
            return check(seed.group(1), seed.group(2));
        }
        if (!source.startsWith("ext:") || source.substring(4).isBlank()) {
            return "expected '<seed file>.txt#<paragraph>' or 'ext: <public source>', found '" + source + "'";
        }
        return null;
    }

    /** Null if the index lists the document with that paragraph, else what is wrong. */
    public static String check(String document, String paragraph) {
        Document d = DOCUMENTS.get(document);
        if (d == null) {
            return "unknown document '" + document + "' (the citation index lists " + String.join(", ", DOCUMENTS.keySet()) + ")";
        }
        long n = paragraph.length() > 9 ? Long.MAX_VALUE : Long.parseLong(paragraph);
        if (n < 1 || n > d.paragraphs()) {
            return "paragraph " + (paragraph.length() > 9 ? paragraph.substring(0, 9) + "…" : paragraph)
                    + " is out of range: " + document + " has paragraphs 1.." + d.paragraphs();
        }
        return null;
    }

    private static synchronized void compareOnce(SeedDocuments docs) {
        if (COMPARED.add(docs.dir.toAbsolutePath().normalize())) {
            List<String> differences = docs.differences();
            if (!differences.isEmpty()) {
                Warnings.add("the seed documents in " + docs.dir + " differ from the citation index ("
                        + String.join("; ", differences) + "); citations were checked against the index");
            }
        }
    }

    /** Where the documents in the folder differ from the index: none when they are the ones it was made from. */
    public List<String> differences() {
        return differences(dir, DOCUMENTS.values());
    }

    /** Where the documents in {@code dir} differ from those of an index. */
    static List<String> differences(Path dir, Collection<Document> index) {
        List<String> out = new ArrayList<>();
        for (Document d : index) {
            Path file = dir.resolve(d.file());
            if (!Files.isRegularFile(file)) {
                out.add(d.file() + " is missing");
                continue;
            }
            String[] paragraphs;
            try {
                paragraphs = paragraphs(InputFiles.text(file));
            } catch (IOException e) {
                out.add(d.file() + " cannot be read: " + e.getMessage());
                continue;
            }
            if (paragraphs.length != d.paragraphs()) {
                out.add(d.file() + " has " + paragraphs.length + " paragraphs, the index " + d.paragraphs());
                continue;
            }
            for (int i = 0; i < paragraphs.length; i++) {
                if (!sha256(paragraphs[i]).equals(d.paragraphSha256().get(i))) {
                    out.add(d.file() + " paragraph " + (i + 1) + " differs");
                }
            }
        }
        return out;
    }

    /** The text of a paragraph of a document in the folder (tests compare paraphrases with it). */
    public String paragraph(String document, int paragraph) throws IOException {
        return paragraphs(InputFiles.text(dir.resolve(document)))[paragraph - 1];
    }

    /** The paragraphs of a text: blocks separated by blank lines. */
    public static String[] paragraphs(String text) {
        return text.strip().split("\\R\\s*\\R");
    }

    public static String sha256(String paragraph) {
        return ScenarioReader.sha256(paragraph.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Document> load() {
        try (InputStream in = SeedDocuments.class.getResourceAsStream(INDEX)) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Document> out = new LinkedHashMap<>();
            for (JsonNode d : root.path("documents")) {
                List<String> hashes = new ArrayList<>();
                d.path("paragraph_sha256").forEach(h -> hashes.add(h.asText()));
                out.put(d.path("file").asText(), new Document(d.path("file").asText(), d.path("title").asText(),
                        d.path("outlet").asText(), d.path("date").asText(), List.copyOf(hashes)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("the citation index " + INDEX + " cannot be read", e);
        }
    }
}
