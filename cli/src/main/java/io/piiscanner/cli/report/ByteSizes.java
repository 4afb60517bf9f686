package io.piiscanner.cli.report;

import java.util.Locale;

/** Formats byte counts for people, in decimal units to match MB/s throughput. */
final class ByteSizes {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private ByteSizes() {
    }

    static String format(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
