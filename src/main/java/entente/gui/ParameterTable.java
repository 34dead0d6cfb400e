package entente.gui;

import entente.scenario.Scenario;
import java.awt.BorderLayout;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;

/**
 * The All parameters tab, for advanced users: every number of the scenario with a plain label,
 * its value (editable; checked against its range) and its path, with a filter. Changes apply
 * to the next run, like the levers'.
 */
final class ParameterTable extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"parameter", "value", "range", "path"};

    private final Model model;

    ParameterTable(Scenario s, ParameterEditor parameters, Runnable changed) {
        super(new BorderLayout(0, 4));
        setName("all parameters");
        model = new Model(s, parameters, changed);
        JTable table = new JTable(model) {
            private static final long serialVersionUID = 1L;

            @Override
            public String getToolTipText(MouseEvent e) {
                int row = rowAtPoint(e.getPoint());
                return row < 0 ? null : ParameterLabels.description(model.paths.get(convertRowIndexToModel(row)));
            }
        };
        table.setName("parameter table");
        TableRowSorter<Model> sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 4);
        int[] widths = {330, 50, 60, 110};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(Math.round(widths[c] * GuiFonts.factor()));
        }
        JTextField filter = new JTextField();
        filter.setName("parameter filter");
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                sorter.setRowFilter(RowFilter.regexFilter("(?i)" + java.util.regex.Pattern.quote(filter.getText())));
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                insertUpdate(e);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                insertUpdate(e);
            }
        });
        JPanel top = new JPanel(new BorderLayout(6, 0));
        top.add(new JLabel("Find:"), BorderLayout.WEST);
        top.add(filter, BorderLayout.CENTER);
        top.setToolTipText("Type part of a name or path; changes apply to the next run, like the levers'");
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    /** Shows the values the next run will use (after a lever moved). */
    void refresh() {
        model.fireTableRowsUpdated(0, Math.max(0, model.getRowCount() - 1));
    }

    /** Sets a value as typing it into the table does (for tests). */
    void set(String path, double value) {
        model.setValueAt(value, model.paths.indexOf(path), 1);
    }

    private static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final ParameterEditor parameters;
        private final Runnable changed;
        private final List<String> paths;

        Model(Scenario s, ParameterEditor parameters, Runnable changed) {
            this.parameters = parameters;
            this.changed = changed;
            this.paths = new ArrayList<>(s.parameters().asMap().keySet());
        }

        @Override
        public int getRowCount() {
            return paths.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Class<?> getColumnClass(int c) {
            return c == 1 ? Double.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int c) {
            return c == 1;
        }

        @Override
        public Object getValueAt(int row, int c) {
            String path = paths.get(row);
            return switch (c) {
                case 0 -> ParameterLabels.label(path);
                case 1 -> parameters.get(path);
                case 2 -> {
                    double[] r = parameters.range(path);
                    yield Format.fixed(r[0], r[0] == Math.rint(r[0]) ? 0 : 2) + " … "
                            + Format.fixed(r[1], r[1] == Math.rint(r[1]) ? 0 : 2);
                }
                default -> path;
            };
        }

        @Override
        public void setValueAt(Object value, int row, int c) {
            try {
                parameters.set(paths.get(row), ((Number) value).doubleValue());
                fireTableCellUpdated(row, c);
                changed.run();
            } catch (IllegalArgumentException e) {
                java.awt.Toolkit.getDefaultToolkit().beep(); // out of range: the old value stays
            }
        }
    }
}
