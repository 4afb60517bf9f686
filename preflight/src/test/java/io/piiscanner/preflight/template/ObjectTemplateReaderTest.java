package io.piiscanner.preflight.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.Preflight;
import io.piiscanner.preflight.rule.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectTemplateReaderTest {

    @Test
    void javaObjectsBecomeATemplateTheRulesRead() {
        Map<String, Object> root = Map.of(
                "Resources",
                Map.of(
                        "Logs",
                                Map.of(
                                        "Type",
                                        "AWS::Logs::LogGroup",
                                        "Properties",
                                        Map.of("RetentionInDays", 30.0, "KmsKeyId", Map.of("Ref", "Key"))),
                        "Key", Map.of("Type", "AWS::KMS::Key")));
        Template t = ObjectTemplateReader.read(root);
        CfnScalar days = (CfnScalar) t.resource("Logs").property("RetentionInDays");
        assertThat(days.value()).isEqualTo("30");
        assertThat(days.kind()).isEqualTo(CfnScalar.Kind.NUMBER);
        List<Finding> findings = Preflight.standard(Checks.TODAY).check(t);
        assertThat(findings).extracting(Finding::ruleId).contains("log-retention", "logs-kms-key-policy");
        assertThat(findings).allMatch(f -> !f.location().known());
    }

    @Test
    void otherObjectsAreRejected() {
        assertThatThrownBy(() -> ObjectTemplateReader.read(Map.of("Resources", new Object())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
