package entente.analysis;

import entente.io.InputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * runs.csv read back for analysis in one pass, a design point at a time: the runs of a point
 * are neighbours (run r belongs to point r / replications), so only one point's outputs are
 * held at once, however many runs the sweep has. A line cut short by a crash, and anything
 * after it, is left out, as a resumed sweep would.
 */
final class RunsTable {
    /** Receives each point that has runs, in point order. */
    interface PointSink {
        /**
         * @param runs the outputs of the point's runs in run order: {@code runs[k][output]} for
         *             k below {@code count} (the array is reused for the next point)
         */
        void point(int point, double[][] runs, int count) throws IOException;
    }

    private RunsTable() {}

    /** Reads every complete line, hands the runs over point by point and returns how many runs there were. */
    static int scan(Path file, List<String> factors, List<String> outputs, int replications, PointSink sink)
            throws IOException {
        int first = 4 + factors.size(); // run, point, replication, seed, factors...
        int width = first + outputs.size();
        double[][] runs = new double[replications][outputs.size()];
        int count = 0;
        int point = 0;
        int run = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            List<String> expected = new ArrayList<>(List.of("run", "point", "replication", "seed"));
            expected.addAll(factors);
            expected.addAll(outputs);
            if (header == null || !header.equals(String.join(",", expected))) {
                throw new IOException(file + ": the header does not match the sweep's manifest");
            }
            String line;
            while ((line = in.readLine()) != null && parse(line, run, first, width, runs[count])) {
                run++;
                if (++count == replications) {
                    sink.point(point++, runs, count);
                    count = 0;
                }
            }
        }
        if (count > 0) {
            sink.point(point, runs, count);
        }
        return run;
    }

    /** Parses the outputs of a line into {@code into}; false when the line is not run {@code run} in full. */
    private static boolean parse(String line, int run, int first, int width, double[] into) {
        int fields = 1;
        for (int i = 0; i < line.length(); i++) {
            fields += line.charAt(i) == ',' ? 1 : 0;
        }
        int comma = line.indexOf(',');
        if (fields != width || comma < 0 || !line.substring(0, comma).equals(Integer.toString(run))) {
            return false;
        }
        int start = 0;
        for (int f = 0; f < width; f++) {
            int end = f == width - 1 ? line.length() : line.indexOf(',', start);
            if (f >= first) {
                into[f - first] = Double.parseDouble(line.substring(start, end));
            }
            start = end + 1;
        }
        return true;
    }
}
