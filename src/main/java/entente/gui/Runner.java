package entente.gui;

import entente.model.EntenteModel;
import entente.model.ModelEvent;
import entente.model.RunRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the model as a NetLogo user expects. Reset sets up a new run with the current levers
 * and seed and simulates its first day, so that the map and charts have something to show;
 * Play runs until Pause, the end of the period, the "run until" date or the first event of the
 * kind chosen to pause on; Play again resumes; Step simulates one day. Days are simulated on a
 * thread of their own, each under the model's lock, which the window takes to read the model.
 */
final class Runner {
    enum Status { READY, PLAYING, PAUSED, FINISHED }

    private final EntenteGui gui;
    private final AtomicLong version = new AtomicLong();
    private volatile Status status = Status.READY;
    private volatile double daysPerSecond = 20;
    private volatile LocalDate until;
    private volatile PauseRule pauseOn = PauseRule.NEVER;
    private volatile String message = "";
    private volatile long seed;
    private volatile boolean stopRequested;
    private Thread thread;

    Runner(EntenteGui gui, long seed) {
        this.gui = gui;
        this.seed = seed;
    }

    /** A new run from the current parameters and seed, its first day simulated. */
    synchronized void reset() {
        halt();
        gui.state.setSeed(seed);
        gui.start();
        synchronized (gui.lock()) {
            gui.step();
        }
        status = over() ? Status.FINISHED : Status.READY;
        message = "New run, seed " + seed + ": its first day is drawn. Press Play, or Step for one day at a time.";
        changed();
    }

    /** Continues a run read from a checkpoint: paused on its last day, as if Pause had been pressed. */
    synchronized void resumed(EntenteModel m) {
        halt();
        gui.load(m);
        seed = m.seed();
        status = over() ? Status.FINISHED : Status.PAUSED;
        message = "Continuing a saved run, seed " + seed + ", from " + Format.longDate(lastDate()) + ". Press Play.";
        changed();
    }

    synchronized void play() {
        if (status == Status.PLAYING || status == Status.FINISHED) {
            return;
        }
        LocalDate stopAt = until;
        LocalDate shown = lastDate();
        LocalDate target = stopAt != null && stopAt.isAfter(shown) ? stopAt : null;
        stopRequested = false;
        status = Status.PLAYING;
        message = "Playing" + (target == null ? "" : " until " + Format.longDate(target)) + ".";
        thread = new Thread(() -> loop(target), "entente-play");
        thread.setDaemon(true);
        thread.start();
        changed();
    }

    synchronized void pause() {
        halt();
    }

    /** Simulates one day (when not playing). */
    synchronized void step() {
        if (status == Status.PLAYING || status == Status.FINISHED) {
            return;
        }
        String why = advance(null);
        status = over() ? Status.FINISHED : Status.PAUSED;
        message = why != null ? why : "Stepped to " + Format.longDate(lastDate()) + ".";
        changed();
    }

    /** Plays to a date (or the end) on the calling thread: for snapshots. */
    void runTo(LocalDate date) {
        while (status != Status.FINISHED && lastDate().isBefore(date)) {
            step();
        }
    }

    private void loop(LocalDate target) {
        while (!stopRequested) {
            long started = System.nanoTime();
            String why = advance(target);
            if (why != null) {
                // the message first: whoever sees the new status finds the reason with it
                message = why;
                status = over() ? Status.FINISHED : Status.PAUSED;
                changed();
                return;
            }
            changed();
            double perDay = 1e9 / daysPerSecond;
            long rest = (long) (perDay - (System.nanoTime() - started)) / 1_000_000;
            if (rest > 0) {
                try {
                    Thread.sleep(rest);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Simulates a day; returns why playing should stop after it (the end, the target date or an
     * event to pause on), or null to go on.
     */
    private String advance(LocalDate target) {
        synchronized (gui.lock()) {
            EntenteModel m = gui.model();
            List<ModelEvent> events = m.record().events();
            int before = events.size();
            if (!gui.step() || over()) {
                return "The run is over (" + Format.longDate(lastDate()) + "). Press Reset for a new run:"
                        + " this one stays on the charts as a faded line.";
            }
            RunRecord r = m.record();
            for (ModelEvent e : events.subList(before, events.size())) {
                if (pauseOn.matches().test(e)) {
                    return "Paused on " + Format.longDate(r.date(e.day())) + ": " + EventLines.what(e, r.actors()) + ".";
                }
            }
            if (target != null && !lastDate().isBefore(target)) {
                return "Paused on " + Format.longDate(target) + ", the date to run until.";
            }
            return null;
        }
    }

    /** Stops the play thread, if any, and waits for it. */
    private void halt() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        stopRequested = true;
        try {
            t.join(); // the thread never takes this object's lock, so it can always finish
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        if (status == Status.PLAYING) {
            status = Status.PAUSED;
            message = "Paused on " + Format.longDate(lastDate()) + ".";
            changed();
        }
    }

    private boolean over() {
        EntenteModel m = gui.model();
        return m.today() >= m.scenario().days();
    }

    /** The last simulated day's date. */
    LocalDate lastDate() {
        synchronized (gui.lock()) {
            RunRecord r = gui.model().record();
            return r.date(Math.max(0, r.days() - 1));
        }
    }

    private void changed() {
        version.incrementAndGet();
    }

    /** Grows with every day and every change of status: the window redraws when it moved. */
    long version() {
        return version.get();
    }

    Status status() {
        return status;
    }

    String message() {
        return message;
    }

    void setDaysPerSecond(double d) {
        daysPerSecond = d;
    }

    void setUntil(LocalDate d) {
        until = d;
    }

    void setPauseOn(PauseRule r) {
        pauseOn = r;
    }

    long seed() {
        return seed;
    }

    /** The seed of the next run. */
    void setSeed(long s) {
        seed = s;
    }
}
