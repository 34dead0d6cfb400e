package entente.calibration;

import entente.io.InputFiles;
import entente.scenario.Factor;
import entente.scenario.InputException;
import entente.scenario.ParameterRegistry;
import entente.scenario.Parameters;
import entente.scenario.Problem;
import entente.scenario.Scenario;
import entente.util.Numbers;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A posterior ensemble as a file that comparisons and sweeps point to: CSV with {@code #}
 * comment lines, a header {@code weight,<path>,<path>,...} naming parameter paths, and one row
 * per parameter set. A parameter that sets several paths has a column for each, with the same
 * value; read back, every column is a parameter of its own.
 */
public final class PosteriorFile {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setRecordSeparator('\n').build();
    private static final String WEIGHT = "weight";
    /** Problems reported at most: a wrong file gives one per cell. */
    private static final int MAX_PROBLEMS = 30;

    private PosteriorFile() {}

    /** Writes the posterior, with {@code comments} (each a line) above the header. */
    public static void write(Posterior p, Path file, List<String> comments) throws IOException {
        List<String> header = new ArrayList<>(List.of(WEIGHT));
        for (Factor f : p.parameters()) {
            header.addAll(f.paths());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, FORMAT)) {
            for (String c : comments) {
                out.printComment(c);
            }
            out.printRecord(header);
            for (int i = 0; i < p.size(); i++) {
                List<String> row = new ArrayList<>(List.of(Numbers.format(p.weights()[i])));
                for (int k = 0; k < p.parameters().size(); k++) {
                    String v = Numbers.format(p.values()[i][k]);
                    p.parameters().get(k).paths().forEach(path -> row.add(v));
                }
                out.printRecord(row);
            }
        }
    }

    /**
     * Reads a posterior file for a scenario: every path must be one of the scenario's
     * parameters and every value in its range. Problems name the file, line and column.
     */
    public static Posterior read(Path file, Scenario scenario) throws InputException {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        List<CSVRecord> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Reader in = new StringReader(InputFiles.text(name, InputFiles.read(file))); CSVParser parser = FORMAT.parse(in)) {
            for (CSVRecord r : parser) {
                records.add(r);
                lines.add((int) parser.getCurrentLineNumber());
            }
        } catch (NoSuchFileException e) {
            throw new InputException(new Problem(name, 0, "", "no such file"));
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InputException(new Problem(name, 0, "", "cannot read: " + e.getMessage()));
        }
        if (records.size() < 2) {
            throw new InputException(new Problem(name, 0, "", "a posterior file needs a header (weight, then parameter paths) and at least one row"));
        }
        CSVRecord header = records.get(0);
        int line = lines.get(0);
        List<Factor> parameters = parameters(header, line, scenario.parameters(), name, problems);
        int columns = header.size();
        double[][] values = new double[records.size() - 1][columns - 1];
        double[] weights = new double[records.size() - 1];
        for (int i = 1; i < records.size() && problems.size() < MAX_PROBLEMS; i++) {
            CSVRecord r = records.get(i);
            int at = lines.get(i);
            if (r.size() != columns) {
                problems.add(new Problem(name, at, "", "row has " + r.size() + " values, the header " + columns));
                continue;
            }
            weights[i - 1] = number(r.get(0), name, at, WEIGHT, problems);
            if (weights[i - 1] < 0) {
                problems.add(new Problem(name, at, WEIGHT, "a weight cannot be negative"));
            }
            for (int c = 1; c < columns; c++) {
                double v = number(r.get(c), name, at, header.get(c), problems);
                values[i - 1][c - 1] = v;
                String bad = ParameterRegistry.find(header.get(c)).map(f -> f.check(v)).orElse(null);
                if (bad != null) {
                    problems.add(new Problem(name, at, header.get(c), bad));
                }
            }
        }
        if (problems.isEmpty() && java.util.Arrays.stream(weights).sum() <= 0) {
            problems.add(new Problem(name, line, WEIGHT, "every weight is 0"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Posterior(parameters, values, weights);
    }

    private static List<Factor> parameters(CSVRecord header, int line, Parameters known, String name,
                                                  List<Problem> problems) {
        if (header.size() < 2 || !WEIGHT.equals(header.get(0))) {
            problems.add(new Problem(name, line, "header", "the header must be weight, then parameter paths"));
            return List.of();
        }
        List<Factor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 1; c < header.size(); c++) {
            String path = header.get(c);
            if (!known.has(path)) {
                problems.add(new Problem(name, line, path, "the scenario has no parameter " + path));
            } else if (!seen.add(path)) {
                problems.add(new Problem(name, line, path, "the column " + path + " appears twice"));
            } else {
                double[] range = Parameters.range(path);
                out.add(new Factor(path, List.of(path), range[0], range[1], ""));
            }
        }
        return out;
    }

    private static double number(String text, String name, int line, String field, List<Problem> problems) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(name, line, field, "'" + text + "' is not a finite number"));
        return 0;
    }
}
