package io.piiscanner.cli.report;

import java.util.Locale;

/**
 * Bands of confidence a tenth wide, for the chart and the filter of the HTML report. A finding
 * falls in the band of its confidence as the reports print it, to two decimals, so that a row
 * showing 0.90 is never counted among 0.80 to 0.89.
 */
final class ConfidenceBands {

    /** The bands from the highest: 0.90 to 1.00, 0.80 to 0.89, ... 0.50 to 0.59, then below 0.50. */
    static final int COUNT = 6;

    private ConfidenceBands() {}

    /** The band of a confidence, 0 for the highest. */
    static int of(double confidence) {
        long hundredths = Math.round(confidence * 100);
        int tenth = (int) Math.min(9, hundredths / 10);
        return Math.min(COUNT - 1, 9 - tenth);
    }

    /** The value rows of the band carry, its lower bound: {@code 0.9}, ... {@code 0.0}. */
    static String key(int band) {
        return band == COUNT - 1 ? "0.0" : String.format(Locale.ROOT, "0.%d", 9 - band);
    }

    /** How the band reads, e.g. {@code 0.80–0.89}. */
    static String label(int band) {
        if (band == 0) {
            return "0.90\u20131.00";
        }
        if (band == COUNT - 1) {
            return "below 0.50";
        }
        int tenth = 9 - band;
        return String.format(Locale.ROOT, "0.%d0\u20130.%d9", tenth, tenth);
    }
}
