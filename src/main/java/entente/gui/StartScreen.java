package entente.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/** What {@code entente gui} shows first: the lessons, each a card with an Open button, and the baseline. */
final class StartScreen extends JPanel {
    private static final long serialVersionUID = 1L;

    StartScreen(List<Lesson> lessons, Consumer<Lesson> openLesson, Runnable openBaseline, Runnable openFile) {
        super(new BorderLayout());
        setName("start");
        JPanel column = new JPanel(new GridBagLayout());
        column.setBackground(Color.WHITE);
        int y = 0;
        JLabel title = new JLabel("Entente: alliances and escalation in Northeast Asia");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 1.6f));
        column.add(title, at(y++, 16));
        column.add(text("Six states react day by day to exercises, missile tests, summits and to each other. Pick a"
                + " lesson: its guide opens beside the map, step by step; the levers it needs are above the guide."),
                at(y++, 12));
        for (Lesson l : lessons) {
            column.add(card(l, openLesson), at(y++, 8));
        }
        JButton baseline = Widgets.button("Explore the 2021–2023 baseline", "open baseline", openBaseline);
        JButton file = Widgets.button("Open a scenario file…", "open file", openFile);
        JPanel more = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        more.setOpaque(false);
        more.add(new JLabel("Or explore freely:  "));
        more.add(baseline);
        more.add(new JLabel("  "));
        more.add(file);
        column.add(more, at(y++, 16));
        GridBagConstraints filler = at(y, 0);
        filler.weighty = 1;
        column.add(new JLabel(), filler);
        JScrollPane scroll = new JScrollPane(column);
        scroll.setBorder(null);
        add(scroll, BorderLayout.CENTER);
    }

    private static JPanel card(Lesson l, Consumer<Lesson> open) {
        JPanel card = new JPanel(new BorderLayout(12, 4));
        card.setBackground(new Color(0xF3F6F9));
        card.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(new Color(0x8FA3B3)),
                BorderFactory.createEmptyBorder(8, 12, 8, 12)));
        JLabel name = new JLabel(l.title());
        name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.15f));
        JButton button = Widgets.button("Open lesson " + l.number(), "open lesson " + l.name(), () -> open.accept(l));
        JPanel text = new JPanel(new BorderLayout(0, 4));
        text.setOpaque(false);
        text.add(name, BorderLayout.NORTH);
        text.add(text(l.summary()), BorderLayout.CENTER);
        card.add(text, BorderLayout.CENTER);
        card.add(button, BorderLayout.EAST);
        return card;
    }

    /** A paragraph that wraps at the column's width. */
    private static JLabel text(String s) {
        JLabel l = new JLabel("<html><div style='width: " + Math.round(640 * GuiFonts.factor()) + "px'>" + s + "</div></html>");
        l.setFont(l.getFont().deriveFont(Font.PLAIN));
        return l;
    }

    private static GridBagConstraints at(int y, int below) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTH;
        c.insets = new Insets(y == 0 ? 24 : 0, 24, below, 24);
        return c;
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(0, 0);
    }
}
