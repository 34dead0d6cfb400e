package entente.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty teams, each an HTTP client on its own thread, join a game of thirty states and play
 * twenty turns: every turn each reads its view, chooses, sends the same choice again, and reads
 * its view once more, all at once. Every answer must come back right, no choice may be lost,
 * and the 95th percentile of the answer times must stay low (measured on localhost; the figure
 * is printed).
 */
class ClassroomLoadTest {
    private static final int TEAMS = 30;
    private static final int TURNS = 20;
    /**
     * The target is 200 ms at the 95th percentile on two otherwise idle cores; the assertion
     * allows ten times that, because a build machine may be shared (a load average of 20 on two
     * cores makes every request ten times slower), and the measured figure is printed with the load.
     */
    private static final double P95_BOUND_MS = 2000;

    @TempDir
    Path tmp;

    /** A region of thirty states on a ring, each with one drill against its neighbour. */
    private static String thirtyStates() {
        StringBuilder y = new StringBuilder("""
                name: thirty-states
                title: Thirty states for the load test
                period: {start: 2022-01-01, end: 2022-06-30}
                seed: 30
                """);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            ids.add("S" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
        }
        y.append("blocs: {trilateral: [").append(String.join(", ", ids.subList(0, 3))).append("], counter: [")
                .append(String.join(", ", ids.subList(3, 6))).append("]}\n");
        y.append("hedging_poles: [").append(ids.get(0)).append(", ").append(ids.get(3)).append("]\nactors:\n");
        for (int i = 0; i < TEAMS; i++) {
            double angle = 2 * Math.PI * i / TEAMS;
            y.append(String.format(Locale.ROOT, "  %s: {name: State %d, location: [%.2f, %.2f], capability: 0.05, spending: 2,"
                    + " escalation: 1.5, fatigue: 0.03}%n", ids.get(i), i + 1, 38 + 6 * Math.sin(angle), 128 + 8 * Math.cos(angle)));
        }
        y.append("actions:\n");
        for (int i = 0; i < TEAMS; i++) {
            y.append(String.format(Locale.ROOT, "  - {id: drill-%d, actor: %s, type: JOINT_EXERCISE, partners: [%s], targets: [%s],"
                    + " utility: {bias: -3, provocation: 1}}%n", i, ids.get(i), ids.get((i + 1) % TEAMS), ids.get((i + 2) % TEAMS)));
        }
        return y.append("events: []\n").toString();
    }

    @Test
    void thirtyTeamsPlayTwentyTurnsQuicklyAndNothingIsLost() throws Exception {
        Path scenario = tmp.resolve("thirty.yaml");
        Files.writeString(scenario, thirtyStates());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            ids.add("S" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
        }
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(TEAMS);
        try (ClassroomServer s = ClassroomServer.start(scenario, ids, null, 7, 600, tmp.resolve("game"), "127.0.0.1", 0)) {
            Http teacher = new Http(s.port());
            String teacherToken = s.teacherUrl().substring(s.teacherUrl().indexOf('#') + 1);
            List<Http> clients = new ArrayList<>();
            List<Future<String>> joins = new ArrayList<>();
            for (String id : ids) {
                Http c = new Http(s.port());
                clients.add(c);
                joins.add(pool.submit(() -> ok(c.post("/api/join", "{\"code\":\"" + s.joinCode() + "\",\"actor\":\"" + id + "\"}", null),
                        times).path("token").asText()));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : joins) {
                tokens.add(f.get());
            }
            for (int turn = 1; turn <= TURNS; turn++) {
                ok(teacher.post("/api/teacher/open", "{\"seconds\":600}", teacherToken), null);
                int t = turn;
                List<Future<?>> moves = new ArrayList<>();
                for (int k = 0; k < TEAMS; k++) {
                    int team = k;
                    moves.add(pool.submit(() -> {
                        Http c = clients.get(team);
                        String token = tokens.get(team);
                        JsonNode view = ok(c.get("/api/team", token), times);
                        assertEquals(t, view.path("turn").asInt());
                        String option = (t + team) % 3 == 0 ? "nothing" : view.at("/menu/0/id").asText();
                        String body = "{\"turn\":" + t + ",\"option\":\"" + option + "\",\"text\":\"team " + team + " turn " + t + "\"}";
                        assertEquals("recorded", ok(c.post("/api/team/choice", body, token), times).path("status").asText());
                        assertEquals("unchanged", ok(c.post("/api/team/choice", body, token), times).path("status").asText());
                        ok(c.get("/api/team", token), times);
                        return null;
                    }));
                }
                for (Future<?> f : moves) {
                    f.get();
                }
                JsonNode closed = ok(teacher.post("/api/teacher/close", "{}", teacherToken), null);
                assertEquals(turn * 7, daysSince(closed));
            }
            JsonNode save = new ObjectMapper().readTree(tmp.resolve("game/game.json").toFile());
            int decisions = 0;
            for (JsonNode op : save.path("operations")) {
                for (JsonNode d : op.path("decisions")) {
                    assertTrue(!d.path("stand_in").asBoolean(), "every team chose in time: " + d);
                    assertTrue(d.path("text").asText().startsWith("team "), d.toString());
                    decisions++;
                }
            }
            assertEquals(TEAMS * TURNS, decisions, "every choice of every team in every turn is in the save");
        } finally {
            pool.shutdownNow();
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1e6;
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double max = sorted.get(sorted.size() - 1) / 1e6;
        System.out.printf(Locale.ROOT, "classroom load: %d teams, %d turns, %d team requests: median %.1f ms, p95 %.1f ms, "
                + "max %.1f ms (%d cores, load average %.1f)%n", TEAMS, TURNS, sorted.size(), p50, p95, max,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertEquals(TEAMS + TEAMS * TURNS * 4, sorted.size(), "every request answered");
        assertTrue(p95 < P95_BOUND_MS, "p95 " + p95 + " ms");
    }

    private static int daysSince(JsonNode teacherView) {
        return (int) (java.time.LocalDate.parse(teacherView.path("date").asText()).toEpochDay()
                - java.time.LocalDate.parse(teacherView.path("start").asText()).toEpochDay());
    }

    private static JsonNode ok(Http.Reply r, ConcurrentLinkedQueue<Long> times) {
        assertEquals(200, r.status(), r.json().toString());
        if (times != null) {
            times.add(r.nanos());
        }
        return r.json();
    }
}
