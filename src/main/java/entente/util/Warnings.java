package entente.util;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Things the user should know that are not errors (a value changed, an input read with
 * replacement characters): each said once per command, on standard error, prefixed
 * "entente: warning:". Where nothing listens, they go to System.err.
 */
public final class Warnings {
    private static final Set<String> SAID = new LinkedHashSet<>();
    private static Consumer<String> sink = w -> System.err.println("entente: warning: " + w);

    private Warnings() {}

    public static synchronized void add(String warning) {
        if (SAID.add(warning)) {
            sink.accept(warning);
        }
    }

    /** Sends the warnings of one command to {@code to}; returns what was listening before. */
    public static synchronized Consumer<String> listen(Consumer<String> to) {
        Consumer<String> before = sink;
        sink = to;
        SAID.clear();
        return before;
    }
}
