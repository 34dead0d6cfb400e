package entente.gui;

import entente.model.EntenteModel;
import entente.model.Metric;
import entente.model.RunRecord;
import entente.output.ChartStyle;
import entente.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JTabbedPane;

/**
 * The charts of the run, one tab each: cohesion of the two blocs, escalation, hedging. Their
 * value axes are set once, from a quick headless run of the scenario as opened, so that they
 * do not jump while the class watches; a run that leaves them widens them once.
 */
final class ChartTabs {
    static final String COHESION = "Cohesion";
    static final String ESCALATION = "Escalation";
    static final String HEDGING = "Hedging";

    private final JTabbedPane tabs = new JTabbedPane();
    private final Map<String, LiveChart> charts = new LinkedHashMap<>();

    /** The charts of a scenario; axes names a chart's fixed value range (a lesson's choice), if any. */
    ChartTabs(Scenario s, long seed, List<RunRecord.Key> watched, Map<String, double[]> axes) {
        RunRecord preview = EntenteModel.run(s, seed);
        add(COHESION, s, preview, cohesionLines(s, preview, watched), "alignment", axes);
        add(ESCALATION, s, preview, escalationLines(s, preview, watched), "escalation level", axes);
        add(HEDGING, s, preview, perState(Metric.HEDGING.key(), s, preview, watched),
                "hedging (+ toward " + s.hedgingPoles().get(0) + ")", axes);
        tabs.setName("charts");
    }

    private void add(String name, Scenario s, RunRecord preview, List<LiveChart.Line> lines, String yLabel,
                     Map<String, double[]> axes) {
        double[] fixed = axes.get(name);
        LiveChart c = new LiveChart(lines, yLabel, s.start(), s.days(), preview.actors(),
                fixed != null ? fixed : range(preview, lines), fixed != null);
        charts.put(name, c);
        c.panel().setName("chart " + name);
        tabs.addTab(name, c.panel());
    }

    private static List<LiveChart.Line> cohesionLines(Scenario s, RunRecord r, List<RunRecord.Key> watched) {
        List<LiveChart.Line> out = new ArrayList<>();
        line(out, r, watched, key(Metric.COHESION_TRILATERAL.key(), ""), s, ChartStyle.BLUE, 0);
        line(out, r, watched, key(Metric.COHESION_COUNTER.key(), ""), s, ChartStyle.BLACK, 1);
        RunRecord.Key polarization = key(Metric.POLARIZATION.key(), "");
        if (r.has(polarization.metric(), "", "")) {
            // twice the range of alignment: drawn at half its value, read on a right-hand axis of its own
            out.add(new LiveChart.Line(polarization, SeriesNames.legend(polarization, s) + LiveChart.RIGHT_NOTE,
                    ChartStyle.SKY_BLUE, ChartStyle.stroke(2, ChartStyle.LINE_WIDTH), watched.contains(polarization), 0.5));
        }
        return out;
    }

    private static List<LiveChart.Line> escalationLines(Scenario s, RunRecord r, List<RunRecord.Key> watched) {
        List<LiveChart.Line> out = perState(Metric.ESCALATION.key(), s, r, watched);
        RunRecord.Key index = key(Metric.ESCALATION_INDEX.key(), "");
        out.add(new LiveChart.Line(index, SeriesNames.legend(index, s), ChartStyle.BLACK, ChartStyle.stroke(1, 3.6f),
                watched.contains(index)));
        return out;
    }

    /** One line per state that has the metric, in the state's own colour and dash. */
    private static List<LiveChart.Line> perState(String metric, Scenario s, RunRecord r, List<RunRecord.Key> watched) {
        List<LiveChart.Line> out = new ArrayList<>();
        for (String id : r.actors()) {
            RunRecord.Key k = key(metric, id);
            if (r.has(metric, id, "")) {
                out.add(new LiveChart.Line(k, SeriesNames.legend(k, s), ChartStyle.colour(id),
                        ChartStyle.stroke(id, ChartStyle.LINE_WIDTH), watched.contains(k)));
            }
        }
        return out;
    }

    private static void line(List<LiveChart.Line> out, RunRecord r, List<RunRecord.Key> watched, RunRecord.Key k,
                             Scenario s, java.awt.Color colour, int dash) {
        if (r.has(k.metric(), k.actor(), k.partner())) {
            out.add(new LiveChart.Line(k, SeriesNames.legend(k, s), colour, ChartStyle.stroke(dash, ChartStyle.LINE_WIDTH),
                    watched.contains(k)));
        }
    }

    private static RunRecord.Key key(String metric, String actor) {
        return new RunRecord.Key(metric, actor, "");
    }

    /** The preview run's range of the lines, with a tenth of it to spare on each side. */
    private static double[] range(RunRecord r, List<LiveChart.Line> lines) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (LiveChart.Line l : lines) {
            for (double v : r.series(l.key())) {
                lo = Math.min(lo, l.scale() * v);
                hi = Math.max(hi, l.scale() * v);
            }
        }
        if (lo > hi) {
            return new double[] {-1, 1};
        }
        double room = 0.1 * Math.max(hi - lo, 0.1);
        return new double[] {lo - room, hi + room};
    }

    JTabbedPane component() {
        return tabs;
    }

    void newRun(List<RunHistory.PastRun> past) {
        charts.values().forEach(c -> c.newRun(past));
    }

    void update(RunRecord r) {
        charts.values().forEach(c -> c.update(r));
    }

    void show(String name) {
        LiveChart c = charts.get(name);
        if (c != null) {
            tabs.setSelectedComponent(c.panel());
        }
    }

    LiveChart chart(String name) {
        return charts.get(name);
    }

    /** The values drawn for a series in whichever chart has it, or null. */
    double[] shown(RunRecord.Key key) {
        for (LiveChart c : charts.values()) {
            double[] v = c.shown(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
