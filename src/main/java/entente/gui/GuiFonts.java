package entente.gui;

import java.util.Collections;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/** Larger Swing lettering, so that the Console and the Events tab read on a projector. */
public final class GuiFonts {
    private GuiFonts() {}

    /** Scales every default font of the look and feel; call before any window is made. */
    public static void scale(float factor) {
        for (Object key : Collections.list(UIManager.getDefaults().keys())) {
            if (UIManager.get(key) instanceof FontUIResource f) {
                UIManager.put(key, new FontUIResource(f.deriveFont(f.getSize2D() * factor)));
            }
        }
    }
}
