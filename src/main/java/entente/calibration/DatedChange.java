package entente.calibration;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated change of a scenario's preferences (a new government, a settlement): from {@code date}
 * on, the listed parameters take the values derived from the claims dated on or after it.
 *
 * @param parameters paths such as {@code actors.KOR.hedging}, or all of a group: {@code actors.KOR.affinity.*}
 */
public record DatedChange(String id, LocalDate date, String what, String source, List<String> parameters) {
    public boolean covers(String path) {
        for (String p : parameters) {
            if (p.endsWith(".*") ? path.startsWith(p.substring(0, p.length() - 1))
                    && path.indexOf('.', p.length() - 1) < 0 : p.equals(path)) {
                return true;
            }
        }
        return false;
    }
}
