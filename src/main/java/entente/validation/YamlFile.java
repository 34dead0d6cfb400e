package entente.validation;

import entente.io.InputFiles;
import entente.scenario.InputException;
import entente.scenario.Problem;
import entente.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Opening a YAML input file: a missing, unreadable, empty or malformed file is one located problem. */
final class YamlFile {
    private YamlFile() {}

    static Node root(Path file, List<Problem> problems) throws InputException {
        Node root = ScenarioReader.compose(file.toString(), text(file), problems);
        if (root == null) {
            throw new InputException(problems.isEmpty() ? List.of(new Problem(file.toString(), 0, "", "the file is empty"))
                    : problems);
        }
        return root;
    }

    static String text(Path file) throws InputException {
        try {
            return InputFiles.text(file);
        } catch (NoSuchFileException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "no such file"));
        } catch (IOException e) {
            throw new InputException(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
    }
}
