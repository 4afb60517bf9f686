package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The function code the stack deploys fits Lambda's quota for a package, so that a library added
 * to the engine cannot make the first deploy fail with "Unzipped size must be smaller than
 * 262144000 bytes". CDK uploads the jar as an asset to S3, so the 50 MB quota of a direct upload
 * does not apply.
 */
class LambdaPackageSizeTest {

    /** Lambda's quota for a deployment package, unzipped, in bytes. */
    private static final long MAX_UNZIPPED_BYTES = 262_144_000L;

    @Test
    void theShadedJarUnzipsToLessThanLambdasQuota() throws IOException {
        Path jar = LambdaArtifact.locate(Optional.empty(), Path.of(""));
        long unzipped = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                assertThat(entry.getSize()).as("size of %s", entry.getName()).isNotNegative();
                unzipped += entry.getSize();
            }
        }
        assertThat(unzipped).as("unzipped size of %s", jar).isLessThan(MAX_UNZIPPED_BYTES);
    }
}
