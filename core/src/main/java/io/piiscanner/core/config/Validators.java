package io.piiscanner.core.config;

import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.validate.AbaRouting;
import io.piiscanner.core.validate.Iban;
import io.piiscanner.core.validate.Luhn;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The checksums a custom detector can name in a configuration file. */
public final class Validators {

    private static final Map<String, Predicate<CharSequence>> BY_NAME = new TreeMap<>(Map.of(
            "luhn", raw -> Luhn.isValid(Masks.digits(raw)),
            "aba", raw -> AbaRouting.isValid(Masks.digits(raw)),
            "mod97", raw -> Iban.isValid(Masks.alphanumeric(raw).toUpperCase(Locale.ROOT)),
            "none", raw -> true));

    private Validators() {}

    /** The validator with this name, or null. */
    public static Predicate<CharSequence> byName(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** Names accepted by {@link #byName}. */
    public static String names() {
        return String.join(", ", BY_NAME.keySet());
    }
}
