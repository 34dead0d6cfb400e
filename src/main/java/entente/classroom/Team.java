package entente.classroom;

/** A team playing one state: its secret token, whether someone has joined with it, when it was last seen. */
final class Team {
    final String actor;
    private String token;
    private boolean joined;
    /** Not saved: who is online now is a fact of the running server. */
    private long lastSeen = Long.MIN_VALUE;

    Team(String actor, String token, boolean joined) {
        this.actor = actor;
        this.token = token;
        this.joined = joined;
    }

    String token() {
        return token;
    }

    boolean joined() {
        return joined;
    }

    void join() {
        joined = true;
    }

    /** Lets the team join afresh (a lost device): the old token stops working. */
    void release() {
        token = Tokens.token();
        joined = false;
    }

    void seen(long now) {
        lastSeen = now;
    }

    boolean online(long now) {
        return now - lastSeen < 10_000;
    }
}
