package entente.scenario;

/** One thing wrong with an input file: where it is and what is wrong. */
public record Problem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
