package io.piiscanner.testing.cycle.b;

import io.piiscanner.testing.cycle.a.Ledger;

/** The other half of the package cycle. */
public record Entry(Ledger ledger, long amount) {}
