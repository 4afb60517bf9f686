package io.piiscanner.preflight;

import io.piiscanner.testing.PackageCycles;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        PackageCycles.assertNone(Preflight.class);
    }
}
