package entente.cli;

import entente.calibration.Evidence;
import entente.calibration.EvidenceReader;
import entente.scenario.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Reading an evidence folder named on the command line. */
final class EvidenceArgs {
    private EvidenceArgs() {}

    static Evidence load(Path dir, PrintWriter err) throws InputException {
        Evidence e = EvidenceReader.read(dir);
        if (!e.sourcesChecked()) {
            err.println("entente: warning: seed documents not found (set ENTENTE_SEEDS); document names and "
                    + "paragraph numbers in " + dir + " were not checked");
        }
        return e;
    }
}
