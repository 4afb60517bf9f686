package io.piiscanner.lambda.tagging;

import io.piiscanner.lambda.model.ObjectScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * Tags a scanned object version with {@code pii-status} ({@code clean}, {@code found},
 * {@code skipped}, {@code failed}) and, when something was found, even by a scan that failed
 * partway, {@code pii-types}: the entity types separated
 * by spaces (S3 tag values allow letters, digits, spaces and {@code + - = . _ : / @}, not commas),
 * cut at a whole type to fit the 256-character limit. Other tags on the object are kept.
 */
public final class ObjectTagger {

    public static final String STATUS_TAG = "pii-status";
    public static final String TYPES_TAG = "pii-types";
    static final int MAX_VALUE = 256;
    /** S3 allows ten tags per object. */
    static final int MAX_TAGS = 10;

    private final S3Client s3;

    public ObjectTagger(S3Client s3) {
        this.s3 = s3;
    }

    /** What tagging did: tagged, or left untagged because the object has no room for the tags. */
    public enum Result {
        TAGGED,
        NO_ROOM
    }

    /** Tags the scanned version, keeping the object's other tags. */
    public Result tag(ObjectScan scan) {
        String bucket = scan.object().bucket();
        String key = scan.object().key();
        String versionId = scan.object().versionId();
        List<Tag> tags = new ArrayList<>();
        for (Tag t : s3.getObjectTagging(b -> b.bucket(bucket).key(key).versionId(versionId))
                .tagSet()) {
            if (!t.key().equals(STATUS_TAG) && !t.key().equals(TYPES_TAG)) {
                tags.add(t);
            }
        }
        tags.add(Tag.builder().key(STATUS_TAG).value(scan.status().label()).build());
        if (!scan.types().isEmpty()) {
            tags.add(
                    Tag.builder().key(TYPES_TAG).value(typesValue(scan.types())).build());
        }
        if (tags.size() > MAX_TAGS) {
            return Result.NO_ROOM;
        }
        s3.putObjectTagging(b -> b.bucket(bucket).key(key).versionId(versionId).tagging(t -> t.tagSet(tags)));
        return Result.TAGGED;
    }

    /** The types, space-separated, as many whole types as fit in a tag value. */
    static String typesValue(Set<String> types) {
        StringBuilder value = new StringBuilder();
        for (String type : types) {
            int needed = value.length() == 0 ? type.length() : type.length() + 1;
            if (value.length() + needed > MAX_VALUE) {
                break;
            }
            if (value.length() > 0) {
                value.append(' ');
            }
            value.append(type);
        }
        return value.toString();
    }
}
