package entente.classroom;

import entente.util.DidYouMean;
import entente.gui.Session;
import entente.model.EntenteModel;
import entente.scenario.InputException;
import entente.scenario.Parameters;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.ScenarioWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One classroom game: the model, the teams and the turns. A turn opens with a deadline; teams
 * choose for their states; when the teacher closes it or the deadline passes, each team's
 * choice (or, for a team that did not choose, its agent's) fires as an event of origin "team"
 * on the turn's first day, and the model runs {@code turnDays} days. The agents play every
 * state no team plays. The teams' states have no options in the scenario the model runs, so
 * their agents never deliberate by themselves (see {@link entente.model.StandIn}).
 * <p>
 * Everything that changed the model is kept in order ({@link #operationsJson()}), so that a saved
 * game rebuilds the very same model by doing it again ({@link GameFile}). All methods are
 * called under the game's lock; every change ends in {@link #changed()}, which saves, and a
 * team's choice in {@link #chose()}, which saves only the open turn's choices (a small file,
 * since thirty teams may choose within seconds).
 */
final class Game {
    static final int MIN_SECONDS = 10;
    static final int MAX_SECONDS = 3600;

    /** Something that changed the model, in the order it happened. */
    sealed interface Operation permits Injection, Closing {}

    /** The teacher injected an event. */
    record Injection(Session.Request request) implements Operation {}

    /** A turn was closed with these moves, and the model ran its days. */
    record Closing(int turn, List<Decision> decisions) implements Operation {}

    /** Settings fixed when the game starts. */
    record Setup(Scenario original, List<String> teams, long seed, int turnDays, int turnSeconds) {}

    final Scenario original;
    final Scenario play;
    /** The original scenario written out once: every save carries it, so the save stands alone. */
    final String originalYaml;
    final long seed;
    final int turnDays;
    final String joinCode;
    final String teacherToken;
    final Words words;
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private final EntenteModel model;
    private final Session session;
    private final LongSupplier clock;
    /** Everything that changed the model, in order, as the save writes it (each written once). */
    private final List<String> operationsJson = new ArrayList<>();
    private final List<TurnResult> turns = new ArrayList<>();
    private final List<TeamMove> teamMoves = new ArrayList<>();
    private final Map<String, Choice> submissions = new LinkedHashMap<>();
    private Phase phase = Phase.LOBBY;
    private int turn;
    private int turnSeconds;
    private long deadline;
    private long remaining;
    private boolean paused;
    private long version;
    private Saver saver = new Saver() {
        @Override
        public void game(Game g) {}

        @Override
        public void choices(Game g) {}
    };

    /** Where changes go as they happen. */
    interface Saver {
        /** The whole game. */
        void game(Game g);

        /** The open turn's choices only. */
        void choices(Game g);
    }

    Game(Setup setup, String joinCode, String teacherToken, Map<String, String> teamTokens, LongSupplier clock)
            throws InputException {
        this.original = setup.original();
        this.seed = setup.seed();
        this.turnDays = setup.turnDays();
        this.turnSeconds = setup.turnSeconds();
        this.joinCode = joinCode;
        this.teacherToken = teacherToken;
        this.clock = clock;
        this.words = new Words(original);
        this.originalYaml = ScenarioWriter.toYaml(original, List.of("the scenario of this game, as it was played"));
        for (String actor : setup.teams()) {
            teams.put(actor, new Team(actor, teamTokens.get(actor), false));
        }
        this.play = withoutOptionsOf(original, setup.teams());
        this.model = new EntenteModel(play, seed);
        model.start();
        this.session = new Session(model);
    }

    /** A new game with fresh secrets. */
    static Game start(Setup setup, LongSupplier clock) throws InputException {
        Map<String, String> tokens = new LinkedHashMap<>();
        setup.teams().forEach(a -> tokens.put(a, Tokens.token()));
        return new Game(setup, Tokens.joinCode(), Tokens.token(), tokens, clock);
    }

    /** The teams, by state; one a state, each state of the scenario, at least one. */
    static List<String> checkTeams(Scenario s, List<String> actors) {
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("name at least one state for the teams");
        }
        Set<String> seen = new HashSet<>();
        for (String a : actors) {
            if (!s.actorIds().contains(a)) {
                throw new IllegalArgumentException("no state '" + a + "' in " + s.name() + " (states: "
                        + String.join(", ", s.actorIds()) + ")");
            }
            if (!seen.add(a)) {
                throw new IllegalArgumentException("state " + a + " is named twice");
            }
        }
        return List.copyOf(actors);
    }

    /**
     * The scenario without the options of the given states, its numbers included, so that their
     * agents never deliberate and a saved game replays with the same parameters as live.
     */
    static Scenario withoutOptionsOf(Scenario s, Collection<String> actors) throws InputException {
        List<Scenario.Action> kept = s.actions().stream().filter(a -> !actors.contains(a.actor())).toList();
        Scenario cut = new Scenario(s.file(), s.name(), s.title(), s.description(), s.start(), s.end(), s.seed(),
                s.actors(), s.trilateral(), s.counter(), s.hedgingPoles(), s.treaties(), kept, s.events(), s.changes(),
                s.parameters(), s.checksum());
        return ScenarioReader.fromText(s.file(), ScenarioWriter.toYaml(cut, List.of()));
    }

    void saveTo(Saver s) {
        this.saver = s;
    }

    private void changed() {
        version++;
        saver.game(this);
    }

    private void chose() {
        version++;
        saver.choices(this);
    }

    // ---- the teacher's controls -------------------------------------------------------

    void open(int seconds) {
        if (phase == Phase.OPEN || phase == Phase.ENDED) {
            throw ApiError.conflict(phase == Phase.OPEN ? "turn " + turn + " is open already: close it first"
                    : "the game is over");
        }
        if (model.today() >= play.days()) {
            throw ApiError.conflict("the scenario's period is over: end the game");
        }
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw ApiError.bad("a turn lasts " + MIN_SECONDS + " to " + MAX_SECONDS + " seconds, not " + seconds);
        }
        turn++;
        phase = Phase.OPEN;
        submissions.clear();
        turnSeconds = seconds;
        deadline = clock.getAsLong() + seconds * 1000L;
        paused = false;
        changed();
    }

    /** Closes the open turn: every state moves, then the model runs the turn's days. */
    void close() {
        requireOpen();
        List<Decision> decisions = new ArrayList<>();
        int index = 0;
        for (Team t : teams.values()) {
            Choice c = submissions.get(t.actor);
            decisions.add(c != null ? own(t.actor, c) : TeamMove.standIn(model, original, seed, turn, t.actor, index, turnDays));
            index++;
        }
        Closing closing = new Closing(turn, decisions);
        play(closing);
        record(closing);
        submissions.clear();
        phase = Phase.RESULTS;
        changed();
    }

    private void requireOpen() {
        if (phase != Phase.OPEN) {
            throw ApiError.conflict("no turn is open");
        }
    }

    /** Closes the open turn when its deadline has passed (called often by the server's timer). */
    void tick() {
        if (phase == Phase.OPEN && !paused && clock.getAsLong() >= deadline) {
            close();
        }
    }

    void pause() {
        requireOpen();
        if (!paused) {
            remaining = Math.max(0, deadline - clock.getAsLong());
            paused = true;
            changed();
        }
    }

    void resume() {
        requireOpen();
        if (paused) {
            deadline = clock.getAsLong() + remaining;
            paused = false;
            changed();
        }
    }

    Scenario.Event inject(Session.Request r) {
        if (phase == Phase.ENDED) {
            throw ApiError.conflict("the game is over");
        }
        Scenario.Event e;
        try {
            e = session.inject(r);
        } catch (IllegalArgumentException ex) {
            throw ApiError.bad(ex.getMessage());
        }
        if (e == null) {
            throw ApiError.conflict("the scenario's period is over: nothing more can happen");
        }
        record(new Injection(r));
        changed();
        return e;
    }

    /** Lets a team join afresh, e.g. from another device; its old token stops working. */
    void release(String actor) {
        team(actor).release();
        changed();
    }

    /** Ends the game; an open turn is played out first. */
    void end() {
        if (phase == Phase.ENDED) {
            throw ApiError.conflict("the game is over already");
        }
        if (phase == Phase.OPEN) {
            close();
        }
        phase = Phase.ENDED;
        changed();
    }

    // ---- the teams' moves -----------------------------------------------------------

    /** A team joins with the code; the same token comes back to a team that joins again with it. */
    String join(String code, String actor, String token) {
        if (!Tokens.same(code == null ? null : code.toUpperCase(Locale.ROOT).strip(), joinCode)) {
            throw new ApiError(403, "wrong join code: ask your teacher for the code on the screen");
        }
        Team t = teams.get(actor);
        if (t == null) {
            throw ApiError.bad("no team plays '" + actor + "' in this game (teams: " + String.join(", ", teams.keySet()) + ")");
        }
        if (t.joined() && !Tokens.same(token, t.token())) {
            throw ApiError.conflict(words.name(actor) + " has joined already; if that was you on another device, "
                    + "ask your teacher to release " + actor);
        }
        if (!t.joined()) {
            t.join();
            changed();
        }
        return t.token();
    }

    /** Records a team's choice for the open turn; the same choice again changes nothing. */
    String submit(String actor, int turnNumber, Choice c) {
        if (phase != Phase.OPEN) {
            throw ApiError.conflict(phase == Phase.ENDED ? "the game is over"
                    : "no turn is open: wait for your teacher to open turn " + (turn + 1));
        }
        if (turnNumber != turn) {
            throw ApiError.conflict("turn " + turnNumber + " is not open; turn " + turn + " is");
        }
        check(actor, c);
        Choice before = submissions.get(actor);
        if (c.equals(before)) {
            return "unchanged";
        }
        submissions.put(actor, c);
        chose();
        return before == null ? "recorded" : "revised";
    }

    private void check(String actor, Choice c) {
        List<String> ids = Menu.of(original, words, actor).stream().map(Menu.Item::id).toList();
        if (!ids.contains(c.option())) {
            throw ApiError.bad("unknown choice '" + c.option() + "' for " + actor + DidYouMean.hint(c.option(), ids) + " (choose one of: "
                    + String.join(", ", ids) + ")");
        }
        if (c.text().length() > Choice.MAX_TEXT) {
            throw ApiError.bad("the text is " + c.text().length() + " characters long; at most " + Choice.MAX_TEXT);
        }
        if (!c.option().equals(Choice.STATEMENT)) {
            if (!c.targets().isEmpty()) {
                throw ApiError.bad("only a statement names states; '" + c.option() + "' has its own");
            }
            return;
        }
        if (c.text().isBlank()) {
            throw ApiError.bad("a statement needs its text");
        }
        Set<String> seen = new HashSet<>();
        for (String t : c.targets()) {
            if (t.equals(actor) || !original.actorIds().contains(t) || !seen.add(t)) {
                throw ApiError.bad("a statement may name each other state once; '" + t + "' cannot be named");
            }
        }
    }

    private Decision own(String actor, Choice c) {
        String what = switch (c.option()) {
            case Choice.NOTHING -> "chose to do nothing";
            case Choice.STATEMENT -> "made a public statement";
            default -> "chose " + c.option();
        };
        return new Decision(actor, c.option(), c.targets(), c.text(), false, "team " + actor + " " + what + " (turn " + turn + ")");
    }

    // ---- running the model ----------------------------------------------------------

    /** Fires the moves of a closed turn on today's date and runs the turn's days. */
    private void play(Closing closing) {
        int day = model.today();
        for (Decision d : closing.decisions()) {
            TeamMove move = TeamMove.fire(model, original, closing.turn(), d);
            if (move != null) {
                teamMoves.add(move);
            }
        }
        int from = model.record().events().size();
        int days = Math.min(turnDays, play.days() - day);
        for (int k = 0; k < days; k++) {
            model.stepDay();
        }
        turns.add(new TurnResult(closing.turn(), day, days, closing.decisions(), from, model.record().events().size()));
    }

    private void record(Operation op) {
        operationsJson.add(GameFile.json(op));
    }

    /** Does again what a saved game did: the same injections and turns give the same model. */
    void redo(Operation op) {
        if (op instanceof Injection i && session.inject(i.request()) == null) {
            throw new IllegalStateException("a saved injection no longer fits the period");
        }
        if (op instanceof Closing c) {
            turn = c.turn();
            play(c);
        }
        record(op);
    }

    /** Sets where a saved game stood; an open turn comes back paused, so the crash costs no one time. */
    void restoreState(Phase p, int turnNumber, int seconds, long remainingMillis, Map<String, Choice> open,
                      Map<String, Boolean> joined) {
        phase = p;
        turn = turnNumber;
        turnSeconds = seconds;
        submissions.putAll(open);
        paused = p == Phase.OPEN;
        remaining = remainingMillis;
        joined.forEach((actor, j) -> {
            if (j) {
                team(actor).join();
            }
        });
    }

    // ---- what the views and the debrief read -------------------------------------------

    /**
     * The scenario that replays the game exactly: the teams' and the teacher's events in its
     * timeline, its period ending on the last day played (later timeline events never fired and
     * are left out). Null before the first day is played.
     */
    Scenario classScenario() throws InputException {
        if (model.today() == 0) {
            return null;
        }
        LocalDate end = model.record().date(model.today() - 1);
        Scenario base = session.scenario();
        Parameters p = base.parameters();
        for (TeamMove m : teamMoves) {
            p = p.withEvent(m.event().id(), m.intensity(), Double.NaN);
        }
        List<Scenario.Event> timeline = new ArrayList<>();
        for (Scenario.Event e : base.events()) {
            if (!e.date().isAfter(end)) {
                timeline.add(e);
            }
        }
        teamMoves.forEach(m -> timeline.add(m.event()));
        Scenario s = base.withParameters(p).asSession(original.name() + "-class", seed, timeline).withEnd(end);
        // written out and read back: the numbers of the events left out go too, as in the saved file
        return ScenarioReader.fromText(original.file(), ScenarioWriter.toYaml(s, List.of()));
    }

    Team team(String actor) {
        Team t = teams.get(actor);
        if (t == null) {
            throw ApiError.bad("no team plays '" + actor + "' (teams: " + String.join(", ", teams.keySet()) + ")");
        }
        return t;
    }

    /** The team a token belongs to, or null. */
    Team teamWithToken(String token) {
        for (Team t : teams.values()) {
            if (Tokens.same(token, t.token())) {
                return t;
            }
        }
        return null;
    }

    List<Team> teams() {
        return List.copyOf(teams.values());
    }

    EntenteModel model() {
        return model;
    }

    Phase phase() {
        return phase;
    }

    int turn() {
        return turn;
    }

    int turnSeconds() {
        return turnSeconds;
    }

    boolean paused() {
        return paused;
    }

    /** Milliseconds left in the open turn (0 when none is open). */
    long remainingMillis() {
        if (phase != Phase.OPEN) {
            return 0;
        }
        return paused ? remaining : Math.max(0, deadline - clock.getAsLong());
    }

    long now() {
        return clock.getAsLong();
    }

    long version() {
        return version;
    }

    Map<String, Choice> submissions() {
        return Map.copyOf(submissions);
    }

    Choice submission(String actor) {
        return submissions.get(actor);
    }

    List<TurnResult> turns() {
        return List.copyOf(turns);
    }

    /** The operations as the save writes them, each made once. */
    List<String> operationsJson() {
        return java.util.Collections.unmodifiableList(operationsJson);
    }

    boolean periodOver() {
        return model.today() >= play.days();
    }
}
