package entente.report;

import entente.io.OutputGuard;
import entente.io.RunFolder;
import entente.scenario.InputException;
import entente.scenario.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Turns a results folder into one self-contained HTML page. */
public final class Reports {
    private Reports() {}

    /** Writes the report of {@code folder} (against {@code vs} when given) to {@code out}; returns out. */
    public static Path write(Path folder, Path vs, Path out) throws IOException, InputException {
        Path target = out != null ? out : folder.resolve("report.html");
        OutputGuard.file(target, out != null ? "--out" : null, List.of(), Html.GENERATOR);
        ResultsFolder f = ResultsFolder.open(folder);
        String html = switch (f.kind()) {
            case RUN -> RunReport.render(f, vs == null ? null : other(vs), links(target, folder));
            case COMPARISON -> ComparisonReport.render(single(f, vs));
            case SWEEP -> SweepReport.render(single(f, vs), links(target, folder));
        };
        RunFolder.writeFile(target, html);
        return target;
    }

    /** How the page at target addresses files of the folder: a relative path ending in '/', or '' beside it. */
    private static String links(Path target, Path folder) {
        Path from = target.toAbsolutePath().normalize().getParent();
        String rel = from.relativize(folder.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    private static ResultsFolder single(ResultsFolder f, Path vs) throws InputException {
        if (vs != null) {
            throw new InputException(new Problem(vs.toString(), 0, "--vs",
                    "--vs sets one run against another; a " + f.kind().name().toLowerCase() + " folder holds its own comparison"));
        }
        return f;
    }

    private static ResultsFolder other(Path vs) throws InputException {
        ResultsFolder f = ResultsFolder.open(vs);
        if (f.kind() != ResultsFolder.Kind.RUN) {
            throw new InputException(new Problem(vs.toString(), 0, "--vs", "set a run against another run's folder"));
        }
        return f;
    }
}
