package io.piiscanner.testing.cycle.a;

import io.piiscanner.testing.cycle.b.Entry;
import java.util.List;

/** Half of a package cycle that {@code PackageCyclesTest} must report. */
public record Ledger(List<Entry> entries) {}
