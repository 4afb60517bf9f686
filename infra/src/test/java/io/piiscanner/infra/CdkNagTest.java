package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * cdk-nag's AwsSolutions and PCI DSS 3.2.1 packs and pii-scanner's preflight pack, applied to the
 * synthesized stack (see {@link SynthesizedStack}): no unsuppressed error (the preflight pack's
 * errors are its Critical and High findings), no unsuppressed cdk-nag warning, and every
 * suppression gives a reason specific to the resource.
 */
class CdkNagTest {

    // Annotations.find* return cxapi.SynthesisMessage, deprecated in this CDK release with no
    // replacement that the assertions library returns yet.
    @SuppressWarnings("deprecation")
    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    void noUnsuppressedErrors(String environment) {
        List<SynthesisMessage> errors = stack(environment)
                .annotations()
                .findError("*", Match.stringLikeRegexp("(AwsSolutions|PCI\\.DSS\\.321|Preflight)-.*"));
        assertThat(errors)
                .extracting(m -> m.getId() + " " + m.getEntry().getData())
                .isEmpty();
    }

    @SuppressWarnings("deprecation")
    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    void noUnsuppressedWarnings(String environment) {
        List<SynthesisMessage> warnings = stack(environment)
                .annotations()
                .findWarning("*", Match.stringLikeRegexp("(AwsSolutions|PCI\\.DSS\\.321)-.*"));
        assertThat(warnings)
                .extracting(m -> m.getId() + " " + m.getEntry().getData())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    @SuppressWarnings("unchecked")
    void everySuppressionHasASpecificReason(String environment) {
        List<Map<String, Object>> suppressions = new ArrayList<>();
        Resources.all(stack(environment).template()).values().forEach(resource -> {
            Map<String, Object> metadata = (Map<String, Object>) resource.getOrDefault("Metadata", Map.of());
            Map<String, Object> nag = (Map<String, Object>) metadata.getOrDefault("cdk_nag", Map.of());
            suppressions.addAll((List<Map<String, Object>>) nag.getOrDefault("rules_to_suppress", List.of()));
        });
        assertThat(suppressions).isNotEmpty();
        for (Map<String, Object> suppression : suppressions) {
            assertThat(suppression.get("reason").toString())
                    .as("reason for %s", suppression.get("id"))
                    .hasSizeGreaterThan(40);
        }
    }

    private static SynthesizedStack stack(String environment) {
        return environment.equals("prod") ? SynthesizedStack.production() : SynthesizedStack.defaults();
    }
}
