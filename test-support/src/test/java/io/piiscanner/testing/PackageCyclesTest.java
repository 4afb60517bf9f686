package io.piiscanner.testing;

import io.piiscanner.testing.cycle.a.Ledger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
