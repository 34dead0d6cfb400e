package entente.cli;

/** One line for a failure that is not the user's: what went wrong, never a stack trace. */
final class Failures {
    private Failures() {}

    static String describe(Throwable e) {
        String what;
        if (e instanceof OutOfMemoryError) {
            what = "out of memory (" + e.getMessage() + "); give Java more with ENTENTE_JAVA_OPTS=-Xmx4g, or ask for less";
        } else if (e instanceof StackOverflowError) {
            what = "stack overflow: an input nested too deeply";
        } else {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            what = e.getClass().getSimpleName() + message;
        }
        return what.replaceAll("\\s*\\R\\s*", " ") + " (set ENTENTE_DEBUG=1 for the stack trace)";
    }
}
