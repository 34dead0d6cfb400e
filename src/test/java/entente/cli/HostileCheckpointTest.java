package entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint handed over by someone else cannot make Java build objects of classes a checkpoint never holds. */
class HostileCheckpointTest {
    /** Stands for a gadget: building it is what a hostile file is after. */
    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        static volatile boolean built;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            built = true;
        }
    }

    @TempDir
    Path tmp;

    private Path checkpointOf(Object o) throws IOException {
        Path f = tmp.resolve("hostile-" + System.nanoTime() + ".ckpt");
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(f)))) {
            out.writeObject(o);
        }
        return f;
    }

    @Test
    void aCheckpointWithForeignClassesIsRefusedBeforeAnyIsBuilt() throws IOException {
        Map<String, Object> nested = new HashMap<>(Map.of("model", new Gadget()));
        for (Object payload : new Object[] {new Gadget(), nested}) {
            Gadget.built = false;
            Path file = checkpointOf(payload);
            Cli r = Cli.run("run", "--resume", file.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().startsWith("--resume " + file + " is not an Entente checkpoint"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(Gadget.built, "the foreign class was never instantiated");
        }
    }

    @Test
    void aRealCheckpointStillResumes() {
        Path ckpt = tmp.resolve("run.ckpt");
        Cli saved = Cli.run("run", "src/test/resources/scenarios/six-states.yaml", "--until", "2022-03-01",
                "--checkpoint", ckpt.toString(), "--out", tmp.resolve("first").toString(), "--no-charts");
        assertEquals(0, saved.exit(), saved.err());
        Cli resumed = Cli.run("run", "--resume", ckpt.toString(), "--out", tmp.resolve("rest").toString(), "--no-charts");
        assertEquals(0, resumed.exit(), resumed.err());
    }
}
