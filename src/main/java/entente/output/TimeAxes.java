package entente.output;

import entente.model.RunRecord;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;

/** Days of a run as chart x values: UTC midnight in epoch milliseconds, on a UTC date axis. */
final class TimeAxes {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private TimeAxes() {}

    static double millis(RunRecord r, int day) {
        return r.date(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Fixed zone and locale so that ticks do not depend on the machine that renders. */
    static DateAxis axis(RunRecord r) {
        DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
        axis.setRange(millis(r, 0), millis(r, Math.max(1, r.days() - 1)));
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }
}
