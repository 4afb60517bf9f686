package io.piiscanner.core.detect;

import java.util.Locale;
import java.util.Objects;

/**
 * Settings that configure built-in detectors.
 *
 * @param defaultRegion ISO 3166 region used to parse phone numbers written without a country code
 */
public record DetectorSettings(String defaultRegion) {

    public static final DetectorSettings DEFAULTS = new DetectorSettings("US");

    public DetectorSettings {
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }
}
