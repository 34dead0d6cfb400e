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
import java.io.IOException;
import java.nio.file.Path;
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
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/**
 * The Events tab: fire an event into the running model now (a quick pick fills the form),
 * and save the session as a scenario that replays it, or its results as a run folder.
 */
final class InjectionPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Color ERROR = new Color(0xB00020);
    private static final Color OK = new Color(0x006644);

    private final EntenteGui gui;
    private final JComboBox<EventPresets.Preset> presets;
    private final JComboBox<EventType> type = new JComboBox<>(EventType.values());
    private final JComboBox<String> missile = new JComboBox<>(EventType.MISSILE_CLASSES.toArray(new String[0]));
    private final JCheckBox overJapan = new JCheckBox("over Japan");
    private final Map<String, JCheckBox> actors = new LinkedHashMap<>();
    private final Map<String, JCheckBox> targets = new LinkedHashMap<>();
    private final JSpinner intensity = new JSpinner(new SpinnerNumberModel(1.0, 0.1, 10.0, 0.1));
    private final JSpinner level = new JSpinner(new SpinnerNumberModel(2.0, 0.0, 100.0, 0.1));
    private final JTextField note = new JTextField(24);
    private final JLabel status = new JLabel(" ");
    private final DefaultListModel<String> log = new DefaultListModel<>();

    InjectionPanel(EntenteGui gui, Scenario s) {
        super(new BorderLayout());
        this.gui = gui;
        presets = new JComboBox<>(EventPresets.forScenario(s).toArray(new EventPresets.Preset[0]));
        presets.insertItemAt(null, 0);
        presets.setSelectedIndex(0);
        presets.addActionListener(e -> fill((EventPresets.Preset) presets.getSelectedItem()));
        type.addActionListener(e -> enableKindFields());
        for (String id : s.actorIds()) {
            actors.put(id, new JCheckBox(id));
            targets.put(id, new JCheckBox(id));
        }
        JPanel form = new JPanel(new GridBagLayout());
        int row = 0;
        add(form, row++, "Quick pick", presets);
        add(form, row++, "Event type", line(type, new JLabel("  missile"), missile, overJapan));
        add(form, row++, "Actors", line(actors.values().toArray(new JComponent[0])));
        add(form, row++, "Targets", line(targets.values().toArray(new JComponent[0])));
        add(form, row++, "Intensity", line(intensity, new JLabel("   new spending (% of GDP)"), level));
        add(form, row++, "Note", note);
        JButton inject = new JButton("Inject now");
        inject.setFont(inject.getFont().deriveFont(Font.BOLD, inject.getFont().getSize2D() * 1.2f));
        inject.addActionListener(e -> inject());
        add(form, row++, "", line(inject, status));
        JButton saveScenario = new JButton("Save as scenario…");
        saveScenario.addActionListener(e -> saveScenario());
        JButton saveResults = new JButton("Save results…");
        saveResults.addActionListener(e -> saveResults());
        JList<String> list = new JList<>(log);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.setBorder(BorderFactory.createTitledBorder("Injected in this run"));
        bottom.add(new JScrollPane(list), BorderLayout.CENTER);
        bottom.add(line(saveScenario, saveResults), BorderLayout.SOUTH);
        add(form, BorderLayout.NORTH);
        add(bottom, BorderLayout.CENTER);
        enableKindFields();
    }

    private static void add(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(3, 6, 3, 6);
        c.anchor = GridBagConstraints.WEST;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
    }

    private static JPanel line(JComponent... parts) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        for (JComponent c : parts) {
            p.add(c);
        }
        return p;
    }

    /** Chooses a quick pick, as a click in its list does. */
    void selectPreset(EventPresets.Preset p) {
        presets.setSelectedItem(p);
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
        boolean isMissile = type.getSelectedItem() == EventType.MISSILE_TEST;
        missile.setEnabled(isMissile);
        overJapan.setEnabled(isMissile);
        level.setEnabled(type.getSelectedItem() == EventType.DEFENSE_SPENDING);
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
            log.addElement(e.date() + "  " + e.id() + "  " + e.actors() + " → " + e.targets());
            say(OK, "Fires on " + e.date() + ", after that day's scheduled events.");
            return e;
        } catch (IllegalArgumentException ex) {
            say(ERROR, ex.getMessage());
            return null;
        }
    }

    void clearLog() {
        log.clear();
        say(OK, " ");
    }

    private void say(Color colour, String message) {
        status.setForeground(colour);
        status.setText(message);
    }

    private void saveScenario() {
        Session s = gui.session();
        if (s == null) {
            say(ERROR, "Nothing to save yet: start the run first.");
            return;
        }
        Path file = choose("scenarios/sessions", s.scenario().name() + "-seed" + s.model().seed() + ".yaml");
        if (file != null) {
            save(() -> gui.saveScenario(file), "Saved " + file + "; replay with ./entente run " + file);
        }
    }

    private void saveResults() {
        Session s = gui.session();
        if (s == null) {
            say(ERROR, "Nothing to save yet: start the run first.");
            return;
        }
        Path folder = choose("results", s.scenario().name() + "-seed" + s.model().seed());
        if (folder != null) {
            save(() -> gui.saveResults(folder), "Wrote " + folder + " (tables, summary, charts)");
        }
    }

    private Path choose(String dir, String name) {
        JFileChooser chooser = new JFileChooser(dir);
        chooser.setSelectedFile(Path.of(dir, name).toAbsolutePath().toFile());
        return chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile().toPath() : null;
    }

    /** A save that may fail on the file system. */
    private interface Save {
        void run() throws IOException;
    }

    private void save(Save action, String done) {
        try {
            action.run();
            say(OK, done);
        } catch (IOException | RuntimeException ex) {
            say(ERROR, "Could not save: " + ex.getMessage());
        }
    }
}
