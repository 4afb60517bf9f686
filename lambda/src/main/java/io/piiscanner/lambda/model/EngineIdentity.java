package io.piiscanner.lambda.model;

import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.scan.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Which engine scanned an object: the engine's release and its detector set, stored with each
 * scan record so that a rescan can be limited to what an older engine, or another detector set,
 * scanned.
 *
 * @param version     the core module's version, {@code unknown} when run from classes
 * @param detectorSet the first 16 hex digits of the SHA-256 of the sorted detector ids and the
 *                    minimum confidence: equal sets give equal values
 */
public record EngineIdentity(String version, String detectorSet) {

    private static final String CORE_POM = "/META-INF/maven/io.piiscanner/pii-scanner-core/pom.properties";

    /** The identity of an engine as built into this deployment. */
    public static EngineIdentity of(Engine engine) {
        List<String> ids =
                engine.detectors().stream().map(Detector::id).sorted().toList();
        String described =
                String.join(",", ids) + ";minConfidence=" + engine.config().minConfidence();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(described.getBytes(StandardCharsets.UTF_8));
            return new EngineIdentity(coreVersion(), HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Whether a stored record names this engine; records from before engines were recorded do not. */
    public boolean matches(String storedVersion, String storedDetectorSet) {
        return version.equals(storedVersion) && detectorSet.equals(storedDetectorSet);
    }

    private static String coreVersion() {
        String manifest = Engine.class.getPackage().getImplementationVersion();
        if (manifest != null) {
            return manifest;
        }
        try (InputStream in = Engine.class.getResourceAsStream(CORE_POM)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // Only the version is unknown; the detector set still tells engines apart.
        }
        return "unknown";
    }
}
