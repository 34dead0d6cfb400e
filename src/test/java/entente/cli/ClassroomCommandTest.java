package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente classroom} refuses bad input with one clear line, exit code 2, and nothing written. */
class ClassroomCommandTest {
    @TempDir
    Path tmp;

    private void refused(String message, String... args) {
        Cli r = Cli.run(args);
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void badTeamsOptionsAndSavesAreRefused() throws Exception {
        String out = tmp.resolve("game").toString();
        refused("no state 'XYZ' in classroom-crisis-2022 (states: USA, JPN, KOR, CHN, RUS, PRK)",
                "classroom", "--teams", "USA,XYZ", "--port", "0", "--out", out);
        refused("state USA is named twice", "classroom", "--teams", "USA,USA", "--port", "0", "--out", out);
        refused("--turn-days must be 1 to 122", "classroom", "--turn-days", "0", "--port", "0", "--out", out);
        refused("--turn-seconds must be 10 to 3600", "classroom", "--turn-seconds", "5", "--port", "0", "--out", out);
        refused("no such saved game", "classroom", "--resume", tmp.resolve("none.json").toString(), "--port", "0");
        Files.writeString(tmp.resolve("other.json"), "{\"format\": \"something else\"}");
        refused("not a saved classroom game", "classroom", "--resume", tmp.resolve("other.json").toString(), "--port", "0");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            refused("cannot serve on 127.0.0.1:" + taken.getLocalPort(), "classroom", "--port",
                    Integer.toString(taken.getLocalPort()), "--out", out);
        }
        assertFalse(Files.exists(tmp.resolve("game/game.json")), "nothing is saved for a game that never served");
    }
}
