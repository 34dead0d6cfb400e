package entente.output;

import entente.scenario.Factor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.calibration.CalibrationSpec;
import entente.calibration.Calibrator;
import entente.calibration.Target;
import entente.io.Csv;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.scenario.ParameterOverrides;
import entente.util.BuildInfo;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results of a calibration: the fitted values as a scenario that extends the calibrated
 * one (fitted.yaml), the fit report per target (fit-report.csv), the parameters
 * (parameters.csv), a manifest (fit.json) and the charts (fit, convergence).
 */
public final class CalibrationOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CalibrationOutput() {}

    /** One row of the fit report. */
    public record Row(Target target, double mean, double halfWidth) {
        public boolean pass() {
            return target.contains(mean);
        }
    }

    public static List<Row> rows(CalibrationSpec spec, Calibrator.Evaluation e) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < spec.targets().size(); k++) {
            rows.add(new Row(spec.targets().get(k), e.means()[k], e.halfWidths()[k]));
        }
        return rows;
    }

    public static void write(CalibrationSpec spec, Calibrator.Fit fit, Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        RunFolder.write(folder, OutputKind.CALIBRATE, dir -> {
            Files.writeString(dir.resolve("fitted.yaml"), fittedScenario(spec, fit, target), StandardCharsets.UTF_8);
            report(rows(spec, fit.best()), dir.resolve("fit-report.csv"));
            parameters(spec, fit, dir.resolve("parameters.csv"));
            JSON.writeValue(dir.resolve("fit.json").toFile(), manifest(spec, fit));
            ChartFiles.write(CalibrationCharts.fit(rows(spec, fit.best()), rows(spec, fit.start())), dir, "fit");
            ChartFiles.write(CalibrationCharts.convergence(fit.lossHistory()), dir, "convergence");
        });
    }

    /** Every path of every free parameter at its fitted value. */
    public static Map<String, Double> fittedValues(CalibrationSpec spec, double[] values) {
        Map<String, Double> out = new TreeMap<>();
        for (int i = 0; i < spec.free().size(); i++) {
            for (String path : spec.free().get(i).paths()) {
                out.put(path, Numbers.round(values[i]));
            }
        }
        return out;
    }

    private static String fittedScenario(CalibrationSpec spec, Calibrator.Fit fit, Path folder) {
        String parent = folder.relativize(spec.scenarioFile().toAbsolutePath().normalize()).toString();
        String header = "# Fitted by `entente calibrate " + spec.file() + "`: the calibrated scenario with the\n"
                + "# fitted values of its free parameters. Run it like any scenario.\n";
        return header + ParameterOverrides.yaml(parent, spec.scenario().name() + "-fitted",
                spec.scenario().title() + " (fitted)", fittedValues(spec, fit.best().values()));
    }

    private static void report(List<Row> rows, Path file) throws IOException {
        try (CSVPrinter out = Csv.writer(file, List.of("target", "set", "description", "source", "range", "simulated_mean",
                "ci_low", "ci_high", "status"))) {
            for (Row r : rows) {
                Target t = r.target();
                out.printRecord(t.id(), t.heldOut() ? "held-out" : "in-sample", t.description(), t.source(), t.range(),
                        Numbers.format(r.mean()), Numbers.format(r.mean() - r.halfWidth()),
                        Numbers.format(r.mean() + r.halfWidth()), r.pass() ? "pass" : "miss");
            }
        }
    }

    private static void parameters(CalibrationSpec spec, Calibrator.Fit fit, Path file) throws IOException {
        try (CSVPrinter out = Csv.writer(file, List.of("name", "paths", "min", "max", "start", "fitted", "note"))) {
            for (int i = 0; i < spec.free().size(); i++) {
                Factor f = spec.free().get(i);
                out.printRecord(f.name(), String.join(";", f.paths()), Numbers.format(f.min()), Numbers.format(f.max()),
                        Numbers.format(fit.start().values()[i]), Numbers.format(fit.best().values()[i]), f.note());
            }
        }
    }

    /** What any calibration's manifest starts with: the build, the spec and the scenario it fits. */
    static ObjectNode specManifest(CalibrationSpec spec) {
        ObjectNode root = JSON.createObjectNode();
        BuildInfo b = BuildInfo.current();
        root.put("entente_version", b.version());
        root.put("git_commit", b.commit());
        root.put("git_dirty", b.dirty());
        root.put("spec", String.valueOf(spec.file()));
        root.put("scenario", spec.scenario().name());
        root.put("scenario_sha256", spec.scenario().checksum());
        return root;
    }

    private static ObjectNode manifest(CalibrationSpec spec, Calibrator.Fit fit) {
        ObjectNode root = specManifest(spec);
        root.put("seed", spec.seed());
        root.put("replications", spec.replications());
        root.put("evaluations", fit.lossHistory().length);
        root.put("optimizer", "CMA-ES (Apache Commons Math 3), on [0, 1] per parameter, sigma " + spec.sigma());
        root.put("loss_start", Numbers.round(fit.start().loss()));
        root.put("loss_fitted", Numbers.round(fit.best().loss()));
        ObjectNode fitted = root.putObject("fitted");
        fittedValues(spec, fit.best().values()).forEach(fitted::put);
        return root;
    }
}
