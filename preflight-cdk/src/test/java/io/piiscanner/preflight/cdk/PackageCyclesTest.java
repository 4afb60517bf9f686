package io.piiscanner.preflight.cdk;

import io.piiscanner.testing.PackageCycles;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        PackageCycles.assertNone(PreflightChecks.class);
    }
}
