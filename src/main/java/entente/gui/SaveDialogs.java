package entente.gui;

import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;

/**
 * Where the window saves: it starts in the folder the docs name (made if missing, so the
 * chooser does not fall back to the home folder) and never replaces a file without asking.
 */
final class SaveDialogs {
    private SaveDialogs() {}

    /** A file or folder to write, chosen by the user; null when they cancel. */
    static Path choose(Component parent, String title, Path folder, String name) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            // the chooser opens wherever it can; the user picks another place
        }
        JFileChooser chooser = new JFileChooser(folder.toAbsolutePath().toFile());
        chooser.setDialogTitle(title);
        chooser.setSelectedFile(folder.resolve(name).toAbsolutePath().toFile());
        while (chooser.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION) {
            File f = chooser.getSelectedFile();
            if (!f.exists() || JOptionPane.showConfirmDialog(parent, f + " exists already. Replace it?",
                    "Replace?", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION) {
                return f.toPath();
            }
        }
        return null;
    }

    /** A file to read, chosen from {@code folder}; null when the user cancels. */
    static Path open(Component parent, String title, Path folder) {
        JFileChooser chooser = new JFileChooser(folder.toAbsolutePath().toFile());
        chooser.setDialogTitle(title);
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile().toPath() : null;
    }
}
