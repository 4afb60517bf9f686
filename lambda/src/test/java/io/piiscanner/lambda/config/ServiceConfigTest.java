package io.piiscanner.lambda.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

    private static final Set<String> TYPES = Set.of(
            "CREDIT_CARD",
            "US_SSN",
            "US_ITIN",
            "US_BANK_NUMBER",
            "IBAN_CODE",
            "AWS_ACCESS_KEY",
            "AWS_SECRET_KEY",
            "EMAIL_ADDRESS");
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final Map<String, String> REQUIRED = Map.of(
            "DATA_BUCKET",
            "data",
            "FINDINGS_TABLE",
            "findings",
            "ALERT_TOPIC_ARN",
            "arn:aws:sns:us-east-1:123456789012:alerts",
            "OBJECT_KEY_SECRET",
            SECRET);

    @Test
    void requiredVariablesWithDefaultsForTheRest() {
        ServiceConfig config = ServiceConfig.fromEnvironment(REQUIRED, TYPES);
        assertThat(config.dataBucket()).isEqualTo("data");
        assertThat(config.findingsTable()).isEqualTo("findings");
        assertThat(config.maxObjectBytes()).isEqualTo(1L << 30);
        assertThat(config.apiMaxObjectBytes()).isEqualTo(256L << 20);
        assertThat(config.scanQueueUrl()).isEmpty();
        assertThat(config.maxStoredFindings()).isEqualTo(1000);
        assertThat(config.minConfidence()).isEqualTo(0.5);
        assertThat(config.alertTypes()).isEqualTo(ServiceConfig.DEFAULT_ALERT_TYPES);
        assertThat(config.metricsNamespace()).isEqualTo("PiiScanner");
        assertThat(config.objectKeySecret()).isEqualTo(SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyProblemIsListedInOneLine() {
        assertThatThrownBy(() -> ServiceConfig.fromEnvironment(
                        Map.of(
                                "ALERT_TOPIC_ARN",
                                "alerts",
                                "MAX_OBJECT_BYTES",
                                "-5",
                                "MAX_STORED_FINDINGS",
                                "1000000",
                                "MIN_CONFIDENCE",
                                "high",
                                "ALERT_TYPES",
                                "CREDIT_CARD,SHOE_SIZE"),
                        TYPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid configuration: DATA_BUCKET is not set; FINDINGS_TABLE is not set; "
                        + "ALERT_TOPIC_ARN must be an SNS topic ARN (arn:aws:sns:...); "
                        + "MAX_OBJECT_BYTES must be a positive whole number, got '-5'; "
                        + "MAX_STORED_FINDINGS must be at most 100000, got 1000000; "
                        + "MIN_CONFIDENCE must be a number between 0 and 1, got 'high'; "
                        + "ALERT_TYPES names unknown entity type 'SHOE_SIZE'; OBJECT_KEY_SECRET is not set");
    }

    @Test
    void aShortSecretIsRefusedWithoutQuotingIt() {
        Map<String, String> env = new HashMap<>(REQUIRED);
        env.put("OBJECT_KEY_SECRET", "hunter2-hunter2");
        assertThatThrownBy(() -> ServiceConfig.fromEnvironment(env, TYPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid configuration: OBJECT_KEY_SECRET must be at least 32 bytes long");
    }

    @Test
    void optionalSettingsAreRead() {
        Map<String, String> env = new HashMap<>(REQUIRED);
        env.putAll(Map.of(
                "MAX_OBJECT_BYTES",
                "1048576",
                "MAX_STORED_FINDINGS",
                "10",
                "MIN_CONFIDENCE",
                "0.8",
                "ALERT_TYPES",
                " credit_card , us_ssn ",
                "POWERTOOLS_METRICS_NAMESPACE",
                "Ns"));
        env.putAll(Map.of("API_MAX_OBJECT_BYTES", "65536", "SCAN_QUEUE_URL", "https://sqs.example/1/q"));
        ServiceConfig config = ServiceConfig.fromEnvironment(env, TYPES);
        assertThat(config.maxObjectBytes()).isEqualTo(1_048_576);
        assertThat(config.apiMaxObjectBytes()).isEqualTo(65_536);
        assertThat(config.scanQueueUrl()).contains("https://sqs.example/1/q");
        assertThat(config.maxStoredFindings()).isEqualTo(10);
        assertThat(config.minConfidence()).isEqualTo(0.8);
        assertThat(config.alertTypes()).containsExactlyInAnyOrder("CREDIT_CARD", "US_SSN");
        assertThat(config.metricsNamespace()).isEqualTo("Ns");
    }
}
