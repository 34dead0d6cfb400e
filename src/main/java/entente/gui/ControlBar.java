package entente.gui;

import java.awt.FlowLayout;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerDateModel;
import javax.swing.SwingConstants;

/**
 * The controls along the top, as in NetLogo: Reset, Play (Pause while playing, Resume when
 * paused), Step; the speed; a date to run until; and a kind of event to pause on.
 */
final class ControlBar extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Days per second at each notch of the speed slider; the last is as fast as the machine goes. */
    static final double[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 200, Double.POSITIVE_INFINITY};
    static final int DEFAULT_SPEED = 4;

    final JButton reset = new JButton("Reset", ControlIcons.RESET);
    final JButton play = new JButton("Play", ControlIcons.PLAY);
    final JButton step = new JButton("Step", ControlIcons.STEP);
    final JSlider speed = new JSlider(0, SPEEDS.length - 1, DEFAULT_SPEED);
    final JCheckBox untilOn = new JCheckBox("Run until");
    final JSpinner until;
    final JComboBox<PauseRule> pauseOn;
    private final Runner runner;
    private final ZoneId zone = ZoneId.systemDefault();

    ControlBar(Runner runner, LocalDate first, LocalDate last, List<PauseRule> rules, Runnable onReset) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 4));
        this.runner = runner;
        setName("controls");
        reset.setName("reset");
        reset.setToolTipText("Start a new run with the levers' values (the last run stays on the charts, faded)");
        reset.addActionListener(e -> onReset.run());
        play.setName("play");
        play.setFont(play.getFont().deriveFont(Font.BOLD));
        play.setText("Resume"); // the widest of its three names: the bar does not jump when it changes
        play.setPreferredSize(play.getPreferredSize());
        play.setText("Play");
        play.addActionListener(e -> {
            if (runner.status() == Runner.Status.PLAYING) {
                runner.pause();
            } else {
                runner.play();
            }
        });
        step.setName("step");
        step.setToolTipText("Simulate one day");
        step.addActionListener(e -> runner.step());
        speed.setName("speed");
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        labels.put(0, new JLabel("slow"));
        labels.put(SPEEDS.length - 1, new JLabel("fast"));
        speed.setLabelTable(labels);
        speed.setPaintLabels(true);
        speed.setSnapToTicks(true);
        JLabel speedValue = new JLabel(speedText(DEFAULT_SPEED));
        speedValue.setName("speed value");
        speed.addChangeListener(e -> {
            runner.setDaysPerSecond(SPEEDS[speed.getValue()]);
            speedValue.setText(speedText(speed.getValue()));
        });
        runner.setDaysPerSecond(SPEEDS[DEFAULT_SPEED]);
        until = new JSpinner(new SpinnerDateModel(date(first), date(first), date(last), java.util.Calendar.DAY_OF_MONTH));
        until.setEditor(new JSpinner.DateEditor(until, "d MMM yyyy"));
        until.setName("until");
        untilOn.setName("until on");
        untilOn.setToolTipText("Play pauses at the end of this day");
        untilOn.addActionListener(e -> runner.setUntil(untilOn.isSelected() ? untilDate() : null));
        until.addChangeListener(e -> runner.setUntil(untilOn.isSelected() ? untilDate() : null));
        pauseOn = new JComboBox<>(rules.toArray(new PauseRule[0]));
        pauseOn.setName("pause on");
        pauseOn.setToolTipText("Play pauses at the end of the day such an event happens");
        pauseOn.addActionListener(e -> runner.setPauseOn((PauseRule) pauseOn.getSelectedItem()));
        add(reset);
        add(play);
        add(step);
        add(new JSeparator(SwingConstants.VERTICAL));
        add(new JLabel("Speed"));
        add(speed);
        add(speedValue);
        add(untilOn);
        add(until);
        add(new JLabel("Pause on"));
        add(pauseOn);
    }

    private static String speedText(int notch) {
        double s = SPEEDS[notch];
        return Double.isInfinite(s) ? "fastest" : Format.fixed(s, 0) + " days/s";
    }

    private Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(zone).toInstant());
    }

    LocalDate untilDate() {
        return ((Date) until.getValue()).toInstant().atZone(zone).toLocalDate();
    }

    /** Sets the date to run until, as a user does in its box. */
    void setUntil(LocalDate d) {
        until.setValue(date(d));
    }

    /** Shows what the buttons do now. */
    void update() {
        Runner.Status s = runner.status();
        play.setText(switch (s) {
            case PLAYING -> "Pause";
            case PAUSED -> "Resume";
            default -> "Play";
        });
        play.setIcon(s == Runner.Status.PLAYING ? ControlIcons.PAUSE : ControlIcons.PLAY);
        play.setEnabled(s != Runner.Status.FINISHED);
        step.setEnabled(s == Runner.Status.READY || s == Runner.Status.PAUSED);
    }
}
