package io.piiscanner.lambda.store;

import io.piiscanner.lambda.model.ObjectVersion;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The key schema of the findings table. Every key is derived from what was scanned, never from
 * when or by which invocation, so writing the same scan twice writes the same items. Object keys
 * appear in table keys only as their {@link io.piiscanner.lambda.keys.ObjectKeys#id HMAC}
 * ({@code <objectId>}): a key may hold personal data.
 *
 * <pre>
 * pk                             sk                                          what
 * OBJECT#&lt;bucket&gt;/&lt;objectId&gt;     SCAN#&lt;version&gt;                              one scan record per object version
 * OBJECT#&lt;bucket&gt;/&lt;objectId&gt;     FINDING#&lt;version&gt;#&lt;n, 10 digits&gt;#&lt;type&gt;      one item per finding
 *
 * GSI byType: gsi1pk = &lt;type&gt;, gsi1sk = &lt;scannedAt&gt;#&lt;bucket&gt;/&lt;objectId&gt;#&lt;version&gt;#&lt;n&gt;  (finding items only)
 * </pre>
 *
 * {@code <version>} is {@code v:<versionId>} in a versioned bucket, else {@code etag:<etag>}.
 * {@code <n>} is the finding's place in the scan's findings, in input order: offsets alone would
 * not do, since findings in two archive members or two cells can start at the same offset.
 */
public final class TableKeys {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String TYPE_INDEX = "byType";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";

    static final String SCAN_PREFIX = "SCAN#";
    static final String FINDING_PREFIX = "FINDING#";

    /** Fixed-width UTC timestamps, so that they sort as strings. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private TableKeys() {}

    static String objectPk(String bucket, String objectId) {
        return "OBJECT#" + bucket + "/" + objectId;
    }

    static String scanSk(ObjectVersion version) {
        return SCAN_PREFIX + version.label();
    }

    static String findingSkPrefix(ObjectVersion version) {
        return FINDING_PREFIX + version.label() + "#";
    }

    static String findingSk(ObjectVersion version, int n, String type) {
        return findingSkPrefix(version) + String.format("%010d", n) + "#" + type;
    }

    static String typeSk(Instant scannedAt, String bucket, String objectId, ObjectVersion version, int n) {
        return timestamp(scannedAt) + "#" + bucket + "/" + objectId + "#" + version.label() + "#" + n;
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
