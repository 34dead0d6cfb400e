package entente.gui;

import entente.scenario.EventType;
import entente.scenario.Scenario;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/**
 * The Events tab: fire an event into the run now (a quick pick fills the form), see what was
 * injected, and save the session as a scenario that replays it, or its results as a run folder.
 */
final class InjectionPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    static final Color ERROR = new Color(0xB00020);
    static final Color OK = new Color(0x006644);

    private final EntenteGui gui;
    private final Runnable injected;
    private final JComboBox<EventPresets.Preset> presets;
    private final JComboBox<EventType> type = new JComboBox<>(EventType.values());
    private final JComboBox<String> missile = new JComboBox<>(EventType.MISSILE_CLASSES.toArray(new String[0]));
    private final JCheckBox overJapan = new JCheckBox("over Japan");
    private final Map<String, JCheckBox> actors = new LinkedHashMap<>();
    private final Map<String, JCheckBox> targets = new LinkedHashMap<>();
    private final JSpinner intensity = new JSpinner(new SpinnerNumberModel(1.0, 0.1, 10.0, 0.1));
    private final JSpinner level = new JSpinner(new SpinnerNumberModel(2.0, 0.0, 100.0, 0.1));
    private final JTextField note = new JTextField(16);
    private final JLabel status = new JLabel(" ");
    private final JComboBox<String> changePath = new JComboBox<>();
    private final JTextField changeValue = new JTextField(5);
    private final DefaultListModel<String> log = new DefaultListModel<>();

    InjectionPanel(EntenteGui gui, Scenario s, Runnable injected, Runnable saveScenario, Runnable saveResults) {
        super(new BorderLayout());
        this.gui = gui;
        this.injected = injected;
        setName("events");
        presets = new JComboBox<>(EventPresets.forScenario(s).toArray(new EventPresets.Preset[0]));
        presets.insertItemAt(null, 0);
        presets.setSelectedIndex(0);
        presets.setName("quick pick");
        presets.addActionListener(e -> fill((EventPresets.Preset) presets.getSelectedItem()));
        type.setName("event type");
        type.setRenderer(Widgets.words(t -> ((EventType) t).label()));
        type.addActionListener(e -> enableKindFields());
        for (String id : s.actorIds()) {
            actors.put(id, box(id, SeriesNames.name(id, s) + " acts"));
            targets.put(id, box(id, "aimed at " + SeriesNames.name(id, s)));
        }
        JPanel form = new JPanel(new GridBagLayout());
        int row = 0;
        add(form, row++, "Quick pick", presets);
        add(form, row++, "Event", line(type));
        add(form, row++, "Missile", line(missile, overJapan));
        add(form, row++, "Who acts", line(actors.values().toArray(new JComponent[0])));
        add(form, row++, "Aimed at", line(targets.values().toArray(new JComponent[0])));
        add(form, row++, "Intensity", line(intensity, new JLabel("  new spending, % of GDP"), level));
        add(form, row++, "Note", note);
        JButton inject = Widgets.button("Inject now", "inject", this::inject);
        inject.setFont(inject.getFont().deriveFont(Font.BOLD));
        inject.setToolTipText("The event happens on the next day the model simulates");
        status.setName("inject status");
        add(form, row++, "", line(inject));
        add(form, row++, "", status); // its own line: a long message must not hide behind the button
        s.parameters().asMap().keySet().stream()
                .filter(p -> entente.scenario.ParameterRegistry.find(p).map(entente.scenario.ParameterRegistry::changeable).orElse(false))
                .forEach(changePath::addItem);
        changePath.setName("change parameter");
        changePath.setEditable(true);
        changePath.setPrototypeDisplayValue("actors.KOR.affinity.JPN");
        changePath.setToolTipText("A number that takes a new value from the next day on, like a scenario's changes: entry");
        changeValue.setName("change value");
        JButton change = Widgets.button("Change now", "change", this::injectChange);
        change.setToolTipText("The new value holds from the next day the model simulates (a dated policy change)");
        add(form, row++, "Policy change", line(changePath));
        add(form, row++, "New value", line(changeValue, change));
        JButton saveAsScenario = Widgets.button("Save session as scenario…", "save scenario", saveScenario);
        JButton saveRun = Widgets.button("Save results…", "save results", saveResults);
        JList<String> list = new JList<>(log);
        list.setName("injected");
        list.setVisibleRowCount(3);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.setBorder(BorderFactory.createTitledBorder("Injected in this run"));
        bottom.add(new JScrollPane(list), BorderLayout.CENTER);
        bottom.add(line(saveAsScenario, saveRun), BorderLayout.SOUTH);
        add(form, BorderLayout.NORTH);
        add(bottom, BorderLayout.CENTER);
        enableKindFields();
    }

    private static JCheckBox box(String id, String tip) {
        JCheckBox b = new JCheckBox(id);
        b.setToolTipText(tip);
        return b;
    }

    private static void add(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(1, 4, 1, 4);
        c.anchor = GridBagConstraints.WEST;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
    }

    private static JPanel line(JComponent... parts) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 2, 0));
        for (JComponent c : parts) {
            p.add(c);
        }
        return p;
    }

    /** Fills the form from a quick pick. */
    void fill(EventPresets.Preset p) {
        if (p == null) {
            return;
        }
        type.setSelectedItem(p.type());
        if (p.subtype() != null) {
            missile.setSelectedItem(p.subtype());
        }
        overJapan.setSelected(p.overflight());
        actors.forEach((id, box) -> box.setSelected(p.actors().contains(id)));
        targets.forEach((id, box) -> box.setSelected(p.targets().contains(id)));
        intensity.setValue(p.intensity());
        if (!Double.isNaN(p.level())) {
            level.setValue(p.level());
        }
        note.setText(p.label());
        enableKindFields();
    }

    private void enableKindFields() {
        EventType t = (EventType) type.getSelectedItem();
        missile.setEnabled(t.takesSubtype());
        overJapan.setEnabled(t.takesOverflight());
        level.setEnabled(t.takesLevel());
    }

    Session.Request request() {
        return new Session.Request((EventType) type.getSelectedItem(), (String) missile.getSelectedItem(),
                overJapan.isSelected(), ticked(actors), ticked(targets), ((Number) intensity.getValue()).doubleValue(),
                ((Number) level.getValue()).doubleValue(), note.getText());
    }

    private static List<String> ticked(Map<String, JCheckBox> boxes) {
        List<String> out = new ArrayList<>();
        boxes.forEach((id, box) -> {
            if (box.isSelected()) {
                out.add(id);
            }
        });
        return out;
    }

    /** Injects what the form says; returns the event, or null with the reason in the status line. */
    Scenario.Event inject() {
        try {
            Scenario.Event e = gui.inject(request());
            if (e == null) {
                say(ERROR, "The period is over: nothing more can happen.");
                return null;
            }
            log.addElement(Format.date(e.date()) + "  " + EventLines.what(e.actors(), e.type(), e.subtype(),
                    e.overflight(), e.targets()));
            say(OK, "It happens on " + Format.date(e.date()) + ", the next day simulated.");
            injected.run();
            return e;
        } catch (IllegalArgumentException ex) {
            say(ERROR, ex.getMessage());
            return null;
        }
    }

    /** Puts the policy change the form says into force; returns it, or null with the reason in the status line. */
    Scenario.Change injectChange() {
        try {
            String path = String.valueOf(changePath.getSelectedItem()).strip();
            double value;
            try {
                value = Double.parseDouble(changeValue.getText().strip());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("the new value must be a number, not '" + changeValue.getText().strip() + "'");
            }
            Scenario.Change c = gui.injectChange(path, value, "");
            if (c == null) {
                say(ERROR, "The period is over: nothing more can happen.");
                return null;
            }
            log.addElement(Format.date(c.date()) + "  " + path + " = " + Format.value(value));
            say(OK, path + " is " + Format.value(value) + " from " + Format.date(c.date()) + ", the next day simulated.");
            injected.run();
            return c;
        } catch (IllegalArgumentException ex) {
            say(ERROR, ex.getMessage());
            return null;
        }
    }

    /** A new run: nothing injected yet. */
    void newRun() {
        log.clear();
        say(OK, " ");
    }

    void say(Color colour, String message) {
        status.setForeground(colour);
        status.setText(message);
    }
}
