package io.piiscanner.s3;

import io.piiscanner.testing.PackageCycles;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        PackageCycles.assertNone(S3ObjectRef.class);
    }
}
