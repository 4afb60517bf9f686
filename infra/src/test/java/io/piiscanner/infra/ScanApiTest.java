package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Requirement 6: the REST API, its key, usage plan, validation and logs. */
class ScanApiTest {

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void restApiIsNamedWithTheSuffix() {
        template.hasResourceProperties(
                "AWS::ApiGateway::RestApi", Match.objectLike(Map.of("Name", "pii-scanner-api-test")));
    }

    @Test
    void usagePlanThrottlesAtOneHundredPerSecondWithBurstsOfTwoHundredAndHoldsTheKey() {
        template.hasResourceProperties(
                "AWS::ApiGateway::UsagePlan",
                Match.objectLike(Map.of(
                        "Throttle", Map.of("RateLimit", 100, "BurstLimit", 200),
                        "ApiStages", List.of(Match.objectLike(Map.of("Stage", Resources.ref(stageId())))))));
        template.resourceCountIs("AWS::ApiGateway::ApiKey", 1);
        template.hasResourceProperties(
                "AWS::ApiGateway::UsagePlanKey",
                Match.objectLike(Map.of(
                        "KeyId",
                        Resources.ref(Resources.logicalIdOf(template, "AWS::ApiGateway::ApiKey")),
                        "KeyType",
                        "API_KEY")));
    }

    @Test
    void bothMethodsRequireSigV4AndTheApiKeyAndAreValidated() {
        String validator = Resources.logicalIdOf(template, "AWS::ApiGateway::RequestValidator");
        template.hasResourceProperties(
                "AWS::ApiGateway::RequestValidator",
                Map.of(
                        "RestApiId",
                        Match.anyValue(),
                        "Name",
                        "body-and-parameters",
                        "ValidateRequestBody",
                        true,
                        "ValidateRequestParameters",
                        true));
        for (String method : List.of("POST", "GET")) {
            template.hasResourceProperties(
                    "AWS::ApiGateway::Method",
                    Match.objectLike(Map.of(
                            "HttpMethod",
                            method,
                            "AuthorizationType",
                            "AWS_IAM",
                            "ApiKeyRequired",
                            true,
                            "RequestValidatorId",
                            Resources.ref(validator),
                            "Integration",
                            Match.objectLike(Map.of("Type", "AWS_PROXY")))));
        }
        template.resourceCountIs("AWS::ApiGateway::Method", 2);
    }

    @Test
    void postScanBodiesAreValidatedAgainstTheModelMadeFromTheHandlersDefinition() {
        String model = Resources.logicalIdOf(template, "AWS::ApiGateway::Model");
        template.hasResourceProperties(
                "AWS::ApiGateway::Method",
                Match.objectLike(Map.of(
                        "HttpMethod", "POST", "RequestModels", Map.of("application/json", Resources.ref(model)))));
        assertThat(modelSchema())
                .containsEntry("$schema", "http://json-schema.org/draft-04/schema#")
                .containsEntry("type", "object")
                .containsEntry(
                        "oneOf",
                        List.of(
                                Map.of(
                                        "properties",
                                                Map.of(
                                                        "objectKey",
                                                                Map.of(
                                                                        "type",
                                                                        "string",
                                                                        "minLength",
                                                                        1,
                                                                        "maxLength",
                                                                        1024),
                                                        "versionId",
                                                                Map.of(
                                                                        "type",
                                                                        "string",
                                                                        "minLength",
                                                                        1,
                                                                        "maxLength",
                                                                        1024)),
                                        "required", List.of("objectKey"),
                                        "additionalProperties", false),
                                Map.of(
                                        "properties",
                                                Map.of(
                                                        "text", Map.of("type", "string", "minLength", 1),
                                                        "format",
                                                                Map.of(
                                                                        "type",
                                                                        "string",
                                                                        "minLength",
                                                                        1,
                                                                        "maxLength",
                                                                        16)),
                                        "required", List.of("text"),
                                        "additionalProperties", false)));
    }

    /** The requests the README documents reach the function: API Gateway's validator lets them through. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"objectKey\": \"exports/a.csv\"}",
                "{\"objectKey\": \"exports/a.csv\", \"versionId\": \"3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY\"}",
                "{\"text\": \"card_number: 4111 1111 1111 1111\"}",
                "{\"text\": \"name,card\\nA,4111111111111111\", \"format\": \"csv\"}"
            })
    void everyDocumentedRequestPassesTheModel(String body) throws Exception {
        assertThat(modelErrors(body)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"objectKey\": \"a\", \"text\": \"b\"}",
                "{\"objectKey\": \"a\", \"format\": \"csv\"}",
                "{\"text\": \"a\", \"versionId\": \"v\"}",
                "{\"objectKey\": \"\"}",
                "{\"objectKey\": 42}",
                "{\"text\": \"a\", \"other\": \"b\"}"
            })
    void bodiesTheHandlerWouldRefuseAreRefusedByTheModel(String body) throws Exception {
        assertThat(modelErrors(body)).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> modelSchema() {
        String model = Resources.logicalIdOf(template, "AWS::ApiGateway::Model");
        return (Map<String, Object>)
                Resources.properties(Resources.all(template).get(model)).get("Schema");
    }

    private List<com.networknt.schema.Error> modelErrors(String body) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(json.valueToTree(modelSchema()))
                .validate(json.readTree(body));
    }

    @Test
    void getFindingsAcceptsTheQueryParametersOfTheHandler() {
        template.hasResourceProperties(
                "AWS::ApiGateway::Method",
                Match.objectLike(Map.of(
                        "HttpMethod",
                        "GET",
                        "RequestParameters",
                        Map.of(
                                "method.request.querystring.objectKey", false,
                                "method.request.querystring.versionId", false,
                                "method.request.querystring.type", false,
                                "method.request.querystring.since", false,
                                "method.request.querystring.limit", false,
                                "method.request.querystring.nextToken", false))));
    }

    @Test
    void accessLogsAreStructuredJsonInTheEncryptedNinetyDayLogGroup() throws Exception {
        Map<String, Object> logGroup =
                Resources.only(template, "AWS::Logs::LogGroup", "LogGroupName", "/aws/apigateway/pii-scanner-api-test");
        assertThat(logGroup).containsEntry("RetentionInDays", 90).containsKey("KmsKeyId");
        Map<String, Object> stage = Resources.properties(Resources.all(template).get(stageId()));
        Map<?, ?> access = (Map<?, ?>) stage.get("AccessLogSetting");
        Map<String, Object> format = new ObjectMapper()
                .readValue(access.get("Format").toString(), new TypeReference<Map<String, Object>>() {});
        assertThat(format.keySet())
                .containsExactlyInAnyOrder(
                        "requestId",
                        "ip",
                        "user",
                        "caller",
                        "requestTime",
                        "httpMethod",
                        "resourcePath",
                        "status",
                        "protocol",
                        "responseLength");
    }

    @Test
    void executionLoggingIsOnAndDataTracingOff() {
        Map<String, Object> stage = Resources.properties(Resources.all(template).get(stageId()));
        assertThat(stage).containsEntry("StageName", ScanApi.STAGE).containsEntry("TracingEnabled", true);
        assertThat(Resources.asList(stage.get("MethodSettings")))
                .containsExactly(Map.of(
                        "DataTraceEnabled", false,
                        "HttpMethod", "*",
                        "LoggingLevel", "ERROR",
                        "MetricsEnabled", true,
                        "ResourcePath", "/*"));
    }

    @Test
    void executionLogsGoToAnEncryptedGroupThatExistsBeforeTheStage() {
        template.hasResourceProperties(
                "AWS::Logs::LogGroup",
                Map.of(
                        "LogGroupName",
                                Match.objectLike(Map.of(
                                        "Fn::Join",
                                        Match.arrayWith(
                                                List.of(Match.arrayWith(List.of("API-Gateway-Execution-Logs_")))))),
                        "RetentionInDays", 90,
                        "KmsKeyId", Match.anyValue()));
        Object dependsOn = Resources.all(template).get(stageId()).get("DependsOn");
        assertThat(dependsOn.toString()).contains("ScanApiExecutionLogGroup").contains("ScanApiAccount");
    }

    @Test
    void theAccountLoggingRoleIsSetAndSurvivesTheStack() {
        template.hasResource("AWS::ApiGateway::Account", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
    }

    @Test
    void onLocalStackTheAccountLoggingRoleIsLeftAloneAndNothingIsRetained() {
        Template local = SynthesizedStack.localStack().template();
        local.resourceCountIs("AWS::ApiGateway::Account", 0);
        local.hasResourceProperties(
                "AWS::ApiGateway::Stage",
                Match.objectLike(Map.of("MethodSettings", List.of(Match.objectLike(Map.of("LoggingLevel", "ERROR"))))));
        local.allResources("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }

    private String stageId() {
        return Resources.logicalIdOf(template, "AWS::ApiGateway::Stage");
    }
}
