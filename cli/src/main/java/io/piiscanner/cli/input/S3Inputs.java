package io.piiscanner.cli.input;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.s3.AwsClients;
import io.piiscanner.s3.S3AccessException;
import io.piiscanner.s3.S3InputSources;
import io.piiscanner.s3.S3ObjectLister;
import io.piiscanner.s3.S3ObjectRef;
import io.piiscanner.s3.S3Uri;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@code s3://bucket/prefix} arguments of a walk. The S3 client is built on first use, from
 * the standard credential chain and the endpoint variables in the environment, so a scan of
 * local files never touches AWS configuration.
 */
public final class S3Inputs implements AutoCloseable {

    private final Map<String, String> env;
    private S3Client client;

    /** @param env the environment, for the region and endpoint overrides */
    public S3Inputs(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Whether an argument is an S3 location. */
    public static boolean isS3(String argument) {
        return S3Uri.isS3(argument);
    }

    /**
     * Checks that a location is well formed and can be listed.
     *
     * @throws InputException naming the location and the problem, e.g. {@code no such bucket}
     */
    void check(String argument) {
        try {
            new S3ObjectLister(client()).checkAccess(S3Uri.parse(argument));
        } catch (IllegalArgumentException | S3AccessException e) {
            throw new InputException(e.getMessage());
        }
    }

    /**
     * Reports the objects under a location in key order. {@code --exclude} globs match keys
     * relative to the folder of the prefix, as they match paths relative to a walked folder.
     */
    void walk(String argument, ExcludeFilter excludes, InputFormat format, InputVisitor visitor) {
        S3Uri location = S3Uri.parse(argument);
        String base = location.prefix().substring(0, location.prefix().lastIndexOf('/') + 1);
        S3Client s3 = client();
        try {
            new S3ObjectLister(s3).list(location, new S3ObjectLister.Visitor() {
                @Override
                public void object(S3ObjectRef object, long size) {
                    if (!excluded(excludes, object.key().substring(base.length()))) {
                        visitor.input(S3InputSources.of(s3, object, format), size);
                    }
                }

                @Override
                public void skipped(S3ObjectRef object, String reason) {
                    if (!excluded(excludes, object.key().substring(base.length()))) {
                        visitor.skipped(object.uri(), reason);
                    }
                }
            });
        } catch (S3AccessException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static boolean excluded(ExcludeFilter excludes, String relativeKey) {
        try {
            return excludes.excludes(Path.of(relativeKey));
        } catch (InvalidPathException e) {
            // A key no path can spell cannot match a path glob.
            return false;
        }
    }

    private synchronized S3Client client() {
        if (client == null) {
            try {
                client = new AwsClients(env).s3();
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
