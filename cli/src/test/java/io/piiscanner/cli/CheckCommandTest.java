package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.preflight.Preflight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pii-scanner check}: exit statuses, every format, unreadable templates. */
class CheckCommandTest {

    /** The second design document's failure, in short-form YAML. */
    static final String FAILING = """
            Resources:
              DataKey:
                Type: AWS::KMS::Key
                Properties:
                  KeyPolicy:
                    Statement:
                      - Effect: Allow
                        Principal: {Service: [s3.amazonaws.com, logs.amazonaws.com]}
                        Action: [kms:Decrypt, kms:GenerateDataKey]
                        Resource: '*'
              FlowLogs:
                Type: AWS::Logs::LogGroup
                Properties:
                  RetentionInDays: 365
                  KmsKeyId: !GetAtt DataKey.Arn
            """;

    /** Only a Low finding: a log group that never expires. */
    static final String LOW_ONLY = """
            {"Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"KmsMasterKeyId": "alias/aws/sns"}},
                           "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"KmsKeyId": {"Fn::GetAtt": ["Key", "Arn"]}}},
                           "Key": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Statement": [{
                             "Effect": "Allow", "Principal": {"Service": {"Fn::Sub": "logs.${AWS::Region}.amazonaws.com"}},
                             "Action": "kms:*", "Resource": "*",
                             "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": {"Fn::Sub": "arn:aws:logs:${AWS::Region}:${AWS::AccountId}:*"}}}}]}}}}}
            """;

    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void criticalFindingsExitOneWithATable() throws IOException {
        String template = write("stack.yaml", FAILING);
        Cli.Result r = Cli.run("check", template);
        assertThat(r.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(r.outLines().get(0)).startsWith("IMPACT").contains("LOCATION", "RESOURCE", "RULE", "PROBLEM");
        assertThat(r.out())
                .contains("Critical  " + template + ":8:", "DataKey (AWS::KMS::Key)", "logs-kms-key-policy")
                .contains("1 finding in 1 template: 1 Critical, 0 High, 0 Medium, 0 Low.")
                .doesNotContain("`");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void onlyMediumOrLowFindingsExitZero() throws IOException {
        Cli.Result r = Cli.run("check", write("low.json", LOW_ONLY));
        assertThat(r.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(r.out()).contains("Low  ", "log-retention").contains("0 Critical, 0 High, 0 Medium, 1 Low.");
    }

    @Test
    void markdownIsAFailureAnalysis() throws IOException {
        Cli.Result r = Cli.run("check", "--format", "markdown", write("stack.yaml", FAILING));
        assertThat(r.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(r.out())
                .startsWith("# Preflight Failure Analysis\n")
                .contains(
                        "## Critical Failures",
                        "**Impact Level**: Critical",
                        "**Issue**: ",
                        "**Why it fails**: ",
                        "**Fix**:\n\n```yaml\n",
                        "Service: !Sub logs.${AWS::Region}.amazonaws.com",
                        "**AWS Documentation Reference**: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
                        "## Summary of Failure Categories",
                        "| Critical | 1 | `logs-kms-key-policy` |");
    }

    @Test
    void jsonHasEveryPartOfAFinding() throws IOException {
        Cli.Result r = Cli.run("check", "--format", "json", write("stack.yaml", FAILING));
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode f = root.path("templates").get(0).path("findings").get(0);
        assertThat(f.path("rule").asText()).isEqualTo("logs-kms-key-policy");
        assertThat(f.path("impact").asText()).isEqualTo("Critical");
        assertThat(f.path("resource").asText()).isEqualTo("DataKey");
        assertThat(f.path("resourceType").asText()).isEqualTo("AWS::KMS::Key");
        assertThat(f.path("line").asInt()).isEqualTo(8);
        assertThat(f.path("problem").asText()).contains("logs.amazonaws.com");
        assertThat(f.path("consequence").asText()).contains("rolls back");
        assertThat(f.path("fix").asText()).contains("kms:EncryptionContext:aws:logs:arn");
        assertThat(f.path("documentation").asText()).startsWith("https://docs.aws.amazon.com/");
        assertThat(root.path("summary").path("critical").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("failed").asBoolean()).isTrue();
    }

    @Test
    void sarifHasRulesLevelsAndLocations() throws IOException {
        String template = write("stack.yaml", FAILING);
        Cli.Result r = Cli.run("check", "--format", "sarif", template);
        JsonNode run = new ObjectMapper().readTree(r.out()).path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules"))
                .hasSize(Preflight.standard().rules().size());
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("logs-kms-key-policy");
        assertThat(result.path("level").asText()).isEqualTo("error");
        JsonNode location = result.path("locations").get(0);
        assertThat(location.path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt())
                .isEqualTo(8);
        assertThat(location.path("physicalLocation")
                        .path("artifactLocation")
                        .path("uri")
                        .asText())
                .isEqualTo(Path.of(template).toUri().toASCIIString());
        assertThat(location.path("logicalLocations").get(0).path("name").asText())
                .isEqualTo("DataKey");
        assertThat(result.path("partialFingerprints")
                        .path("preflightFinding/v1")
                        .asText())
                .hasSize(64);
        JsonNode low = new ObjectMapper()
                .readTree(Cli.run("check", "--format", "sarif", write("low.json", LOW_ONLY))
                        .out());
        assertThat(low.path("runs").get(0).path("results").get(0).path("level").asText())
                .isEqualTo("note");
    }

    @Test
    void anUnreadableTemplateExitsTwoWithLineAndColumnOnOneLine() throws IOException {
        String good = write("good.yaml", FAILING);
        String bad = write(
                "bad.json",
                "{\n  \"Resources\": {\n    \"A\": {\"Type\": \"AWS::SNS::Topic\"}\n    \"B\": 1\n  }\n}\n");
        Cli.Result r = Cli.run("check", "--format", "json", good, bad);
        assertThat(r.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .startsWith("pii-scanner: " + bad + ":4:5: ")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("templates").get(0).path("findings")).isNotEmpty();
        assertThat(root.path("templates").get(1).path("error").path("line").asInt())
                .isEqualTo(4);
    }

    @Test
    void aTemplateCutShortSaysWhereWhatWasOpenedWithoutJacksonsNotes() throws IOException {
        Cli.Result r = Cli.run("check", write("cut.json", "{\"Resources\": {"));

        assertThat(r.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(r.errLines())
                .singleElement()
                .asString()
                .endsWith("cut.json:1:16: the template ends before the object" + " opened at 1:15 is closed");
        assertThat(r.err()).doesNotContain("Source", "REDACTED", "StreamReadFeature");
    }

    @Test
    void missingFilesAndUnknownTagsAreUnreadable() throws IOException {
        Cli.Result missing = Cli.run("check", dir.resolve("none.yaml").toString());
        assertThat(missing.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(missing.err()).contains("none.yaml: no such file");
        Cli.Result tag = Cli.run("check", write("tag.yaml", "Resources:\n  A:\n    Type: !Reff X\n"));
        assertThat(tag.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(tag.err()).contains("tag.yaml:3:11: unknown tag !Reff");
    }

    @Test
    void readsStandardInputAndWritesAnOutputFile() throws IOException {
        Path report = dir.resolve("report.md");
        Cli.Result r = Cli.withStdin(
                FAILING.getBytes(StandardCharsets.UTF_8), "check", "--format", "md", "-o", report.toString(), "-");
        assertThat(r.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).contains("- `-`: 1 finding", "`DataKey`");
    }

    @Test
    void aBadFormatIsAUsageError() {
        Cli.Result r = Cli.run("check", "--format", "xml", "x.yaml");
        assertThat(r.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(r.err()).contains("expected table, markdown, json, sarif or html");
    }
}
