package entente.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A naive launch process to beat, fitted on the in-sample months of the whole record and
 * simulated as launch days: a constant-rate Poisson process, or a Hawkes process whose
 * launches set off more launches.
 */
public record LaunchBaseline(String name, HawkesProcess process, double logLikelihood, int fittedLaunches) {
    public static final String POISSON = "poisson";
    public static final String HAWKES = "hawkes";
    /**
     * A simulation starts this many days before the period without history, so that the
     * period opens at the process's long-run level rather than at μ alone.
     */
    public static final int BURN_IN_DAYS = 365;

    /** The constant rate that makes the in-sample launches most likely: launches per in-sample day. */
    public static LaunchBaseline poisson(History h) {
        List<HawkesProcess.Window> w = inSampleWindows(h);
        HawkesProcess p = HawkesProcess.poisson(w);
        return new LaunchBaseline(POISSON, p, p.logLikelihood(w), count(w));
    }

    /** The Hawkes process fitted by maximum likelihood on the in-sample launches. */
    public static LaunchBaseline hawkes(History h) {
        HawkesProcess.Fit f = HawkesProcess.fit(inSampleWindows(h));
        return new LaunchBaseline(HAWKES, f.process(), f.logLikelihood(), f.events());
    }

    /**
     * The observation windows of the fits: one per in-sample range of the declaration, with
     * the launch days inside it at midday (day + 0.5). Held-out months and months in neither
     * list never enter; each window starts without history.
     */
    public static List<HawkesProcess.Window> inSampleWindows(History h) {
        List<HawkesProcess.Window> out = new ArrayList<>();
        for (Holdout.MonthRange r : h.holdout().inSample()) {
            long first = r.from().atDay(1).toEpochDay();
            long last = r.to().atEndOfMonth().toEpochDay();
            double[] times = h.launches().stream().mapToLong(LocalDate::toEpochDay)
                    .filter(d -> d >= first && d <= last).mapToDouble(d -> d - first + 0.5).toArray();
            out.add(new HawkesProcess.Window(last - first + 1, times));
        }
        return out;
    }

    private static int count(List<HawkesProcess.Window> w) {
        return w.stream().mapToInt(x -> x.times().length).sum();
    }

    /** Launch days from .. to (several events on one day are one launch day, as in the record). */
    public List<LocalDate> simulate(LocalDate from, LocalDate to, RandomGenerator rng) {
        LocalDate origin = from.minusDays(BURN_IN_DAYS);
        double length = to.toEpochDay() - origin.toEpochDay() + 1;
        TreeSet<LocalDate> days = new TreeSet<>();
        for (double t : process.simulate(length, rng)) {
            LocalDate d = origin.plusDays((long) Math.floor(t));
            if (!d.isBefore(from)) {
                days.add(d);
            }
        }
        return List.copyOf(days);
    }
}
