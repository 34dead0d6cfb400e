package entente.cli;

import entente.model.EntenteModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checkpoint files named on the command line: never written over anything but a checkpoint. */
final class Checkpoints {
    private Checkpoints() {}

    /** Checks before the run that the file may be written: new, or a checkpoint already. */
    static void checkTarget(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInput("--checkpoint " + file + " is a folder; name a file");
        }
        if (Files.exists(file)) {
            try {
                EntenteModel.readCheckpoint(file);
            } catch (IOException e) {
                throw new BadInput("--checkpoint " + file + " exists and is not an Entente checkpoint: refusing to replace it");
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new BadInput("--checkpoint " + file + ": no folder " + parent);
        }
    }

    static void write(EntenteModel m, Path file) throws IOException {
        checkTarget(file);
        m.writeCheckpoint(file);
    }

    static EntenteModel read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInput("--resume " + file + ": no such file");
        }
        try {
            return EntenteModel.readCheckpoint(file);
        } catch (IOException e) {
            throw new BadInput("--resume " + e.getMessage());
        }
    }
}
