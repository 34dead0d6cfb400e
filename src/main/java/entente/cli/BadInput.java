package entente.cli;

/** A user error in flags or files: reported in one line, exit code 2, no stack trace. */
public class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }
}
