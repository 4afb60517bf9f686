package io.piiscanner.core;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.testing.PackageCycles;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        PackageCycles.assertNone(Engine.class);
    }
}
