package io.piiscanner.lambda;

import io.piiscanner.testing.PackageCycles;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        PackageCycles.assertNone(ScannerService.class);
    }
}
