package io.piiscanner.core.scan;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 fingerprints of normalized values, so the same card or SSN can be correlated across
 * files and runs without storing it. A plain hash would not do: nine-digit SSNs and card numbers
 * with a known prefix are few enough to brute-force, a keyed HMAC is not without the key.
 * Not thread-safe: one instance per scan.
 */
final class Fingerprinter {

    private final Mac mac;

    Fingerprinter(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** Lower-case hex HMAC of the normalized value's bytes (ISO-8859-1, i.e. the input bytes). */
    String fingerprint(String normalized) {
        return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
