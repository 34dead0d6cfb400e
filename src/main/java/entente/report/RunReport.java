package entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import entente.io.Csv;
import entente.model.Metric;
import entente.scenario.EventOrigin;
import entente.util.Numbers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/** The report of one run, optionally set against another run (--vs). */
final class RunReport {
    /** Headline series of summary.json, with their names for people. */
    static final Map<String, String> HEADLINES = headlines();

    private RunReport() {}

    private static Map<String, String> headlines() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Metric.COHESION_TRILATERAL.key(), "trilateral cohesion (USA, JPN, KOR)");
        m.put(Metric.COHESION_COUNTER.key(), "counter-bloc alignment (CHN, RUS, PRK)");
        m.put(Metric.POLARIZATION.key(), "polarization");
        m.put(Metric.ESCALATION_INDEX.key(), "escalation index");
        m.put("escalation.PRK", "North Korea's escalation");
        m.put("hedging.KOR", "South Korea's hedging (USA minus CHN)");
        return m;
    }

    /** Rows of the event tables on the page at most; events.csv holds them all. */
    static final int MAX_EVENT_ROWS = 250;

    /** @param base how the page addresses the run's files (for links to events.csv) */
    static String render(ResultsFolder run, ResultsFolder vs, String base) throws IOException {
        JsonNode s = run.summary();
        String title = s.at("/scenario/title").asText();
        Html h = new Html();
        h.tag("h1", title);
        h.raw("<p class=\"subtitle\">").text("Entente run report · " + s.at("/scenario/start").asText() + " to "
                + s.at("/scenario/end").asText() + " · seed " + s.at("/manifest/seed").asText()).raw("</p>\n");
        answer(h, s);
        if (vs != null) {
            against(h, run, vs);
        }
        h.tag("h2", "Cohesion and escalation");
        for (String chart : List.of("cohesion", "escalation")) {
            if (run.has(chart + ".svg")) {
                h.figure(run.file(chart + ".svg"), caption(chart));
            }
        }
        h.tag("h2", "Where the states stand at the end");
        Matrices.heatmap(h, "Affinity on " + s.at("/scenario/end").asText() + " (row's disposition toward column; +1 allied, −1 hostile)",
                s.path("final_affinity"), true);
        Matrices.heatmap(h, "Threat on " + s.at("/scenario/end").asText() + " (how threatening the row finds the column)",
                s.path("final_threat"), false);
        h.raw("<p class=\"note\">").text("Best two-bloc split at the end (Axelrod–Bennett): " + s.at("/partition/final").asText()
                + "; it changed " + s.at("/partition/changes").asInt() + " times.").raw("</p>\n");
        timeline(h, run, base);
        Manifest.section(h, s.path("manifest"), "entente run " + s.at("/manifest/scenario_file").asText()
                + " --seed " + s.at("/manifest/seed").asText());
        return Html.page(title + " — Entente report", h.toString());
    }

    private static String caption(String chart) {
        return chart.equals("cohesion")
                ? "Alliance cohesion: trilateral (blue, solid, dots) and counter-bloc (black, long dashes) alignment on the left axis, polarization (sky blue, crosses) on the right axis; grey lines mark timeline events (their family's symbol on top), grey symbols at the bottom the states' own choices."
                : "Escalation level per state (each its own colour, dash pattern and marker) and the capability-weighted index (thick, black, long dashes); events as on the cohesion chart.";
    }

    private static void answer(Html h, JsonNode s) {
        h.raw("<section class=\"answer\">\n<p><strong>").text("What happened").raw("</strong></p>\n<ul>\n");
        JsonNode metrics = s.path("metrics");
        HEADLINES.forEach((key, label) -> {
            JsonNode m = metrics.path(key);
            if (m.isMissingNode()) {
                return;
            }
            h.raw("<li>").text(capitalise(label) + " went from ").raw(value(key + ".initial", m.path("initial")))
                    .text(" to ").raw(value(key + ".final", m.path("final"))).text("; its peak was ")
                    .raw(value(key + ".peak", m.path("peak"))).text(" on " + m.path("peak_date").asText() + ".").raw("</li>\n");
        });
        JsonNode origins = s.at("/events/by_origin");
        List<String> counts = new ArrayList<>();
        for (EventOrigin o : EventOrigin.values()) {
            if (o.alwaysCounted() || origins.has(o.key())) {
                counts.add(origins.path(o.key()).asInt(0) + " " + o.description());
            }
        }
        h.raw("<li>").text(s.at("/events/total").asInt() + " events fired: " + String.join(", ", counts) + ".").raw("</li>\n");
        // which kinds of event were inputs and which the states chose: what the run predicts
        s.at("/events/by_origin_and_type").fields().forEachRemaining(o -> {
            List<String> kinds = new ArrayList<>();
            o.getValue().fields().forEachRemaining(t -> kinds.add(t.getValue().asInt() + " " + t.getKey()));
            EventOrigin origin = EventOrigin.of(o.getKey());
            h.raw("<li>").text(capitalise(origin == null ? o.getKey() : origin.description()) + ": "
                    + String.join(", ", kinds) + ".").raw("</li>\n");
        });
        List<String> changes = new ArrayList<>();
        s.at("/changes").forEach(c -> changes.add(c.path("id").asText() + " (" + c.path("date").asText() + ")"));
        if (!changes.isEmpty()) {
            h.raw("<li>").text("Dated policy changes (inputs) that took effect: " + String.join(", ", changes) + ".").raw("</li>\n");
        }
        h.raw("</ul>\n</section>\n");
    }

    static String value(String key, JsonNode v) {
        return "<span class=\"v\" data-key=\"" + Html.esc(key) + "\">" + Html.esc(Numbers.format(v.asDouble())) + "</span>";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** This run against another: headline values side by side, and what differs in the scenarios. */
    private static void against(Html h, ResultsFolder run, ResultsFolder vs) throws IOException {
        JsonNode a = run.summary();
        JsonNode b = vs.summary();
        h.tag("h2", "Against " + b.at("/scenario/title").asText());
        List<List<String>> rows = new ArrayList<>();
        HEADLINES.forEach((key, label) -> {
            for (String stat : List.of("final", "peak")) {
                JsonNode x = a.at("/metrics/" + key + "/" + stat);
                JsonNode y = b.at("/metrics/" + key + "/" + stat);
                if (!x.isMissingNode() && !y.isMissingNode()) {
                    rows.add(List.of(label + ", " + stat, Numbers.format(y.asDouble()), Numbers.format(x.asDouble()),
                            Numbers.format(x.asDouble() - y.asDouble())));
                }
            }
        });
        h.table("One run each (seed " + a.at("/manifest/seed").asText() + " and " + b.at("/manifest/seed").asText()
                + "); for a difference with confidence intervals use entente compare",
                List.of("metric", b.at("/scenario/name").asText(), a.at("/scenario/name").asText(), "difference"), rows);
        List<List<String>> changes = new ArrayList<>();
        JsonNode pa = a.at("/manifest/parameters");
        JsonNode pb = b.at("/manifest/parameters");
        TreeSet<String> paths = new TreeSet<>();
        pa.fieldNames().forEachRemaining(paths::add);
        pb.fieldNames().forEachRemaining(paths::add);
        for (String p : paths) {
            String x = pa.has(p) ? pa.get(p).asText() : "—";
            String y = pb.has(p) ? pb.get(p).asText() : "—";
            if (!x.equals(y)) {
                changes.add(List.of(p, y, x));
            }
        }
        Map<String, String> eventsA = timelineIds(run);
        Map<String, String> eventsB = timelineIds(vs);
        eventsB.forEach((id, d) -> {
            if (!eventsA.containsKey(id)) {
                changes.add(List.of("event " + id, d, "—"));
            }
        });
        eventsA.forEach((id, d) -> {
            if (!eventsB.containsKey(id)) {
                changes.add(List.of("event " + id, "—", d));
            }
        });
        h.table("What differs in the scenarios (" + changes.size() + ")",
                List.of("parameter or event", b.at("/scenario/name").asText(), a.at("/scenario/name").asText()), changes);
    }

    private static Map<String, String> timelineIds(ResultsFolder f) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (CSVRecord r : events(f)) {
            if (!origin(r).isChoice()) {
                out.put(Csv.plain(r.get("id")), r.get("date") + " " + r.get("type"));
            }
        }
        return out;
    }

    private static EventOrigin origin(CSVRecord r) {
        return EventOrigin.of(r.get("origin"));
    }

    static List<CSVRecord> events(ResultsFolder f) throws IOException {
        return Csv.read(f.file("events.csv")).rows();
    }

    private static void timeline(Html h, ResultsFolder run, String base) throws IOException {
        List<List<String>> timeline = new ArrayList<>();
        List<List<String>> decisions = new ArrayList<>();
        for (CSVRecord r : events(run)) {
            String who = r.get("actors").replace(";", ", ") + (r.get("targets").isEmpty() ? "" : " → " + r.get("targets").replace(";", ", "));
            String type = r.get("type") + (Csv.plain(r.get("subtype")).isEmpty() ? "" : " " + Csv.plain(r.get("subtype")))
                    + (r.get("overflight").equals("true") ? " (over Japan)" : "");
            if (origin(r).isChoice()) {
                decisions.add(List.of(r.get("date"), type, who, Csv.plain(r.get("why"))));
            } else {
                timeline.add(List.of(r.get("date"), Csv.plain(r.get("id")), type, who, r.get("intensity"),
                        origin(r) == EventOrigin.INJECTED ? "injected in the GUI" : Csv.plain(r.get("source")), Csv.plain(r.get("note"))));
            }
        }
        h.tag("h2", "Event timeline");
        h.pagedTable(timeline.size() + " events from the timeline, with their sources",
                List.of("date", "event", "type", "who → at whom", "intensity", "source", "note"), timeline,
                MAX_EVENT_ROWS, base + "events.csv", "events.csv");
        h.raw("<details><summary>").text(decisions.size() + " events chosen by the states, and why").raw("</summary>\n");
        h.pagedTable(null, List.of("date", "type", "who → at whom", "why (choice probability and utility terms)"),
                decisions, MAX_EVENT_ROWS, base + "events.csv", "events.csv");
        h.close("details");
    }
}
