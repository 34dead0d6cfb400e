package entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import entente.io.InputFiles;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.util.BuildInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A results folder to report on: what kind it is (a run, a comparison), its summary, and a
 * check that it is complete and was written by this version of Entente, so a report is never
 * built from half a folder or from files whose meaning has changed.
 */
public record ResultsFolder(Kind kind, Path dir, JsonNode summary) {
    /** What made the folder, and the files it must hold. */
    public enum Kind {
        RUN("summary.json", "/manifest/entente_version", List.of("summary.json", "timeseries.csv", "events.csv")),
        COMPARISON("summary.json", "/manifest/entente_version", List.of("summary.json", "difference.csv", "effects.csv")),
        SWEEP("sweep.json", "/entente_version", List.of("sweep.json", "runs.csv", "design.csv", "analysis/points.csv",
                "analysis/charts.csv"));

        private final String summaryFile;
        private final String versionField;
        private final List<String> required;

        Kind(String summaryFile, String versionField, List<String> required) {
            this.summaryFile = summaryFile;
            this.versionField = versionField;
            this.required = required;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ResultsFolder open(Path dir) throws InputException {
        String where = dir.toString();
        if (!Files.isDirectory(dir)) {
            throw new InputException(new Problem(where, 0, "", "no such results folder"));
        }
        Kind kind = Files.isRegularFile(dir.resolve(Kind.SWEEP.summaryFile)) ? Kind.SWEEP : Kind.RUN;
        Path summaryFile = dir.resolve(kind.summaryFile);
        if (!Files.isRegularFile(summaryFile)) {
            throw new InputException(new Problem(where, 0, "", "not an Entente results folder: no summary.json or sweep.json "
                    + "(run, compare and sweep write one; a folder cut short by an interrupted run has none)"));
        }
        JsonNode summary;
        try {
            summary = JSON.readTree(InputFiles.read(summaryFile));
        } catch (IOException e) {
            throw new InputException(new Problem(summaryFile.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
        if (kind == Kind.RUN && summary.has("question")) {
            kind = Kind.COMPARISON;
        }
        List<Problem> problems = new ArrayList<>();
        for (String f : kind.required) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                problems.add(new Problem(where, 0, "", "incomplete results folder: " + f + " is missing"
                        + (f.startsWith("analysis/") ? " (run entente analyze " + where + " first)" : "")));
            }
        }
        if (kind == Kind.SWEEP && problems.isEmpty()) {
            long done = runsDone(dir.resolve("runs.csv"));
            long total = summary.path("runs").asLong();
            if (done < total) {
                problems.add(new Problem(where, 0, "", "incomplete sweep: " + done + " of " + total
                        + " runs; resume it with entente sweep " + summary.path("sweep_file").asText()
                        + ", then analyze it again"));
            }
        }
        String version = summary.at(kind.versionField).asText("");
        String current = BuildInfo.current().version();
        String field = kind.versionField.substring(1).replace('/', '.');
        if (version.isEmpty()) {
            problems.add(new Problem(summaryFile.toString(), 0, field,
                    "no version in the manifest: not written by Entente, or damaged"));
        } else if (!version.equals(current)) {
            problems.add(new Problem(summaryFile.toString(), 0, field, "written by Entente "
                    + version + ", this is " + current + ": re-run it with this version to report on it"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new ResultsFolder(kind, dir, summary);
    }

    private static long runsDone(Path runs) throws InputException {
        try (var lines = new BufferedReader(new InputStreamReader(InputFiles.open(runs), StandardCharsets.UTF_8)).lines()) {
            return Math.max(0, lines.count() - 1);
        } catch (IOException e) {
            throw new InputException(new Problem(runs.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public boolean has(String name) {
        return Files.isRegularFile(dir.resolve(name));
    }
}
