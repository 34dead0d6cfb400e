package entente.validation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A self-exciting point process with an exponential kernel (Hawkes 1971): the intensity is
 * λ(t) = μ + n·β·Σ exp(−β (t − tᵢ)) over past events tᵢ, so each event sets off n further
 * events on average (the branching ratio, below 1 for a stationary process), spread with decay
 * rate β. With n = 0 it is a constant-rate Poisson process. Time is in days.
 */
public record HawkesProcess(double mu, double branching, double decay) {
    /** Bounds of the search, in days: decay times from half a day to 200 days, branching up to 0.98. */
    private static final double[] LOWER = {Math.log(1e-5), logit(1e-4), Math.log(0.005)};
    private static final double[] UPPER = {Math.log(1), logit(0.98), Math.log(2)};

    public HawkesProcess {
        if (!(mu > 0) || !(branching >= 0 && branching < 1) || !(decay > 0)) {
            throw new IllegalArgumentException("a stationary Hawkes process needs mu > 0, 0 <= n < 1 and beta > 0, got "
                    + mu + ", " + branching + ", " + decay);
        }
    }

    /** Events seen in one observation window [0, length), times in increasing order. */
    public record Window(double length, double[] times) {}

    /** The maximum-likelihood process, its log-likelihood and the number of events it was fitted on. */
    public record Fit(HawkesProcess process, double logLikelihood, int events) {}

    /** Long-run events per day, μ / (1 − n). */
    public double stationaryRate() {
        return mu / (1 - branching);
    }

    /**
     * Log-likelihood of the windows, each an independent stretch that starts without history
     * (events before a window do not excite it). Ozaki's (1979) recursion keeps it O(events).
     */
    public double logLikelihood(List<Window> windows) {
        double jump = branching * decay;
        double ll = 0;
        for (Window w : windows) {
            double excitation = 0;
            double[] t = w.times();
            for (int i = 0; i < t.length; i++) {
                if (i > 0) {
                    excitation = Math.exp(-decay * (t[i] - t[i - 1])) * (1 + excitation);
                }
                ll += Math.log(mu + jump * excitation) - branching * (1 - Math.exp(-decay * (w.length() - t[i])));
            }
            ll -= mu * w.length();
        }
        return ll;
    }

    /** The constant-rate Poisson process fitted to the windows: events over observed time. */
    public static HawkesProcess poisson(List<Window> windows) {
        return new HawkesProcess(events(windows) / length(windows), 0, 1);
    }

    /**
     * Maximum likelihood over (μ, n, β) with Powell's BOBYQA (Apache Commons Math) on
     * (log μ, logit n, log β), from a small grid of starting points; the best optimum wins.
     */
    public static Fit fit(List<Window> windows) {
        int events = events(windows);
        if (events < 2) {
            throw new IllegalArgumentException("a Hawkes process needs at least two events to fit, got " + events);
        }
        double rate = events / length(windows);
        ObjectiveFunction objective = new ObjectiveFunction(x -> of(x).logLikelihood(windows));
        PointValuePair best = null;
        for (double n : new double[] {0.2, 0.6}) {
            for (double beta : new double[] {0.02, 0.2, 1}) {
                double[] start = {Math.log(rate * (1 - n)), logit(n), Math.log(beta)};
                PointValuePair p = new BOBYQAOptimizer(7, 0.5, 1e-9).optimize(new MaxEval(20_000), objective,
                        GoalType.MAXIMIZE, new InitialGuess(start), new SimpleBounds(LOWER, UPPER));
                if (best == null || p.getValue() > best.getValue()) {
                    best = p;
                }
            }
        }
        return new Fit(of(best.getPoint()), best.getValue(), events);
    }

    private static HawkesProcess of(double[] x) {
        return new HawkesProcess(Math.exp(x[0]), 1 / (1 + Math.exp(-x[1])), Math.exp(x[2]));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static int events(List<Window> windows) {
        return windows.stream().mapToInt(w -> w.times().length).sum();
    }

    private static double length(List<Window> windows) {
        return windows.stream().mapToDouble(Window::length).sum();
    }

    /**
     * Event times in [0, length), starting without history, by Ogata's (1981) thinning: between
     * events the intensity only decays, so its value just after the last event bounds it.
     */
    public double[] simulate(double length, RandomGenerator rng) {
        List<Double> out = new ArrayList<>();
        double jump = branching * decay;
        double t = 0;
        double excitation = 0;
        while (true) {
            double bound = mu + jump * excitation;
            double wait = -Math.log(1 - rng.nextDouble()) / bound;
            t += wait;
            if (t >= length) {
                break;
            }
            excitation *= Math.exp(-decay * wait);
            if (rng.nextDouble() * bound <= mu + jump * excitation) {
                out.add(t);
                excitation += 1;
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
