package entente.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * The lesson's levers, always in view: each a plain name with its unit, a slider over the range
 * worth trying and a box to type an exact value; and the seed, which decides the states' chance
 * draws. Changes apply to the next run (at once when the run has not been played yet).
 */
final class LeverPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final ParameterEditor parameters;
    private final List<Row> rows = new ArrayList<>();
    private final JSpinner seed;
    private final Runnable changed;
    private boolean updating;

    /** A lever's slider and box. */
    private record Row(Lever lever, JSlider slider, JSpinner box) {}

    LeverPanel(List<Lever> levers, ParameterEditor parameters, long firstSeed, Runnable changed, LongConsumer seedChanged) {
        super(new GridBagLayout());
        this.parameters = parameters;
        this.changed = changed;
        setName("levers");
        setBorder(BorderFactory.createTitledBorder(levers.isEmpty() ? "The next run (Reset)"
                : "Levers: they apply to the next run (Reset)"));
        int y = 0;
        for (Lever l : levers) {
            Row row = row(l);
            rows.add(row);
            JLabel name = new JLabel(l.name());
            name.setToolTipText(String.join(", ", l.paths()));
            JLabel unit = new JLabel(l.unit());
            unit.setFont(unit.getFont().deriveFont(Font.PLAIN));
            unit.setForeground(MapStyle.MUTED);
            add(name, at(0, y++, 3));
            add(row.slider(), at(0, y, 1));
            add(row.box(), at(1, y, 1));
            add(unit, at(2, y++, 1));
        }
        seed = new JSpinner(new SpinnerNumberModel(Long.valueOf(firstSeed), Long.valueOf(0), Long.valueOf(Long.MAX_VALUE),
                Long.valueOf(1)));
        seed.setName("seed");
        JSpinner.NumberEditor seedEditor = new JSpinner.NumberEditor(seed, "0");
        seedEditor.getTextField().setColumns(7);
        seed.setEditor(seedEditor);
        seed.addChangeListener(e -> seedChanged.accept(((Number) seed.getValue()).longValue()));
        JPanel seedRow = new JPanel(new BorderLayout(6, 0));
        JLabel seedLabel = new JLabel("Chance (seed): the same seed, the same chances");
        seedLabel.setFont(seedLabel.getFont().deriveFont(Font.PLAIN));
        seedRow.add(seed, BorderLayout.WEST);
        seedRow.add(seedLabel, BorderLayout.CENTER);
        add(seedRow, at(0, y, 3));
        refresh();
    }

    private Row row(Lever l) {
        String path = l.paths().get(0);
        double[] admissible = parameters.range(path);
        JSlider slider = new JSlider(0, l.steps());
        slider.setName("lever slider " + path);
        JSpinner box = new JSpinner(new SpinnerNumberModel(parameters.get(path), admissible[0], admissible[1], l.step()));
        box.setName("lever " + path);
        box.setEditor(new JSpinner.NumberEditor(box, "0." + "0".repeat(Math.max(1, l.decimals()))));
        Row row = new Row(l, slider, box);
        slider.addChangeListener(e -> {
            if (!updating) {
                set(row, l.value(slider.getValue()));
            }
        });
        box.addChangeListener(e -> {
            if (!updating) {
                set(row, ((Number) box.getValue()).doubleValue());
            }
        });
        return row;
    }

    private void set(Row row, double value) {
        for (String path : row.lever().paths()) {
            parameters.set(path, value);
        }
        refresh();
        changed.run();
    }

    /** Shows the values the next run will use (after a change here or in All parameters). */
    void refresh() {
        updating = true;
        for (Row r : rows) {
            double v = parameters.get(r.lever().paths().get(0));
            r.box().setValue(v);
            r.slider().setValue(r.lever().notch(v));
        }
        updating = false;
    }

    private static GridBagConstraints at(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.weightx = x == 0 ? 1 : 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(1, 4, 1, 4);
        return c;
    }

    JComponent box(String path) {
        return rows.stream().filter(r -> r.lever().paths().get(0).equals(path)).findFirst().map(Row::box).orElse(null);
    }
}
