package entente.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and git commit of this build, for run manifests. */
public record BuildInfo(String version, String commit, boolean dirty) {
    public static BuildInfo current() {
        Properties build = load("/entente/build.properties");
        Properties git = load("/entente/git.properties");
        return new BuildInfo(build.getProperty("version", "unknown"),
                git.getProperty("git.commit.id", "unknown"),
                Boolean.parseBoolean(git.getProperty("git.dirty", "false")));
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // a missing build stamp only makes the manifest say "unknown"
        }
        return p;
    }
}
