package entente.analysis;

import entente.io.InputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * runs.csv read back for analysis in one pass, a design point at a time: the runs of a point
 * are neighbours (run r belongs to point r / replications), so only the outputs of the point
 * at hand and of a few read ahead are held at once, however many runs the sweep has. A line cut short by a crash, and anything
 * after it, is left out, as a resumed sweep would.
 */
final class RunsTable {
    /** Receives each point that has runs, in point order. */
    interface PointSink {
        /**
         * @param runs the outputs of the point's runs in run order: {@code runs[k][output]} for
         *             k below {@code count}
         */
        void point(int point, double[][] runs, int count) throws IOException;
    }

    private RunsTable() {}

    /**
     * Reads every complete line, hands the runs over point by point and returns how many runs
     * there were. Another thread reads and parses the lines a few points ahead, so that the
     * sink's work (statistics, points.csv) runs beside it on a second core.
     */
    static int scan(Path file, List<String> factors, List<String> outputs, int replications, PointSink sink)
            throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(InputFiles.open(file), StandardCharsets.UTF_8));
        Ahead ahead;
        try {
            String header = in.readLine();
            List<String> expected = new ArrayList<>(List.of("run", "point", "replication", "seed"));
            expected.addAll(factors);
            expected.addAll(outputs);
            if (header == null || !header.equals(String.join(",", expected))) {
                throw new IOException(file + ": the header does not match the sweep's manifest");
            }
            ahead = new Ahead(in, 4 + factors.size(), outputs.size(), replications);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        try {
            for (Points p = ahead.next(); ; p = ahead.next()) {
                if (p.error() instanceof IOException e) {
                    throw e;
                }
                if (p.error() instanceof RuntimeException e) {
                    throw e;
                }
                if (p.count() == 0) {
                    return p.runsBefore();
                }
                sink.point(p.point(), p.runs(), p.count());
            }
        } finally {
            ahead.stop();
        }
    }

    /** A point's runs as read, or the end (no runs: {@code runsBefore} is the total), or what went wrong. */
    private record Points(int point, double[][] runs, int count, int runsBefore, Exception error) {}

    /** The thread that reads runs.csv ahead of the sink, into a short queue of points. */
    private static final class Ahead {
        /** Points read ahead at most. */
        private static final int QUEUE = 64;
        private final BlockingQueue<Points> queue = new ArrayBlockingQueue<>(QUEUE);
        private final Thread thread;

        Ahead(BufferedReader in, int first, int outputs, int replications) {
            thread = new Thread(() -> read(in, first, first + outputs, replications), "entente-runs-reader");
            thread.setDaemon(true);
            thread.start();
        }

        private void read(BufferedReader in, int first, int width, int replications) {
            try (in) {
                double[][] runs = new double[replications][width - first];
                int count = 0;
                int point = 0;
                int run = 0;
                String line;
                while ((line = in.readLine()) != null && parse(line, run, first, width, runs[count])) {
                    run++;
                    if (++count == replications) {
                        queue.put(new Points(point++, runs, count, run - count, null));
                        runs = new double[replications][width - first];
                        count = 0;
                    }
                }
                if (count > 0) {
                    queue.put(new Points(point, runs, count, run - count, null));
                }
                queue.put(new Points(point, null, 0, run, null));
            } catch (IOException | RuntimeException e) {
                try {
                    queue.put(new Points(0, null, 0, 0, e));
                } catch (InterruptedException stopped) {
                    // the sink stopped first: nobody waits for the error
                }
            } catch (InterruptedException e) {
                // the sink stopped early: nothing more is wanted
            }
        }

        Points next() throws IOException {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading runs.csv", e);
            }
        }

        /** Ends the reading thread if it is still at work (the sink failed) and waits for it to close the file. */
        void stop() {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
