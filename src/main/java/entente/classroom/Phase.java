package entente.classroom;

/** Where a game stands: before the first turn, a turn open for choices, a turn's results shown, over. */
enum Phase {
    LOBBY, OPEN, RESULTS, ENDED;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
