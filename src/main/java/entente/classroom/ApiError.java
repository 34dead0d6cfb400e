package entente.classroom;

/** A request the game refuses, with the HTTP status and a message for people; nothing was changed. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError bad(String message) {
        return new ApiError(400, message);
    }

    static ApiError conflict(String message) {
        return new ApiError(409, message);
    }
}
