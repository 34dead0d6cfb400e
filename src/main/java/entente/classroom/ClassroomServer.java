package entente.classroom;

import entente.util.DidYouMean;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import entente.gui.Session;
import entente.io.OutputKind;
import entente.io.RunFolder;
import entente.scenario.EventType;
import entente.scenario.InputException;
import entente.scenario.Scenario;
import entente.scenario.ScenarioReader;
import entente.scenario.ScenarioWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The classroom game on the web: an embedded server (Javalin on Jetty) with the join, team and
 * teacher pages and their JSON API. Teams act with their own token, the teacher with the
 * teacher's; every request is handled under the game's lock, and every change is saved before
 * it is answered. A refused request gets a 4xx with {"error": message} and changes nothing.
 */
public final class ClassroomServer implements AutoCloseable {
    /** Largest request body accepted; a choice or an injection is a few hundred bytes. */
    static final int MAX_BODY = 8 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAVE = "game.json";

    private final Game game;
    private final Path dir;
    private final Javalin app;
    private final ScheduledExecutorService timer;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Failures joins = new Failures();
    private volatile CompletableFuture<Path> debrief;
    private String joinUrl = "";

    private ClassroomServer(Game game, Path dir, String host, int port) {
        this.game = game;
        this.dir = dir;
        game.saveTo(GameFile.into(dir.resolve(SAVE)));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY;
            config.jetty.host = host;
            config.jetty.port = port;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/entente/classroom/web";
                files.location = Location.CLASSPATH;
            });
            routes(config.routes);
        });
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "classroom-clock");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a new game on a scenario and serves it; its save and, at the end, its debrief go
     * into {@code dir}, which must not hold a saved game already.
     */
    public static ClassroomServer start(Path scenarioFile, List<String> teams, Long seed, int turnDays, int turnSeconds,
                                        Path dir, String host, int port) throws InputException, IOException {
        if (Files.exists(dir.resolve(SAVE))) {
            throw new IllegalArgumentException(dir + " holds a saved game already: resume it with --resume "
                    + dir.resolve(SAVE) + ", or choose another --out");
        }
        // written out and read back, as the save keeps it, so a restarted game runs the same numbers
        Scenario s = ScenarioReader.read(scenarioFile);
        Scenario original = ScenarioReader.fromText(scenarioFile.toString(), ScenarioWriter.toYaml(s, List.of()));
        if (turnDays < 1 || turnDays > original.days()) {
            throw new IllegalArgumentException("--turn-days must be 1 to " + original.days() + " (the scenario's days), not " + turnDays);
        }
        Game.Setup setup = new Game.Setup(original, Game.checkTeams(original, teams), seed == null ? original.seed() : seed,
                turnDays, turnSeconds);
        Game g = Game.start(setup, System::currentTimeMillis);
        ClassroomServer server = new ClassroomServer(g, dir, host, port).serve(host);
        synchronized (g) { // saved once serving, so a port in use leaves nothing behind
            RunFolder.claim(dir, OutputKind.CLASSROOM);
            GameFile.save(g, dir.resolve(SAVE));
        }
        return server;
    }

    /** Restarts a saved game where it stood (an open turn comes back paused). */
    public static ClassroomServer resume(Path save, String host, int port) throws InputException, IOException {
        Game g = GameFile.load(save, System::currentTimeMillis);
        RunFolder.claim(save.toAbsolutePath().getParent(), OutputKind.CLASSROOM); // the debrief is written beside the save
        ClassroomServer server = new ClassroomServer(g, save.toAbsolutePath().getParent(), host, port).serve(host);
        if (g.phase() == Phase.ENDED) {
            server.startDebrief();
        }
        return server;
    }

    private ClassroomServer serve(String host) {
        app.start();
        joinUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/";
        timer.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Closes a turn whose time is up; a failure is reported and the clock keeps running. */
    private void tick() {
        try {
            locked(() -> {
                game.tick();
                return null;
            });
        } catch (RuntimeException e) {
            System.err.println("entente classroom: closing the turn at its deadline failed: " + e);
        }
    }

    public int port() {
        return app.port();
    }

    public String joinUrl() {
        return joinUrl;
    }

    public String joinCode() {
        return game.joinCode;
    }

    public String teacherUrl() {
        return joinUrl + "teacher.html#" + game.teacherToken;
    }

    public Path folder() {
        return dir;
    }

    /** Waits until the teacher ends the game and its debrief is written; returns the report. */
    public Path awaitDebrief() throws InterruptedException {
        ended.await();
        return debrief.join();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        app.stop();
    }

    // ---- routes ---------------------------------------------------------------------

    private void routes(io.javalin.config.RoutesConfig r) {
        r.before(ctx -> {
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
            if (ctx.contentLength() > MAX_BODY) {
                throw new ApiError(413, "the request body is " + ctx.contentLength() + " bytes; at most " + MAX_BODY);
            }
        });
        r.get("/", ctx -> ctx.redirect("/index.html"));
        r.get("/api/info", ctx -> json(ctx, locked(this::info)));
        r.post("/api/join", this::join);
        r.get("/api/team", ctx -> json(ctx, locked(() -> {
            Team t = team(ctx);
            t.seen(game.now());
            return Views.team(game, t, debriefUrl());
        })));
        r.post("/api/team/choice", this::choose);
        r.get("/api/teacher", ctx -> json(ctx, teacher(ctx, () -> Views.teacher(game, joinUrl, debriefStatus(), debriefUrl()))));
        r.get("/api/teacher/setup", ctx -> json(ctx, teacher(ctx, () -> Views.setup(game))));
        r.post("/api/teacher/open", ctx -> control(ctx, Set.of("seconds"), b -> game.open(b.integer("seconds"))));
        r.post("/api/teacher/close", ctx -> control(ctx, Set.of(), b -> game.close()));
        r.post("/api/teacher/pause", ctx -> control(ctx, Set.of(), b -> game.pause()));
        r.post("/api/teacher/resume", ctx -> control(ctx, Set.of(), b -> game.resume()));
        r.post("/api/teacher/release", ctx -> control(ctx, Set.of("actor"), b -> game.release(b.string("actor"))));
        r.post("/api/teacher/inject", ctx -> control(ctx, Set.of("type", "subtype", "overflight", "actors", "targets",
                "intensity", "level", "note"), b -> game.inject(injection(b))));
        r.post("/api/teacher/end", ctx -> control(ctx, Set.of(), b -> game.end()));
        r.get("/api/map", ctx -> {
            try (InputStream in = ClassroomServer.class.getResourceAsStream("/entente/gui/region-map.json")) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        r.get("/debrief.html", ctx -> {
            Path report = dir.resolve(Debrief.REPORT);
            if (!Files.isRegularFile(report)) {
                throw new ApiError(404, "the debrief is not ready yet");
            }
            // the report is self-contained: its own inline style and a print helper, nothing from elsewhere
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                    + "script-src 'unsafe-inline'; img-src data:");
            ctx.contentType("text/html; charset=utf-8").result(Files.readAllBytes(report));
        });
        r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "the request body is too large; at most " + MAX_BODY + " bytes" : e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> error(ctx, 500, "the server failed: " + e));
    }

    private ObjectNode info() {
        ObjectNode v = JSON.createObjectNode().put("title", game.original.title())
                .put("description", game.original.description()).put("phase", game.phase().key());
        var teams = v.putArray("teams");
        for (Team t : game.teams()) {
            teams.addObject().put("actor", t.actor).put("name", game.words.name(t.actor)).put("joined", t.joined());
        }
        return v;
    }

    private void join(Context ctx) {
        Body b = Body.parse(ctx.body(), Set.of("code", "actor", "token"));
        String code = b.string("code");
        String actor = b.string("actor");
        String token = b.string("token", null);
        joins.check(ctx.ip());
        String granted = locked(() -> {
            try {
                return game.join(code, actor, token);
            } catch (ApiError e) {
                if (e.status == 403) {
                    joins.failed(ctx.ip());
                }
                throw e;
            }
        });
        json(ctx, JSON.createObjectNode().put("token", granted).put("actor", actor));
    }

    private void choose(Context ctx) {
        Body b = Body.parse(ctx.body(), Set.of("turn", "option", "targets", "text"));
        int turn = b.integer("turn");
        Choice c = new Choice(b.string("option"), b.strings("targets"), b.string("text", "").strip());
        json(ctx, locked(() -> {
            Team t = team(ctx);
            String status = game.submit(t.actor, turn, c);
            return JSON.createObjectNode().put("status", status).put("turn", turn).set("choice", GameFile.choice(c));
        }));
    }

    private static Session.Request injection(Body b) {
        EventType type;
        try {
            type = EventType.valueOf(b.string("type").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.bad("unknown event type '" + b.string("type") + "'"
                    + DidYouMean.hint(b.string("type"), Arrays.stream(EventType.values()).map(Enum::name).toList()));
        }
        String note = b.string("note", "");
        if (note.length() > Choice.MAX_TEXT) {
            throw ApiError.bad("the note is " + note.length() + " characters long; at most " + Choice.MAX_TEXT);
        }
        return new Session.Request(type, b.string("subtype", null), b.bool("overflight"), b.strings("actors"),
                b.strings("targets"), b.number("intensity", 1.0), b.number("level", Double.NaN), note);
    }

    /** A teacher's control: checked token and body, the change, then the teacher's view. */
    private void control(Context ctx, Set<String> fields, java.util.function.Consumer<Body> change) {
        checkTeacher(ctx);
        Body b = Body.parse(ctx.body(), fields);
        json(ctx, teacher(ctx, () -> {
            change.accept(b);
            if (game.phase() == Phase.ENDED) {
                startDebrief();
            }
            return Views.teacher(game, joinUrl, debriefStatus(), debriefUrl());
        }));
    }

    private <T> T teacher(Context ctx, Supplier<T> action) {
        checkTeacher(ctx);
        return locked(action);
    }

    private void checkTeacher(Context ctx) {
        if (!Tokens.same(bearer(ctx), game.teacherToken)) {
            throw new ApiError(403, "the teacher's controls need the teacher's token");
        }
    }

    private Team team(Context ctx) {
        Team t = game.teamWithToken(bearer(ctx));
        if (t == null) {
            throw new ApiError(401, "unknown team token: join the game again from the start page");
        }
        return t;
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        return h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
    }

    private <T> T locked(Supplier<T> action) {
        synchronized (game) {
            return action.get();
        }
    }

    // ---- the debrief ------------------------------------------------------------------

    /** Starts writing the debrief once, in the background, when the game has ended. */
    private synchronized void startDebrief() {
        if (debrief == null) {
            debrief = CompletableFuture.supplyAsync(() -> {
                try {
                    return Debrief.write(game, dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InputException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            ended.countDown();
        }
    }

    private String debriefStatus() {
        CompletableFuture<Path> d = debrief;
        if (d == null) {
            return "none";
        }
        return !d.isDone() ? "running" : d.isCompletedExceptionally() ? "failed" : "ready";
    }

    private String debriefUrl() {
        return debriefStatus().equals("ready") ? "/debrief.html" : null;
    }

    private static void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, JSON.createObjectNode().put("error", message));
    }

    /** Wrong join codes by address: more than a few a minute and the address waits. */
    private static final class Failures {
        private static final int LIMIT = 20;
        private final java.util.Map<String, long[]> byAddress = new java.util.HashMap<>();

        synchronized void check(String address) {
            long[] f = byAddress.get(address);
            if (f != null && f[0] >= LIMIT && System.currentTimeMillis() - f[1] < 60_000) {
                throw new ApiError(429, "too many wrong join codes from this address: wait a minute");
            }
        }

        synchronized void failed(String address) {
            long now = System.currentTimeMillis();
            long[] f = byAddress.computeIfAbsent(address, a -> new long[2]);
            if (now - f[1] >= 60_000) {
                f[0] = 0;
            }
            f[0]++;
            f[1] = now;
        }
    }
}
