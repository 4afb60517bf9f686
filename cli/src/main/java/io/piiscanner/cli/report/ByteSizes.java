package io.piiscanner.cli.report;

import java.util.Locale;

/** Formats byte counts for people, in decimal units to match MB/s throughput. */
final class ByteSizes {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private ByteSizes() {}

    /** A rate, e.g. {@code 52.3 MB/s}, from the bytes done in the given time. */
    static String perSecond(long bytes, long nanos) {
        return format(nanos <= 0 ? 0 : Math.round(bytes * 1e9 / nanos)) + "/s";
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
