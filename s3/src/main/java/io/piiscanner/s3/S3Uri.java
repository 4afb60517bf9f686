package io.piiscanner.s3;

import java.util.regex.Pattern;

/**
 * A bucket and key prefix written {@code s3://bucket/prefix}; the prefix may be empty (the whole
 * bucket), a folder ({@code data/2024/}) or any start of a key.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix, possibly empty
 */
public record S3Uri(String bucket, String prefix) {

    /** The scheme that marks an argument as an S3 location. */
    public static final String SCHEME = "s3://";

    /** Bucket naming rules, loosened to allow upper case and underscores of legacy buckets. */
    private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,61}[A-Za-z0-9]");

    /** Whether an argument names an S3 location rather than a file. */
    public static boolean isS3(String argument) {
        return argument.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Parses {@code s3://bucket} or {@code s3://bucket/prefix}.
     *
     * @throws IllegalArgumentException naming the argument and what is wrong with it
     */
    public static S3Uri parse(String argument) {
        if (!isS3(argument)) {
            throw new IllegalArgumentException(argument + ": not an s3:// location");
        }
        String rest = argument.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException(argument + ": invalid bucket name '" + bucket + "'");
        }
        return new S3Uri(bucket, prefix);
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + prefix;
    }
}
