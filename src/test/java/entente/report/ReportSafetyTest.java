package entente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import entente.TestScenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results folder handed over by someone else cannot make its report run script: every chart
 * is rebuilt from an allow-list, and the page's Content-Security-Policy forbids script anyway.
 */
class ReportSafetyTest {
    /** Each would set the title (or reach out) if it ran. */
    private static final List<String> ATTACKS = List.of(
            "<script>document.title='pwned-script'</script>",
            "<script href='http://evil.example/x.js'/>",
            "<image href='x' onerror=\"document.title='pwned-onerror'\"/>",
            "<rect width='10' height='10' onload=\"document.title='pwned-onload'\"/>",
            "<foreignObject width='100' height='100'><body xmlns='http://www.w3.org/1999/xhtml'>"
                    + "<img src='x' onerror=\"document.title='pwned-foreign'\"/></body></foreignObject>",
            "<a href=\"javascript:document.title='pwned-link'\"><text x='5' y='5'>click</text></a>",
            "<rect width='5' height='5' style=\"fill: url(http://evil.example/p.svg#x)\"/>",
            "<use href='http://evil.example/sprite.svg#x'/>",
            "<animate attributeName='href' to=\"javascript:document.title='pwned-animate'\"/>",
            "<set attributeName='onclick' to=\"document.title='pwned-set'\"/>",
            "<style>@import url(http://evil.example/s.css); svg { background: url(http://evil.example/i.png) }</style>",
            "<h:script xmlns:h='http://www.w3.org/1999/xhtml'>document.title='pwned-html-ns'</h:script>");
    private static final Pattern HANDLER = Pattern.compile("(?i)\\son[a-z]+\\s*=");

    @TempDir
    Path tmp;

    private Path tamperedRun() throws IOException {
        Path run = tmp.resolve("run");
        assertEquals("0", ReportTest.cli("run", TestScenarios.SIX_STATES.toString(), "--until", "2022-02-28",
                "--out", run.toString())[0]);
        Path svg = run.resolve("cohesion.svg");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        int open = text.indexOf('>', text.indexOf("<svg")) + 1;
        String tampered = text.substring(0, open - 1) + " onload=\"document.title='pwned-root'\">"
                + String.join("", ATTACKS) + text.substring(open);
        Files.writeString(svg, tampered, StandardCharsets.UTF_8);
        // an entity reaching for a local file: the chart is left out, the file never read
        Files.writeString(run.resolve("escalation.svg"), "<?xml version='1.0'?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "
                + "'file:///etc/hostname'>]>\n<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                + "<text>&x;</text></svg>", StandardCharsets.UTF_8);
        return run;
    }

    @Test
    void noScriptHandlerOrForeignReferenceSurvives() throws IOException {
        Path run = tamperedRun();
        String[] r = ReportTest.cli("report", run.toString());
        assertEquals("0", r[0], r[2]);
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        String lower = html.toLowerCase(Locale.ROOT);
        for (String bad : List.of("<script", "javascript:", "foreignobject", "evil.example", "<image", "<use",
                "<animate", "<set", "<style>@import", "pwned", "<a ")) {
            assertFalse(lower.contains(bad), "found " + bad);
        }
        assertFalse(HANDLER.matcher(html).find(), "no event handler attribute");
        assertTrue(html.contains(Html.POLICY), "the page forbids script");
        assertTrue(html.contains("Chart left out: escalation.svg is not a well-formed SVG chart"), "said plainly");
        assertTrue(lower.contains("<svg") && lower.contains("clip-path=\"url(#"), "the chart itself is kept");
    }

    @Test
    void chromiumRunsNoScriptFromATamperedFolder() throws Exception {
        Path chrome = chromium();
        assumeTrue(chrome != null, "Chromium is not installed");
        // the check works: a page with a script has its title changed in Chromium's DOM
        Path control = Files.writeString(tmp.resolve("control.html"),
                "<!DOCTYPE html><html><head><title>calm</title></head><body>"
                        + "<script>document.title='pwned-control'</script></body></html>");
        assertTrue(dom(chrome, control).contains("<title>pwned-control</title>"), "the control's script ran");

        Path run = tamperedRun();
        assertEquals("0", ReportTest.cli("report", run.toString())[0]);
        String dom = dom(chrome, run.resolve("report.html"));
        assertTrue(dom.contains("<svg"), "the page was rendered: " + dom.length());
        assertFalse(dom.contains("pwned"), "no script ran");
    }

    /** The page's DOM after Chromium loaded it and ran whatever it would run. */
    private String dom(Path chrome, Path html) throws IOException, InterruptedException {
        Path out = tmp.resolve(html.getFileName() + ".dom");
        Process p = new ProcessBuilder(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("profile-" + html.getFileName()), "--virtual-time-budget=2000",
                "--dump-dom", html.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }
}
