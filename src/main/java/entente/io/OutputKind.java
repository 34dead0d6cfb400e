package entente.io;

/** What an output folder holds, as its marker names it. */
public enum OutputKind {
    RUN, COMPARE, SWEEP, ANALYSIS, DISCOVERY, CALIBRATE, ABC, SCREEN, BACKTEST, CLASSROOM, PARQUET;

    /** The name in the marker file and in messages. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
