package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.scan.Engine;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every built-in detector is registered with ServiceLoader, once, with a Presidio entity type. */
class BuiltInDetectorsTest {

    @Test
    void everyBuiltInDetectorIsLoadedWithAUniqueIdAndAKnownType() {
        var detectors = Engine.withDefaults().detectors();
        assertThat(detectors).extracting(Detector::id).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "credit-card", "credit-card-short", "us-ssn", "us-ssn-plain", "us-itin", "us-itin-plain", "aba-routing",
                "us-bank-number", "iban", "email", "phone", "phone-plain", "ip-address", "aws-access-key",
                "aws-secret-key", "crypto", "us-passport", "us-driver-license", "date-of-birth");
        Set<String> known = Arrays.stream(EntityTypes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                })
                .collect(Collectors.toSet());
        assertThat(detectors).extracting(Detector::type).allMatch(known::contains);
        assertThat(detectors.stream().map(Detector::type).collect(Collectors.toSet())).isEqualTo(known);
    }
}
