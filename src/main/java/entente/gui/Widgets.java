package entente.gui;

import java.awt.Component;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.ListCellRenderer;

/** Small Swing helpers the window's panels share. */
final class Widgets {
    private Widgets() {}

    /** A button with a name (tests find it by its name) and what a click does. */
    static JButton button(String text, String name, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** A list or combo box cell showing each value in words. */
    static ListCellRenderer<Object> words(Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : text.apply(value), index, selected,
                        focus);
            }
        };
    }
}
