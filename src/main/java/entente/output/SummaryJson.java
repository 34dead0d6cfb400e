package entente.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.experiment.SeriesStats;
import entente.model.BlocPartition;
import entente.model.EventCounts;
import entente.model.Metric;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.scenario.EventOrigin;
import entente.scenario.Scenario;
import entente.util.BuildInfo;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * summary.json: final, peak and trough of every series (pairwise series: final matrices),
 * the bloc partition, event counts per month and type, and the manifest needed to reproduce
 * the run (version, commit, scenario checksum, seed, every parameter).
 */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {}

    public static void write(RunRecord r, Scenario s, long seed, Path file) throws IOException {
        JSON.writeValue(file.toFile(), build(r, s, seed));
    }

    static ObjectNode build(RunRecord r, Scenario s, long seed) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("name", s.name());
        scenario.put("title", s.title());
        scenario.put("start", r.start().toString());
        scenario.put("end", r.date(r.days() - 1).toString());
        scenario.put("days", r.days());
        metrics(root.putObject("metrics"), r);
        matrices(root, r);
        partition(root.putObject("partition"), r);
        events(root.putObject("events"), r);
        changes(root.putArray("changes"), r);
        manifest(root.putObject("manifest"), s, seed);
        return root;
    }

    private static void metrics(ObjectNode out, RunRecord r) {
        for (RunRecord.Key k : r.keys()) {
            if (!k.partner().isEmpty()) {
                continue;
            }
            String name = k.actor().isEmpty() ? k.metric() : k.metric() + "." + k.actor();
            SeriesStats st = SeriesStats.of(r.series(k));
            ObjectNode m = out.putObject(name);
            m.put("initial", Numbers.round(st.initial()));
            m.put("final", Numbers.round(st.last()));
            m.put("mean", Numbers.round(st.mean()));
            m.put("peak", Numbers.round(st.peak()));
            m.put("peak_date", r.date(st.peakDay()).toString());
            m.put("trough", Numbers.round(st.trough()));
            m.put("trough_date", r.date(st.troughDay()).toString());
        }
    }

    private static void matrices(ObjectNode root, RunRecord r) {
        int last = r.days() - 1;
        for (String metric : List.of(Metric.AFFINITY.key(), Metric.THREAT.key())) {
            ObjectNode m = root.putObject("final_" + metric);
            for (String i : r.actors()) {
                ObjectNode row = m.putObject(i);
                for (String j : r.actors()) {
                    if (!i.equals(j)) {
                        row.put(j, Numbers.round(r.value(new RunRecord.Key(metric, i, j), last)));
                    }
                }
            }
        }
    }

    private static void partition(ObjectNode out, RunRecord r) {
        int last = r.days() - 1;
        int n = r.actors().size();
        int[] side = new int[n];
        for (int i = 0; i < n; i++) {
            side[i] = (int) r.value(new RunRecord.Key(Metric.BLOC_SIDE.key(), r.actors().get(i), ""), last);
        }
        out.put("final", new BlocPartition.Result(side, 0).label(r.actors().toArray(new String[0])));
        int changes = 0;
        for (double c : r.series("partition_changed", "", "")) {
            changes += (int) c;
        }
        out.put("changes", changes);
    }

    private static void events(ObjectNode out, RunRecord r) {
        Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
        for (ModelEvent e : r.events()) {
            String month = YearMonth.from(r.date(e.day())).toString();
            byMonth.computeIfAbsent(month, m -> new TreeMap<>()).merge(e.type().name(), 1, Integer::sum);
        }
        EventCounts all = EventCounts.of(r);
        out.put("total", all.total());
        ObjectNode byOrigin = out.putObject("by_origin");
        Arrays.stream(EventOrigin.values()).sorted(Comparator.comparing(EventOrigin::key))
                .filter(o -> all.of(o) > 0).forEach(o -> byOrigin.put(o.key(), all.of(o)));
        // which types were inputs (timeline) and which the states chose
        Map<String, Map<String, Integer>> byOriginAndType = new TreeMap<>();
        for (ModelEvent e : r.events()) {
            byOriginAndType.computeIfAbsent(e.origin().key(), o -> new TreeMap<>()).merge(e.type().name(), 1, Integer::sum);
        }
        ObjectNode kinds = out.putObject("by_origin_and_type");
        byOriginAndType.forEach((origin, counts) -> counts.forEach(kinds.putObject(origin)::put));
        ObjectNode months = out.putObject("by_month");
        byMonth.forEach((month, counts) -> counts.forEach(months.putObject(month)::put));
    }

    /** The dated policy changes that took effect: inputs of the scenario, like its timeline. */
    private static void changes(com.fasterxml.jackson.databind.node.ArrayNode out, RunRecord r) {
        for (RunRecord.FiredChange c : r.changes()) {
            out.addObject().put("date", r.date(c.day()).toString()).put("id", c.id()).put("source", c.source());
        }
    }

    private static void manifest(ObjectNode out, Scenario s, long seed) {
        BuildInfo b = BuildInfo.current();
        out.put("entente_version", b.version());
        out.put("git_commit", b.commit());
        out.put("git_dirty", b.dirty());
        out.put("scenario_file", s.file());
        out.put("scenario_sha256", s.checksum());
        out.put("seed", seed);
        out.put("period_start", s.start().toString());
        out.put("period_end", s.end().toString());
        ObjectNode p = out.putObject("parameters");
        s.parameters().asMap().forEach(p::put);
    }
}
