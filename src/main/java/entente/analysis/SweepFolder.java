package entente.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import entente.experiment.Design;
import entente.experiment.DesignCsv;
import entente.experiment.DesignType;
import entente.experiment.SweepDir;
import entente.scenario.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A sweep folder read back for analysis: its manifest, design and output columns. */
record SweepFolder(Path dir, JsonNode manifest, Design design, List<String> outputs) {
    static SweepFolder open(Path dir) throws IOException, InputException {
        JsonNode m = SweepDir.manifest(dir);
        List<String> factors = strings(m.path("factors"));
        DesignType type = DesignType.of(m.path("design").asText());
        Design design = DesignCsv.read(dir.resolve(SweepDir.DESIGN), type, factors);
        return new SweepFolder(dir, m, design, strings(m.path("outputs")));
    }

    Path runs() {
        return dir.resolve(SweepDir.RUNS);
    }

    int replications() {
        return manifest.path("replications").asInt();
    }

    String title() {
        return manifest.path("title").asText();
    }

    List<String> factors() {
        return design.factors();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
