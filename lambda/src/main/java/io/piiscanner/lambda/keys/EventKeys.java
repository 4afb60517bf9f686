package io.piiscanner.lambda.keys;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Object keys as S3 event notifications carry them: URL-encoded, with {@code +} for a space
 * and percent escapes for everything else that is not plain ASCII, including a literal
 * {@code +} ({@code %2B}) and non-ASCII characters (UTF-8 bytes).
 */
public final class EventKeys {

    private EventKeys() {}

    /**
     * The key an encoded key stands for.
     *
     * @throws IllegalArgumentException when the encoding is malformed, e.g. {@code %zz}
     */
    public static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed URL encoding in object key");
        }
    }
}
