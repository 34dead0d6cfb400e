package entente.analysis;

import entente.io.InputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * runs.csv read back for analysis: the outputs of every run in run order. A line cut short by
 * a crash, and anything after it, is left out, as a resumed sweep would.
 */
record RunsTable(List<String> outputs, int[] point, double[][] values) {

    static RunsTable read(Path file, List<String> factors, List<String> outputs, int replications) throws IOException {
        int first = 4 + factors.size(); // run, point, replication, seed, factors...
        int width = first + outputs.size();
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            List<String> expected = new ArrayList<>(List.of("run", "point", "replication", "seed"));
            expected.addAll(factors);
            expected.addAll(outputs);
            if (header == null || !header.equals(String.join(",", expected))) {
                throw new IOException(file + ": the header does not match the sweep's manifest");
            }
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length != width || !f[0].equals(Integer.toString(rows.size()))) {
                    break;
                }
                double[] v = new double[outputs.size()];
                for (int c = 0; c < v.length; c++) {
                    v[c] = Double.parseDouble(f[first + c]);
                }
                rows.add(v);
            }
        }
        int[] point = new int[rows.size()];
        for (int r = 0; r < point.length; r++) {
            point[r] = r / replications;
        }
        return new RunsTable(List.copyOf(outputs), point, rows.toArray(new double[0][]));
    }

    int runs() {
        return values.length;
    }

    /** One output of the runs whose index is in [from, to). */
    double[] column(int output, int from, int to) {
        double[] out = new double[Math.max(0, Math.min(to, runs()) - from)];
        for (int r = 0; r < out.length; r++) {
            out[r] = values[from + r][output];
        }
        return out;
    }
}
