package entente.gui;

import entente.model.RunRecord;
import entente.scenario.Scenario;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/**
 * Monitors, as in NetLogo, for the numbers a lesson watches: each shows the value now, the
 * highest and the lowest so far, the previous run's on the same day, and the change, so that an
 * effect too small to see on a chart still shows as a number.
 */
final class MonitorPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final List<Monitor> monitors = new ArrayList<>();

    MonitorPanel(Scenario s, List<RunRecord.Key> watched) {
        super(new GridLayout(1, 0, 6, 0));
        setName("monitors");
        for (RunRecord.Key k : watched) {
            Monitor m = new Monitor(k, SeriesNames.title(k, s));
            monitors.add(m);
            add(m);
        }
    }

    void update(RunRecord r, RunHistory.PastRun previous) {
        monitors.forEach(m -> m.update(r, previous));
    }

    /** A statistic of a series up to a day: the day it is taken on. */
    enum Statistic {
        NOW("now"), HIGHEST("highest"), LOWEST("lowest");

        final String label;

        Statistic(String label) {
            this.label = label;
        }

        int day(double[] v, int upTo) {
            int at = this == NOW ? upTo : 0;
            for (int d = 1; d <= upTo && this != NOW; d++) {
                if (this == HIGHEST ? v[d] > v[at] : v[d] < v[at]) {
                    at = d;
                }
            }
            return at;
        }
    }

    /** One watched number: a small table of statistics for this run, the previous one and the change. */
    static final class Monitor extends JPanel {
        private static final long serialVersionUID = 1L;
        private final RunRecord.Key key;
        private final JLabel previousHead = cell("", Font.BOLD);
        private final JLabel[][] cells = new JLabel[Statistic.values().length][3];
        private final JLabel highestOn = new JLabel(" ");

        Monitor(RunRecord.Key key, String title) {
            super(new GridBagLayout());
            this.key = key;
            String id = SeriesNames.format(key);
            setName("monitor " + id);
            highestOn.setName(id + " highest on");
            previousHead.setName(id + " previous run");
            setBorder(BorderFactory.createCompoundBorder(BorderFactory.createTitledBorder(title),
                    BorderFactory.createEmptyBorder(0, 4, 2, 4)));
            setToolTipText("<html>" + title + ":<br>now, the highest and the lowest value so far, in this run and in"
                    + " the previous run up to the same day, and how much this run differs</html>");
            row(0, new JLabel(""), cell("this run", Font.BOLD), previousHead, cell("change", Font.BOLD));
            for (Statistic s : Statistic.values()) {
                for (int c = 0; c < 3; c++) {
                    cells[s.ordinal()][c] = cell("", c == 0 ? Font.BOLD : Font.PLAIN);
                }
                cells[s.ordinal()][0].setName(id + " " + s.label);
                cells[s.ordinal()][2].setName(id + " " + s.label + " change");
                row(1 + s.ordinal(), new JLabel(s.label), cells[s.ordinal()][0], cells[s.ordinal()][1],
                        cells[s.ordinal()][2]);
            }
            GridBagConstraints c = new GridBagConstraints();
            c.gridy = 1 + Statistic.values().length;
            c.gridwidth = 4;
            c.anchor = GridBagConstraints.WEST;
            add(highestOn, c);
        }

        private void row(int y, JLabel... parts) {
            for (int x = 0; x < parts.length; x++) {
                GridBagConstraints c = new GridBagConstraints();
                c.gridx = x;
                c.gridy = y;
                c.weightx = x == 0 ? 0 : 1;
                c.anchor = x == 0 ? GridBagConstraints.WEST : GridBagConstraints.EAST;
                c.insets = new Insets(0, 0, 0, 6);
                add(parts[x], c);
            }
        }

        private static JLabel cell(String text, int style) {
            JLabel l = new JLabel(text, SwingConstants.RIGHT);
            l.setFont(l.getFont().deriveFont(style));
            return l;
        }

        void update(RunRecord r, RunHistory.PastRun previous) {
            int day = r.days() - 1;
            if (day < 0 || !r.has(key.metric(), key.actor(), key.partner())) {
                return;
            }
            double[] v = r.series(key);
            double[] p = previous == null ? null : previous.series(key);
            boolean compare = p != null && p.length > day;
            previousHead.setText(compare ? "run " + previous.number() : "");
            for (Statistic s : Statistic.values()) {
                double mine = v[s.day(v, day)];
                JLabel[] row = cells[s.ordinal()];
                row[0].setText(Format.value(mine));
                row[1].setText(compare ? Format.value(p[s.day(p, day)]) : "");
                row[2].setText(compare ? Format.change(mine - p[s.day(p, day)]) : "");
            }
            highestOn.setText("highest on " + Format.date(r.date(Statistic.HIGHEST.day(v, day))));
        }
    }
}
