package io.piiscanner.cli.report;

import io.piiscanner.cli.input.Inputs;
import io.piiscanner.s3.S3Uri;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The SARIF artifact URI of an input: a relative URI with forward slashes for paths inside the
 * working directory, which code-scanning services resolve against the repository root, and a
 * {@code file:} URI for anything outside it.
 */
final class ArtifactUri {

    /** Stands for standard input, which has no location. */
    static final String STDIN = "stdin";

    private ArtifactUri() {}

    static String of(String path) {
        if (Inputs.STDIN.equals(path)) {
            return STDIN;
        }
        if (S3Uri.isS3(path)) {
            return s3(path);
        }
        Path p;
        try {
            p = Path.of(path).normalize();
        } catch (InvalidPathException e) {
            return path;
        }
        if (p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (!p.startsWith(cwd)) {
                return p.toUri().toASCIIString();
            }
            p = cwd.relativize(p);
        }
        String relative = p.toString().replace(File.separatorChar, '/');
        // A colon in the first segment would read as a URI scheme.
        int colon = relative.indexOf(':');
        if (colon >= 0 && colon < (relative.indexOf('/') < 0 ? relative.length() : relative.indexOf('/'))) {
            relative = "./" + relative;
        }
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relative;
        }
    }

    /** An S3 object keeps its {@code s3://} URI, with its key percent-encoded. */
    private static String s3(String path) {
        S3Uri location = S3Uri.parse(path);
        try {
            return new URI("s3", location.bucket(), "/" + location.prefix(), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
