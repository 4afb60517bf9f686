package io.piiscanner.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.testing.cycle.a.Ledger;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

    @Test
    void namesTheCycleAndTheDependenciesThatMakeIt() {
        assertThatThrownBy(() -> PackageCycles.assertNone(Ledger.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice testing.cycle.a -> ")
                .hasMessageContaining("Slice testing.cycle.b")
                .hasMessageContaining("<io.piiscanner.testing.cycle.a.Ledger.entries()>");
    }
}
