package entente.io;

/**
 * A path Entente will not use as given: an output that would replace what Entente did not write,
 * or an input that is not a plain file of reasonable size. Bad input: one line, exit code 2.
 */
public class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
        super(message);
    }
}
