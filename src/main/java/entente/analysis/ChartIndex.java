package entente.analysis;

import entente.io.Csv;
import entente.util.Numbers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The charts an analysis drew, ranked for a report that has room for a few: main effects first
 * (sensitivity tornadoes, heatmaps of a grid, partial dependence), then scatter panels, then
 * fans; within a kind the more important first (importance: the share of the output's
 * variance the chart's factors explain alone, from scores.csv; or the largest index), ties in
 * the order drawn. Written as charts.csv: rank, chart, kind, output, importance.
 */
final class ChartIndex {
    /** What a chart shows, in the order a report takes them. */
    enum Kind {
        MAIN_EFFECTS, SCATTER, FAN;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private record Entry(String chart, Kind kind, String output, double importance, int drawn) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(String chart, Kind kind, String output, double importance) {
        entries.add(new Entry(chart, kind, output, Double.isNaN(importance) ? 0 : importance, entries.size()));
    }

    void write(Path file) throws IOException {
        List<Entry> ranked = new ArrayList<>(entries);
        ranked.sort(Comparator.comparing(Entry::kind).thenComparing(Comparator.comparingDouble(Entry::importance).reversed())
                .thenComparingInt(Entry::drawn));
        try (CSVPrinter csv = Csv.writer(file, List.of("rank", "chart", "kind", "output", "importance"))) {
            for (int k = 0; k < ranked.size(); k++) {
                Entry e = ranked.get(k);
                csv.printRecord(k + 1, e.chart(), e.kind().key(), e.output(), Numbers.format(e.importance()));
            }
        }
    }
}
