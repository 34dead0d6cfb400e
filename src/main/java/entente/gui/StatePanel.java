package entente.gui;

import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import entente.model.World;
import entente.scenario.Scenario;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/**
 * What one state sees now, the State tab: its escalation and power, the threat it feels from
 * each other state and its affinity to each, and its latest events. The state stays chosen from
 * run to run, so it can be chosen before Play.
 */
final class StatePanel extends JPanel {
    private static final long serialVersionUID = 1L;
    static final int RECENT_EVENTS = 6;

    private final Scenario scenario;
    private final JComboBox<String> state;
    private final DefaultTableModel rows = new DefaultTableModel(new Object[] {"", "now"}, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };
    private final DefaultListModel<String> events = new DefaultListModel<>();

    StatePanel(Scenario s, Consumer<String> onSelect) {
        super(new BorderLayout(0, 4));
        this.scenario = s;
        setName("state");
        state = new JComboBox<>(s.actorIds().toArray(new String[0]));
        state.setName("state choice");
        state.setRenderer(Widgets.words(id -> SeriesNames.name((String) id, s) + " (" + id + ")"));
        state.setSelectedIndex(-1);
        state.addActionListener(e -> {
            if (state.getSelectedItem() != null) {
                onSelect.accept((String) state.getSelectedItem());
            }
        });
        JPanel top = new JPanel(new BorderLayout(6, 0));
        top.add(new JLabel("State (or click one on the map):"), BorderLayout.WEST);
        top.add(state, BorderLayout.CENTER);
        JTable table = new JTable(rows);
        table.setName("state table");
        table.setTableHeader(null);
        table.setFillsViewportHeight(true);
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 4);
        table.getColumnModel().getColumn(1).setMaxWidth(table.getFontMetrics(table.getFont()).stringWidth("−0.000") + 16);
        JList<String> list = new JList<>(events);
        JScrollPane eventPane = new JScrollPane(list);
        eventPane.setBorder(BorderFactory.createTitledBorder("Its latest events"));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), eventPane);
        split.setResizeWeight(0.75);
        split.setBorder(null);
        add(top, BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
    }

    /** Shows a state (without telling the listener again). */
    void select(String id) {
        if (!id.equals(state.getSelectedItem())) {
            state.setSelectedItem(id);
        }
    }

    String selected() {
        return (String) state.getSelectedItem();
    }

    /** Refreshes the values from the model (the caller holds its lock). */
    void update(EntenteModel m) {
        String id = selected();
        if (id == null || m.world() == null) {
            rows.setRowCount(0);
            rows.addRow(new Object[] {"Click a state on the map, or choose one above.", ""});
            return;
        }
        World w = m.world();
        int i = w.index(id);
        List<Object[]> now = new ArrayList<>();
        now.add(new Object[] {"escalation (0 … " + Format.fixed(w.escalationMax(), 0) + ")", Format.value(w.escalation(i))});
        now.add(new Object[] {"power (share of capability)", Format.fixed(w.capability(i), 3)});
        for (int j = 0; j < w.size(); j++) {
            if (j != i) {
                now.add(new Object[] {"threat from " + SeriesNames.name(w.id(j), scenario), Format.value(w.threat(i, j))});
            }
        }
        for (int j = 0; j < w.size(); j++) {
            if (j != i) {
                now.add(new Object[] {"affinity to " + SeriesNames.name(w.id(j), scenario) + " (−1 … 1)",
                        Format.value(w.affinity(i, j))});
            }
        }
        if (rows.getRowCount() != now.size()) {
            rows.setRowCount(0);
            now.forEach(rows::addRow);
        } else {
            for (int r = 0; r < now.size(); r++) {
                rows.setValueAt(now.get(r)[0], r, 0);
                rows.setValueAt(now.get(r)[1], r, 1);
            }
        }
        events.clear();
        recent(m.record(), i).forEach(events::addElement);
    }

    /** The latest events with the state as actor or target, newest first. */
    private static List<String> recent(RunRecord r, int index) {
        List<String> out = new ArrayList<>();
        List<ModelEvent> all = r.events();
        for (int k = all.size() - 1; k >= 0 && out.size() < RECENT_EVENTS; k--) {
            ModelEvent e = all.get(k);
            if (involves(e.actors(), index) || involves(e.targets(), index)) {
                out.add(EventLines.describe(e, r));
            }
        }
        return out;
    }

    private static boolean involves(int[] states, int index) {
        for (int s : states) {
            if (s == index) {
                return true;
            }
        }
        return false;
    }

    /** The value a row shows now, by its label (for tests: what the class reads). */
    String value(String label) {
        for (int r = 0; r < rows.getRowCount(); r++) {
            if (rows.getValueAt(r, 0).toString().startsWith(label)) {
                return rows.getValueAt(r, 1).toString();
            }
        }
        return null;
    }
}
