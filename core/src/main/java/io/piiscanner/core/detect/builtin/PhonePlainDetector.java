package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import java.util.List;

/**
 * Finds phone numbers that are only recognizable as such next to a label such as "phone",
 * "mobile" or "Desk:": bare runs of digits ({@code 2125551234}), which are just as often order ids,
 * timestamps or account numbers; numbers split into groups other than the way their country
 * writes them; and national numbers of the configured regions after the first
 * ({@code 020 7946 0958} in GB, {@code 98765 43210} in IN). Each must be valid by libphonenumber
 * and written with its trunk prefix where its country writes one. The region goes into the
 * finding's detail. Numbers that need no context are {@link PhoneDetector}'s.
 */
public final class PhonePlainDetector extends PhoneDetectorBase {

    private static final double SCORE = 0.4;
    /**
     * Labels of other numbers: the nearest label wins, so {@code "ts": 1717171717} is a timestamp
     * and {@code IBAN ES16 0805 9083 2446 ...} an account even with "sms" or "mobile" earlier on
     * the line.
     */
    private static final String[] OTHER_LABELS = {
        "id",
        "ts",
        "timestamp",
        "epoch",
        "order",
        "invoice",
        "tracking",
        "ticket",
        "serial",
        "sku",
        "pid",
        "tid",
        "uid",
        "port",
        "bytes",
        "ms",
        "pin",
        "otp",
        "zip",
        "iban",
        "card",
        "acct",
        "account",
    };

    private static final ContextRule CONTEXT = ContextRule.requiring(PhoneDetector.LABELS)
            .withLabelWords(PhoneDetector.LABEL_WORDS)
            .penalizedBy(OTHER_LABELS);

    /** A detector for national numbers of the default regions ({@link DetectorSettings#DEFAULTS}). */
    public PhonePlainDetector() {
        this(DetectorSettings.DEFAULTS.phoneRegions());
    }

    private PhonePlainDetector(List<String> regions) {
        super(regions, PhoneScan.Kind.NEEDS_CONTEXT, SCORE);
    }

    @Override
    public String id() {
        return "phone-plain";
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    Detector withRegions(List<String> regions) {
        return new PhonePlainDetector(regions);
    }
}
