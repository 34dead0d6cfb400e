package entente.gui;

import java.awt.Font;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/**
 * The size of the window's lettering, so that it reads on a projector: Swing's own fonts
 * scaled, and the map's and monitors' lettering with them.
 */
public final class GuiFonts {
    /** Screen height at which Swing's own lettering is used unscaled (a 1280 x 720 projector and a bit). */
    private static final float PLAIN_HEIGHT = 864f;
    private static final Map<Object, FontUIResource> ORIGINAL = new HashMap<>();
    private static float factor = 1f;

    private GuiFonts() {}

    /** The scale that suits a screen: 1 up to 864 pixels high, 1.25 at 1080, at most 2.5. */
    public static float forScreenHeight(int height) {
        return Math.max(1f, Math.min(2.5f, height / PLAIN_HEIGHT));
    }

    /** Scales Swing's default fonts to factor times their original size; call before any window is made. */
    public static synchronized void scale(float f) {
        if (ORIGINAL.isEmpty()) {
            for (Object key : Collections.list(UIManager.getDefaults().keys())) {
                if (UIManager.get(key) instanceof FontUIResource font) {
                    ORIGINAL.put(key, font);
                }
            }
        }
        ORIGINAL.forEach((key, font) -> UIManager.put(key, new FontUIResource(font.deriveFont(font.getSize2D() * f))));
        factor = f;
    }

    static synchronized float factor() {
        return factor;
    }

    /** A font for drawn lettering: size in pixels at scale 1. */
    static Font font(int style, float size) {
        return new Font(MapStyle.FONT, style, Math.round(size * factor()));
    }
}
