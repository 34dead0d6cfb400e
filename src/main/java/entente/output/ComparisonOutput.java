package entente.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.experiment.Comparison;
import entente.experiment.EffectUncertainty;
import entente.experiment.MeanEstimate;
import entente.io.Csv;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.model.RunRecord;
import entente.scenario.Scenario;
import entente.scenario.ScenarioDiff;
import entente.util.BuildInfo;
import entente.util.Numbers;
import entente.util.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The results folder of a comparison: daily differences (difference.csv), effects on final,
 * peak and mean values and on event counts (effects.csv), the plain-language answer and the
 * manifest (summary.json), and the overlay and difference charts.
 */
public final class ComparisonOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    public static final String REPLICATIONS = "replications.csv";
    private static final String[] ESTIMATE = {"base_mean", "variant_mean", "difference", "ci_low", "ci_high"};

    private ComparisonOutput() {}

    public static void write(Comparison c, Path folder, boolean charts) throws IOException {
        write(c, folder, charts, null);
    }

    /** @param posterior the posterior file a comparison across draws used, for the manifest */
    public static void write(Comparison c, Path folder, boolean charts, String posterior) throws IOException {
        write(c, folder, charts, posterior, false);
    }

    /** As {@link #write(Comparison, Path, boolean, String)}; with {@code perReplication} also replications.csv. */
    public static void write(Comparison c, Path folder, boolean charts, String posterior, boolean perReplication)
            throws IOException {
        RunFolder.write(folder, OutputKind.COMPARE, dir -> {
            daily(c, dir.resolve("difference.csv"));
            effects(c, dir.resolve("effects.csv"));
            if (perReplication) {
                replications(c, dir.resolve(REPLICATIONS));
            }
            JSON.writeValue(dir.resolve("summary.json").toFile(), summary(c, posterior));
            if (charts) {
                CompareCharts.write(c, dir);
            }
        });
    }

    private static String[] header(String... first) {
        String[] h = new String[first.length + ESTIMATE.length];
        System.arraycopy(first, 0, h, 0, first.length);
        System.arraycopy(ESTIMATE, 0, h, first.length, ESTIMATE.length);
        return h;
    }

    private static void daily(Comparison c, Path file) throws IOException {
        List<RunRecord.Key> keys = c.keys();
        try (CSVPrinter out = Csv.writer(file, List.of(header("date", "metric", "actor", "partner")))) {
            for (int d = 0; d < c.days(); d++) {
                String date = c.date(d).toString();
                for (int k = 0; k < keys.size(); k++) {
                    RunRecord.Key key = keys.get(k);
                    out.printRecord(row(c.daily(k, d), date, key.metric(), key.actor(), key.partner()));
                }
            }
        }
    }

    /**
     * One row per effect. Across a posterior, ci_low and ci_high are the seed-only interval and
     * total_low, total_high, p_sign and parameter_sd follow (see {@link EffectUncertainty}).
     */
    private static void effects(Comparison c, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of(header("metric", "actor", "partner", "statistic")));
        if (c.draws() > 0) {
            header.addAll(List.of("total_low", "total_high", "p_sign", "parameter_sd"));
        }
        try (CSVPrinter out = Csv.writer(file, header)) {
            for (var e : c.effects().entrySet()) {
                RunRecord.Key k = e.getKey().series();
                Object[] row = row(e.getValue(), k.metric(), k.actor(), k.partner(), e.getKey().statistic());
                if (c.draws() == 0) {
                    out.printRecord(row);
                    continue;
                }
                EffectUncertainty u = c.uncertainty(e.getKey());
                List<Object> r = new ArrayList<>(List.of(row));
                int at = r.size() - 3; // difference, ci_low, ci_high
                r.set(at, Numbers.format(u.mean()));
                r.set(at + 1, Numbers.format(u.seedLow()));
                r.set(at + 2, Numbers.format(u.seedHigh()));
                for (double v : new double[] {u.totalLow(), u.totalHigh(), u.pSign(), u.parameterSd()}) {
                    r.add(Numbers.format(v));
                }
                out.printRecord(r);
            }
        }
    }

    /**
     * One row per replication: its index, both seeds (as text: they may exceed what a double
     * holds exactly), then each summary, count and outcome of the base and of the variant.
     */
    private static void replications(Comparison c, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("replication", "seed", "variant_seed"));
        for (String side : List.of("base", "variant")) {
            c.replicationColumns().forEach(col -> header.add(side + "." + col));
        }
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        List<double[][]> rows = c.perReplication();
        for (int r = 0; r < rows.size(); r++) {
            sb.append(r).append(',').append(Seeds.csvField(c.baseSeed(r))).append(',')
                    .append(Seeds.csvField(c.variantSeed(r)));
            for (double[] side : rows.get(r)) {
                for (double v : side) {
                    sb.append(',').append(Numbers.format(v));
                }
            }
            sb.append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static Object[] row(MeanEstimate e, Object... first) {
        Object[] r = new Object[first.length + ESTIMATE.length];
        System.arraycopy(first, 0, r, 0, first.length);
        double[] v = {e.baseMean(), e.variantMean(), e.difference(), e.low(), e.high()};
        for (int i = 0; i < v.length; i++) {
            r[first.length + i] = Numbers.format(v[i]);
        }
        return r;
    }

    static ObjectNode summary(Comparison c, String posterior) {
        ObjectNode root = JSON.createObjectNode();
        root.put("question", c.variant().title() + " (" + c.variant().name() + ") against " + c.base().title()
                + " (" + c.base().name() + ")");
        Headlines.of(c).forEach(root.putArray("answer")::add);
        ScenarioDiff.of(c.base(), c.variant()).forEach(ch -> root.withArray("/changes").add(ch.toString()));
        ObjectNode m = root.putObject("manifest");
        BuildInfo b = BuildInfo.current();
        m.put("entente_version", b.version());
        m.put("git_commit", b.commit());
        m.put("git_dirty", b.dirty());
        scenario(m.putObject("base"), c.base());
        scenario(m.putObject("variant"), c.variant());
        m.put("seed", c.seed());
        m.put("replications", c.replications());
        m.put("common_random_numbers", c.commonRandomNumbers());
        if (c.draws() > 0) {
            m.put("posterior", posterior == null ? "" : posterior);
            m.put("draws", c.draws());
            m.put("replications_per_draw", c.replicationsPerDraw());
        }
        m.put("start", c.date(0).toString());
        m.put("end", c.date(c.days() - 1).toString());
        return root;
    }

    private static void scenario(ObjectNode out, Scenario s) {
        out.put("name", s.name());
        out.put("file", s.file());
        out.put("sha256", s.checksum());
    }
}
