package entente.classroom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's guard: a team acts only for its own state, the teacher's controls need the
 * teacher's token, and bad requests get a 4xx with a message and change nothing; a crashed
 * server restarts from its save where it stood.
 */
class ClassroomServerTest {
    @TempDir
    Path tmp;

    private ClassroomServer start() throws Exception {
        return ClassroomServer.start(Games.CRISIS, List.of("USA", "KOR", "PRK"), null, 7, 60, tmp.resolve("game"), "127.0.0.1", 0);
    }

    private static String teacherToken(ClassroomServer s) {
        return s.teacherUrl().substring(s.teacherUrl().indexOf('#') + 1);
    }

    private static String join(Http http, ClassroomServer s, String actor) {
        Http.Reply r = http.post("/api/join", "{\"code\":\"" + s.joinCode() + "\",\"actor\":\"" + actor + "\"}", null);
        assertEquals(200, r.status(), r.json().toString());
        return r.json().path("token").asText();
    }

    private static void refused(Http.Reply r, int status, String message) {
        assertEquals(status, r.status(), r.json().toString());
        assertTrue(r.error().contains(message), "'" + r.error() + "' should say '" + message + "'");
    }

    @Test
    void teamsActOnlyForTheirOwnStateAndBadRequestsChangeNothing() throws Exception {
        try (ClassroomServer s = start()) {
            Http http = new Http(s.port());
            String teacher = teacherToken(s);
            String usa = join(http, s, "USA");
            String kor = join(http, s, "KOR");
            refused(http.post("/api/join", "{\"code\":\"NOPE\",\"actor\":\"PRK\"}", null), 403, "wrong join code");
            refused(http.post("/api/join", "{\"code\":\"" + s.joinCode() + "\",\"actor\":\"USA\"}", null), 409, "has joined already");
            refused(http.post("/api/join", "{\"code\":\"" + s.joinCode() + "\",\"actor\":\"CHN\"}", null), 400, "no team plays 'CHN'");

            for (String path : List.of("/api/teacher/open", "/api/teacher/close", "/api/teacher/end", "/api/teacher/inject")) {
                refused(http.post(path, "{\"seconds\":60}", usa), 403, "teacher's token");
                refused(http.post(path, "{\"seconds\":60}", null), 403, "teacher's token");
            }
            refused(http.get("/api/teacher", kor), 403, "teacher's token");
            refused(http.get("/api/team", "forged-token"), 401, "unknown team token");
            refused(http.get("/api/team", teacher), 401, "unknown team token");
            assertEquals(200, http.post("/api/teacher/open", "{\"seconds\":60}", teacher).status());

            Path save = tmp.resolve("game/game.json");
            Path choices = tmp.resolve("game/game-choices.json");
            byte[] saved = Files.readAllBytes(save);
            refused(http.post("/api/team/choice", "{\"turn\":1,\"option\":\"usa-kor-drill\"}", kor), 400, "unknown choice 'usa-kor-drill' for KOR");
            refused(http.post("/api/team/choice", "{\"turn\":1,\"option\":", usa), 400, "malformed JSON");
            refused(http.post("/api/team/choice", "[1,2]", usa), 400, "must be a JSON object");
            refused(http.post("/api/team/choice", "{\"turn\":1,\"option\":\"nothing\",\"actor\":\"KOR\"}", usa), 400, "unknown field 'actor'");
            refused(http.post("/api/team/choice", "{\"turn\":\"1\",\"option\":\"nothing\"}", usa), 400, "'turn' must be a whole number");
            refused(http.post("/api/team/choice", "{\"turn\":2,\"option\":\"nothing\"}", usa), 409, "turn 2 is not open; turn 1 is");
            refused(http.post("/api/team/choice", "{\"turn\":1,\"option\":\"launch-everything\"}", usa), 400, "unknown choice 'launch-everything'");
            refused(http.post("/api/team/choice", "{\"turn\":1,\"option\":\"nothing\",\"text\":\"" + "x".repeat(20_000) + "\"}", usa),
                    413, "at most " + ClassroomServer.MAX_BODY);
            refused(http.post("/api/teacher/inject", "{\"type\":\"ALIEN_LANDING\",\"actors\":[\"PRK\"]}", teacher), 400, "unknown event type");
            refused(http.post("/api/teacher/inject", "{\"type\":\"SUMMIT\",\"actors\":[]}", teacher), 400, "at least one actor");
            refused(http.post("/api/teacher/open", "{\"seconds\":60}", teacher), 409, "open already");
            refused(http.get("/api/nothing-here", null), 404, "not found");
            assertArrayEquals(saved, Files.readAllBytes(save), "refused requests leave the saved game as it was");

            Http.Reply first = http.post("/api/team/choice", "{\"turn\":1,\"option\":\"usa-kor-drill\",\"text\":\"deter\"}", usa);
            assertEquals("recorded", first.json().path("status").asText());
            byte[] chosen = Files.readAllBytes(choices);
            Http.Reply again = http.post("/api/team/choice", "{\"turn\":1,\"option\":\"usa-kor-drill\",\"text\":\"deter\"}", usa);
            assertEquals(200, again.status());
            assertEquals("unchanged", again.json().path("status").asText(), "a duplicate is answered and changes nothing");
            assertArrayEquals(saved, Files.readAllBytes(save));
            assertArrayEquals(chosen, Files.readAllBytes(choices));

            Http.Reply view = http.get("/api/teacher", teacher);
            assertEquals(List.of(true, false, false), List.of(view.json().at("/teams/0/chosen").asBoolean(),
                    view.json().at("/teams/1/chosen").asBoolean(), view.json().at("/teams/2/chosen").asBoolean()));
            assertEquals("usa-kor-drill", http.get("/api/team", usa).json().at("/choice/option").asText());
            assertTrue(http.get("/api/team", kor).json().path("choice").isNull(), "KOR's choice is KOR's alone");
        }
    }

    @Test
    void aCrashedServerRestartsFromItsSaveWithNothingLost() throws Exception {
        String usa;
        String teacher;
        String events;
        try (ClassroomServer s = start()) {
            Http http = new Http(s.port());
            teacher = teacherToken(s);
            usa = join(http, s, "USA");
            for (int turn = 1; turn <= 3; turn++) {
                http.post("/api/teacher/open", "{\"seconds\":600}", teacher);
                http.post("/api/team/choice", "{\"turn\":" + turn + ",\"option\":\"trilateral-drill\"}", usa);
                http.post("/api/teacher/close", "{}", teacher);
            }
            http.post("/api/teacher/inject", "{\"type\":\"MISSILE_TEST\",\"subtype\":\"ICBM\",\"actors\":[\"PRK\"],"
                    + "\"targets\":[\"USA\",\"JPN\"],\"intensity\":1.5}", teacher);
            http.post("/api/teacher/open", "{\"seconds\":600}", teacher);
            http.post("/api/team/choice", "{\"turn\":4,\"option\":\"statement\",\"targets\":[\"PRK\"],\"text\":\"Stop.\"}", usa);
            events = http.get("/api/teacher", teacher).json().path("recent").toString();
        } // the server goes away without ending the game, as in a crash

        try (ClassroomServer s = ClassroomServer.resume(tmp.resolve("game/game.json"), "127.0.0.1", 0)) {
            Http http = new Http(s.port());
            Http.Reply view = http.get("/api/teacher", teacher);
            assertEquals(200, view.status(), "the teacher's token still works");
            assertEquals(4, view.json().path("turn").asInt());
            assertEquals("open", view.json().path("phase").asText());
            assertTrue(view.json().path("paused").asBoolean(), "an open turn comes back paused");
            assertEquals(events, view.json().path("recent").toString(), "the same events as before the crash");
            Http.Reply mine = http.get("/api/team", usa);
            assertEquals(200, mine.status(), "the team's token still works: a reload rejoins");
            assertEquals("Stop.", mine.json().at("/choice/text").asText(), "the open turn's choice survived");
            assertEquals(3, mine.json().at("/last_turn/number").asInt());
            assertNotEquals(0, http.post("/api/teacher/resume", "{}", teacher).status());
            assertEquals("results", http.post("/api/teacher/close", "{}", teacher).json().path("phase").asText());
        }
        assertThrows(IllegalArgumentException.class, this::start, "a folder with a saved game is not overwritten");
    }
}
