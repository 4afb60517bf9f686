package io.piiscanner.lambda.keys;

import io.piiscanner.core.scan.NameMasker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the service writes in place of an object key. A key is whatever the uploader or caller
 * chose and may hold personal data ({@code incoming/4111111111111111.csv}), so it is shown masked
 * (logs, alerts, API responses, table attributes, result documents) and, where it must be found
 * again (table keys, result document names), stored as its HMAC-SHA256 under the service's secret:
 * whoever reads the table or lists the results cannot tell the key, nor test guesses at it without
 * the secret, while the service, given a key, finds its items. A plain hash would not do: the
 * key {@code incoming/<an SSN>.csv} has only a billion possible values.
 */
public final class ObjectKeys {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec secret;
    private final NameMasker names;

    /**
     * @param secret the HMAC key
     * @param names  masks the values a key holds
     */
    public ObjectKeys(byte[] secret, NameMasker names) {
        this.secret = new SecretKeySpec(secret, HMAC);
        this.names = names;
    }

    /** The key's stored identity: lower-case hex of its HMAC-SHA256 (of its UTF-8 bytes). */
    public String id(String key) {
        try {
            // A Mac holds state: one per call keeps this thread-safe at a cost far below an AWS call's.
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    /** The key with every value it holds masked, as logs, alerts and responses show it. */
    public String shown(String key) {
        return names.mask(key);
    }
}
