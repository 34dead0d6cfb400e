package entente.experiment;

import entente.io.Csv;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** design.csv: one row per design point with its block, role, Morris step and factor values. */
public final class DesignCsv {
    private static final List<String> FIXED = List.of("point", "block", "role", "step");

    private DesignCsv() {}

    public static void write(Design d, Path file) throws IOException {
        List<String> header = new ArrayList<>(FIXED);
        header.addAll(d.factors());
        try (CSVPrinter csv = Csv.writer(file, header)) {
            for (int p = 0; p < d.size(); p++) {
                List<Object> row = new ArrayList<>(List.of(p, d.block()[p], d.role(p), Numbers.format(d.step()[p])));
                for (double v : d.values()[p]) {
                    row.add(Numbers.format(v));
                }
                csv.printRecord(row);
            }
        }
    }

    /** Reads a design written by {@link #write}; the type is not in the file and is passed in. */
    public static Design read(Path file, DesignType type, List<String> factors) throws IOException {
        List<double[]> values = new ArrayList<>();
        List<int[]> structure = new ArrayList<>();
        List<Double> steps = new ArrayList<>();
        for (CSVRecord r : Csv.read(file).rows()) {
            structure.add(new int[] {Integer.parseInt(r.get("block")), Design.varied(r.get("role"), factors)});
            steps.add(Double.parseDouble(r.get("step")));
            values.add(factors.stream().mapToDouble(f -> Double.parseDouble(r.get(f))).toArray());
        }
        return new Design(type, List.copyOf(factors), values.toArray(new double[0][]),
                structure.stream().mapToInt(s -> s[0]).toArray(), structure.stream().mapToInt(s -> s[1]).toArray(),
                steps.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
