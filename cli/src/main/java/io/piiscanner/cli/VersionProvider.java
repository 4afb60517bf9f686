package io.piiscanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of pii-scanner: the jar manifest's Implementation-Version if set, else the version
 * Maven records in the jar's {@code pom.properties}; {@code unknown} when run from classes.
 */
public final class VersionProvider implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/io.piiscanner/pii-scanner-cli/pom.properties";

    /** The version string, e.g. {@code 0.1.0}. */
    public static String version() {
        String manifest = Main.class.getPackage().getImplementationVersion();
        if (manifest != null) {
            return manifest;
        }
        try (InputStream in = Main.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // A damaged jar still runs; only the version is unknown.
        }
        return "unknown";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"pii-scanner " + version()};
    }
}
