package entente.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Rows of text under a header, printed aligned for the terminal or as CSV. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    void add(String... row) {
        rows.add(row);
    }

    boolean isEmpty() {
        return rows.size() == 1;
    }

    int size() {
        return rows.size() - 1;
    }

    /** Columns padded to their widest cell; the last column is not padded. */
    String aligned() {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length - 1; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(c == r.length - 1 ? r[c] : String.format("%-" + (width[c] + 2) + "s", r[c]));
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** The rows as maps from header to cell, in column order (for JSON). */
    List<Map<String, String>> records() {
        List<Map<String, String>> out = new ArrayList<>();
        String[] header = rows.get(0);
        for (String[] r : rows.subList(1, rows.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) {
                m.put(header[c], r[c]);
            }
            out.add(m);
        }
        return out;
    }

    String csv() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            for (String[] r : rows) {
                printer.printRecord((Object[]) r);
            }
        }
        return sb.toString();
    }
}
