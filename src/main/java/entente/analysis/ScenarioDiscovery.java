package entente.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.io.Csv;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.output.ChartFiles;
import entente.output.DiscoveryCharts;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.util.DidYouMean;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVPrinter;

/**
 * Scenario discovery on a sweep: which region of the factors leads to runs where an output
 * lies beyond a threshold. Every run is a case (its point's factor values, and whether its
 * output is beyond the threshold); {@link Prim} peels a trajectory of boxes, one is chosen
 * (by default, of the boxes that restrict a factor, the one that best balances coverage and
 * density, their harmonic mean) and pasted; each restriction gets its quasi-p-value. Writes the trajectory, the box, discovery.json and two charts.
 */
public final class ScenarioDiscovery {
    /** Fewer cases of interest than this and the box rests on too few runs to trust. */
    static final int FEW_CASES = 20;
    static final String MANIFEST = "discovery.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The question: which runs are of interest. */
    public record Question(String output, double threshold, boolean below) {
        boolean of(double v) {
            return below ? v < threshold : v > threshold;
        }

        public String describe() {
            return output + (below ? " below " : " above ") + Numbers.format(threshold);
        }
    }

    /** How PRIM peels and pastes, and which box of the trajectory to take (null: the best balanced). */
    public record Settings(double peel, double paste, double minMass, Integer box) {}

    /** What was found, for the command to print. */
    public record Result(int runs, int total, int interesting, int step, int steps, Prim.Box box, List<String> factors,
                         List<Boolean> restricted, double[] quasiP, List<String> notes, List<Path> files) {}

    private ScenarioDiscovery() {}

    public static Result run(Path sweepDir, Path out, Question q, Settings settings) throws IOException, InputException {
        SweepFolder f = SweepFolder.open(sweepDir);
        int column = f.outputs().indexOf(q.output());
        if (column < 0) {
            throw new InputException(new Problem("--outcome", 0, "", "unknown output '" + q.output() + "'"
                    + DidYouMean.hint(q.output(), f.outputs()) + " (outputs of this sweep: " + String.join(", ", f.outputs())
                    + ")"));
        }
        Cases cases = Cases.read(f, column, q);
        if (cases.interesting == 0 || cases.interesting == cases.n) {
            throw new InputException(new Problem("--threshold", 0, "", String.format("%s in %s run of %,d, so there is "
                            + "nothing to tell apart (its runs range from %s to %s)", q.describe(),
                    cases.interesting == 0 ? "no" : "every", cases.n,
                    Numbers.format(cases.min), Numbers.format(cases.max))));
        }
        Prim prim = new Prim(cases.x, cases.y);
        List<Prim.Box> peeled = prim.peel(settings.peel(), settings.minMass());
        // box 0 restricts nothing: the default is the best balanced box that restricts something
        int step = settings.box() != null ? settings.box()
                : IntStream.range(Math.min(1, peeled.size() - 1), peeled.size()).boxed()
                        .max(Comparator.comparingDouble((Integer k) -> peeled.get(k).balance())).orElseThrow();
        if (step < 0 || step >= peeled.size()) {
            throw new InputException(new Problem("--box", 0, "", "box " + step + " is not on the trajectory: it has "
                    + peeled.size() + " boxes, 0 to " + (peeled.size() - 1)));
        }
        Prim.Box box = prim.paste(peeled.get(step), settings.paste());
        List<Boolean> restricted = IntStream.range(0, f.factors().size()).mapToObj(j -> prim.restricts(box, j)).toList();
        double[] quasiP = IntStream.range(0, f.factors().size()).mapToDouble(j -> prim.quasiP(box, j)).toArray();
        List<String> notes = new ArrayList<>();
        if (settings.box() == null && peeled.get(0).balance() >= peeled.get(step).balance()) {
            notes.add(String.format("no box balances coverage and density better than all runs together (%s of them "
                    + "have %s): the outcome is not concentrated in a region of the factors; the box shown is the "
                    + "best of those that restrict a factor", pct(peeled.get(0).density()), q.describe()));
        }
        if (cases.interesting < FEW_CASES) {
            notes.add(String.format("only %d runs have %s: a box drawn around so few runs is easily chance; run more "
                    + "points or choose a threshold more runs pass", cases.interesting, q.describe()));
        }
        int total = f.manifest().path("runs").asInt();
        if (cases.n < total) {
            notes.add(String.format("only %,d of %,d runs are done: the box covers those", cases.n, total));
        }
        List<String> files = new ArrayList<>();
        RunFolder.write(out, OutputKind.DISCOVERY, dir -> {
            trajectory(dir.resolve("trajectory.csv"), peeled, prim, f.factors(), step);
            boxCsv(dir.resolve("box.csv"), box, prim, f.factors(), quasiP);
            JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest(f, q, settings, cases, step, peeled, box, prim,
                    quasiP));
            files.addAll(List.of("trajectory.csv", "box.csv", MANIFEST));
            String about = String.format("%s; %,d runs of %,d", q.describe(), cases.interesting, cases.n);
            for (Path p : ChartFiles.write(DiscoveryCharts.tradeoff("Scenario discovery: coverage against density — "
                    + f.title(), about + "; PRIM peeling " + Numbers.format(settings.peel()),
                    peeled.stream().mapToDouble(Prim.Box::coverage).toArray(),
                    peeled.stream().mapToDouble(Prim.Box::density).toArray(), step,
                    new double[] {box.coverage(), box.density()}), dir,
                    "tradeoff")) {
                files.add(p.getFileName().toString());
            }
            for (Path p : ChartFiles.write(DiscoveryCharts.box("The box: where " + q.describe() + " — " + f.title(),
                    String.format("coverage %s, density %s, %s of runs inside; bars: the box within each factor's "
                            + "sampled range", pct(box.coverage()), pct(box.density()), pct(box.mass())),
                    f.factors(), prim.min(), prim.max(), box.low(), box.high()), dir, "box")) {
                files.add(p.getFileName().toString());
            }
        });
        return new Result(cases.n, total, cases.interesting, step, peeled.size(), box, f.factors(), restricted, quasiP,
                notes,
                files.stream().map(out::resolve).toList());
    }

    /** A share as a percentage with one decimal: "93.1 %". */
    public static String pct(double share) {
        return Numbers.format(Math.round(share * 1000) / 10.0) + " %";
    }

    /** The runs as cases: factor values by column, and whether each is of interest. */
    private static final class Cases {
        double[][] x;
        boolean[] y;
        int n;
        int interesting;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        static Cases read(SweepFolder f, int column, Question q) throws IOException {
            Cases c = new Cases();
            int d = f.factors().size();
            // per point: its runs' point and whether each is of interest (one pass over runs.csv)
            List<int[]> pointOf = new ArrayList<>();
            List<boolean[]> interesting = new ArrayList<>();
            RunsTable.scan(f.runs(), f.factors(), f.outputs(), f.replications(), (p, runs, count) -> {
                int[] ps = new int[count];
                boolean[] ys = new boolean[count];
                for (int k = 0; k < count; k++) {
                    double v = runs[k][column];
                    ps[k] = p;
                    ys[k] = q.of(v);
                    c.min = Math.min(c.min, v);
                    c.max = Math.max(c.max, v);
                }
                pointOf.add(ps);
                interesting.add(ys);
                c.n += count;
            });
            c.x = new double[d][c.n];
            c.y = new boolean[c.n];
            int i = 0;
            for (int b = 0; b < pointOf.size(); b++) {
                for (int k = 0; k < pointOf.get(b).length; k++, i++) {
                    double[] values = f.design().values()[pointOf.get(b)[k]];
                    for (int j = 0; j < d; j++) {
                        c.x[j][i] = values[j];
                    }
                    c.y[i] = interesting.get(b)[k];
                    c.interesting += c.y[i] ? 1 : 0;
                }
            }
            return c;
        }
    }

    private static void trajectory(Path file, List<Prim.Box> peeled, Prim prim, List<String> factors, int chosen)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("step", "chosen", "runs", "of_interest", "coverage", "density",
                "mass", "restricted"));
        factors.forEach(x -> header.addAll(List.of(x + ".low", x + ".high")));
        try (CSVPrinter csv = Csv.writer(file, header)) {
            for (int k = 0; k < peeled.size(); k++) {
                Prim.Box b = peeled.get(k);
                List<Object> row = new ArrayList<>(List.of(k, k == chosen ? "yes" : "", b.cases(), b.interesting(),
                        Numbers.format(b.coverage()), Numbers.format(b.density()), Numbers.format(b.mass()),
                        IntStream.range(0, factors.size()).filter(j -> prim.restricts(b, j)).count()));
                for (int j = 0; j < factors.size(); j++) {
                    row.add(Numbers.format(b.low()[j]));
                    row.add(Numbers.format(b.high()[j]));
                }
                csv.printRecord(row);
            }
        }
    }

    private static void boxCsv(Path file, Prim.Box box, Prim prim, List<String> factors, double[] quasiP)
            throws IOException {
        double[] min = prim.min();
        double[] max = prim.max();
        try (CSVPrinter csv = Csv.writer(file, List.of("factor", "low", "high", "sampled_min", "sampled_max",
                "restricted", "quasi_p"))) {
            for (int j = 0; j < factors.size(); j++) {
                csv.printRecord(factors.get(j), Numbers.format(box.low()[j]), Numbers.format(box.high()[j]),
                        Numbers.format(min[j]), Numbers.format(max[j]), prim.restricts(box, j) ? "yes" : "no",
                        probability(quasiP[j]));
            }
        }
    }

    /** A small probability in two significant figures ("3.2e-07"); empty when undefined. */
    public static String probability(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        // 1 - P(X < k) cannot tell apart values below about 1e-15 from 0
        return p < 1e-15 ? "<1e-15" : String.format(java.util.Locale.ROOT, "%.2g", p);
    }

    private static ObjectNode manifest(SweepFolder f, Question q, Settings s, Cases cases, int step,
                                       List<Prim.Box> peeled, Prim.Box box, Prim prim, double[] quasiP) {
        ObjectNode m = JSON.createObjectNode();
        m.put("sweep", f.manifest().path("name").asText());
        m.put("output", q.output());
        m.put("threshold", q.threshold());
        m.put("direction", q.below() ? "below" : "above");
        m.put("describes", q.describe());
        m.put("runs", cases.n);
        m.put("of_interest", cases.interesting);
        m.put("peel_alpha", s.peel());
        m.put("paste_alpha", s.paste());
        m.put("min_mass", s.minMass());
        m.put("step", step);
        m.put("chosen_by", s.box() == null ? "best balance of coverage and density (harmonic mean)" : "--box");
        m.put("peeled_coverage", Numbers.round(peeled.get(step).coverage()));
        m.put("peeled_density", Numbers.round(peeled.get(step).density()));
        m.put("coverage", Numbers.round(box.coverage()));
        m.put("density", Numbers.round(box.density()));
        m.put("mass", Numbers.round(box.mass()));
        double[] min = prim.min();
        double[] max = prim.max();
        for (int j = 0; j < f.factors().size(); j++) {
            ObjectNode b = m.withArray("bounds").addObject();
            b.put("factor", f.factors().get(j));
            b.put("low", Numbers.round(box.low()[j]));
            b.put("high", Numbers.round(box.high()[j]));
            b.put("sampled_min", Numbers.round(min[j]));
            b.put("sampled_max", Numbers.round(max[j]));
            b.put("restricted", prim.restricts(box, j));
            if (!Double.isNaN(quasiP[j])) {
                b.put("quasi_p", quasiP[j]);
            }
        }
        return m;
    }

}
