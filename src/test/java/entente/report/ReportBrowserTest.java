package entente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import entente.TestScenarios;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in headless Chromium (the Debian package; .ci/run installs it) and checks
 * that they render: a screenshot that is not blank, and nothing on the browser console.
 * Skipped where no Chromium is installed.
 */
class ReportBrowserTest {
    @TempDir
    Path tmp;

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /** Screenshot of the page; returns what Chromium printed. */
    private String screenshot(Path html, Path png) throws IOException, InterruptedException {
        Path chrome = chromium();
        assumeTrue(chrome != null, "Chromium is not installed");
        Path logFile = tmp.resolve(png.getFileName() + ".log");
        Process p = new ProcessBuilder(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("profile-" + png.getFileName()), "--hide-scrollbars", "--window-size=1200,1600",
                "--enable-logging=stderr", "--v=0", "--screenshot=" + png, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        // headless Chromium now and then hangs after writing the screenshot: bounded wait, then kill
        boolean finished = p.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertTrue(finished || Files.exists(png) && Files.size(png) > 0, "Chromium wrote no screenshot within 60 s:\n" + log);
        return log;
    }

    private void rendersCleanly(Path html) throws Exception {
        Path png = tmp.resolve(html.getParent().getFileName() + ".png");
        String log = screenshot(html, png);
        assertFalse(log.contains(":CONSOLE"), "no console messages or errors:\n" + log);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        int white = 0;
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                white += rgb == 0xFFFFFF ? 1 : 0;
            }
        }
        int samples = (img.getHeight() / 3 + 1) * (img.getWidth() / 3 + 1);
        assertTrue(colours.size() > 100, "a rendered page has text and charts, not a blank: " + colours.size() + " colours");
        assertTrue(white < samples * 0.95, "not blank");
    }

    @Test
    void runComparisonAndSweepReportsRender() throws Exception {
        assumeTrue(chromium() != null, "Chromium is not installed");
        Path run = tmp.resolve("run");
        Path cmp = tmp.resolve("cmp");
        String s = TestScenarios.SIX_STATES.toString();
        assertEquals("0", ReportTest.cli("run", s, "--out", run.toString(), "--report")[0]);
        assertEquals("0", ReportTest.cli("compare", s, s, "-r", "2", "--out", cmp.toString(), "--report")[0]);
        rendersCleanly(run.resolve("report.html"));
        rendersCleanly(cmp.resolve("report.html"));
        Path sweep = tmp.resolve("sweep");
        assertEquals("0", ReportTest.cli("sweep", "src/test/resources/experiments/small-grid.yaml", "--out", sweep.toString(),
                "--report")[0]);
        rendersCleanly(sweep.resolve("report.html"));
    }

}
