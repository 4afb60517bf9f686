package io.piiscanner.infra;

import io.piiscanner.testing.PackageCycles;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        PackageCycles.assertNone(TapStack.class);
    }
}
