package io.piiscanner.infra;

import io.piiscanner.api.ScanRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.ApiKeyOptions;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.IApiKey;
import software.amazon.awscdk.services.apigateway.JsonSchema;
import software.amazon.awscdk.services.apigateway.JsonSchemaType;
import software.amazon.awscdk.services.apigateway.JsonSchemaVersion;
import software.amazon.awscdk.services.apigateway.JsonWithStandardFieldProps;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.Model;
import software.amazon.awscdk.services.apigateway.ModelOptions;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RequestValidatorOptions;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.apigateway.ThrottleSettings;
import software.amazon.awscdk.services.apigateway.UsagePlan;
import software.amazon.awscdk.services.apigateway.UsagePlanPerApiStage;
import software.amazon.awscdk.services.apigateway.UsagePlanProps;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The REST API {@code pii-scanner-api-<suffix>}: {@code POST /scan} and {@code GET /findings}.
 *
 * <p>Callers sign requests with SigV4 (IAM authorization: the API returns findings about
 * cardholder data, and an API key alone identifies a caller for throttling but does not
 * authenticate it) and send the API key of the usage plan. Bodies are validated against a JSON
 * schema before the function runs. Access logs are structured JSON in an encrypted log group;
 * execution logging records errors, and data tracing stays off because request bodies hold PII.
 */
public final class ScanApi extends Construct {

    /** The stage name. */
    public static final String STAGE = "v1";

    /** Steady-state request rate of the usage plan, per second. */
    public static final int RATE_LIMIT = 100;

    /** Burst capacity of the usage plan. */
    public static final int BURST_LIMIT = 200;

    private final RestApi api;
    private final IApiKey apiKey;

    /**
     * Creates the API.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     * @param handler the function (alias) behind both methods
     * @param manageAccountLogRole whether to set the account's API Gateway logging role
     */
    public ScanApi(Construct scope, String id, Foundation base, IFunction handler, boolean manageAccountLogRole) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Removal removal = base.removal();
        LogGroup accessLogGroup =
                EncryptedLogGroups.create(this, "AccessLogGroup", names.apiAccessLogGroup(), key, removal.policy());
        api = RestApi.Builder.create(this, "Api")
                .restApiName(names.api())
                .description("pii-scanner: scan objects or text, query findings (" + names.suffix() + ")")
                .endpointTypes(List.of(EndpointType.REGIONAL))
                // Execution logging needs the account-wide API Gateway logging role; a fresh account
                // has none and the stage would fail to deploy. Retained on destroy because other
                // APIs in the account may rely on the same setting.
                .cloudWatchRole(manageAccountLogRole)
                // CDK rejects a removal policy for a role it does not create.
                .cloudWatchRoleRemovalPolicy(manageAccountLogRole ? RemovalPolicy.RETAIN : null)
                .deployOptions(StageOptions.builder()
                        .stageName(STAGE)
                        .accessLogDestination(new LogGroupLogDestination(accessLogGroup))
                        .accessLogFormat(accessLogFormat())
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .dataTraceEnabled(false)
                        .metricsEnabled(true)
                        .tracingEnabled(true)
                        .build())
                .defaultMethodOptions(MethodOptions.builder()
                        .authorizationType(AuthorizationType.IAM)
                        .apiKeyRequired(true)
                        .build())
                .build();
        // CDK adds an output with a path-hashed name; StackOutputs publishes the URL as ApiUrl.
        api.getNode().tryRemoveChild("Endpoint");
        // API Gateway writes execution logs to this group; created here so that it is encrypted and
        // expires like every other log group instead of being created unencrypted and kept forever.
        LogGroup executionLogs = EncryptedLogGroups.create(
                this,
                "ExecutionLogGroup",
                "API-Gateway-Execution-Logs_" + api.getRestApiId() + "/" + STAGE,
                key,
                removal.policy());
        api.getDeploymentStage().getNode().addDependency(executionLogs);

        LambdaIntegration integration = new LambdaIntegration(handler);
        // One validator for both methods; GET has no body, POST declares no parameters.
        RequestValidator validator = api.addRequestValidator(
                "RequestValidator",
                RequestValidatorOptions.builder()
                        .requestValidatorName("body-and-parameters")
                        .validateRequestBody(true)
                        .validateRequestParameters(true)
                        .build());
        Model scanRequest = api.addModel(
                "ScanRequest",
                ModelOptions.builder()
                        .modelName("ScanRequest")
                        .contentType("application/json")
                        .description("Either an object in the data bucket or inline text")
                        .schema(scanRequestSchema())
                        .build());
        api.getRoot()
                .addResource("scan")
                .addMethod(
                        "POST",
                        integration,
                        MethodOptions.builder()
                                .requestValidator(validator)
                                .requestModels(Map.of("application/json", scanRequest))
                                .build());
        api.getRoot()
                .addResource("findings")
                .addMethod(
                        "GET",
                        integration,
                        MethodOptions.builder()
                                .requestValidator(validator)
                                // The parameters of io.piiscanner.lambda.api.FindingsEndpoint, all optional: either
                                // objectKey (and versionId) or type (since, limit, nextToken); the handler's 400
                                // names the missing one.
                                .requestParameters(Ordered.of(Map.of(
                                        "method.request.querystring.objectKey", false,
                                        "method.request.querystring.versionId", false,
                                        "method.request.querystring.type", false,
                                        "method.request.querystring.since", false,
                                        "method.request.querystring.limit", false,
                                        "method.request.querystring.nextToken", false)))
                                .build());

        apiKey = api.addApiKey(
                "ApiKey",
                ApiKeyOptions.builder()
                        .apiKeyName("pii-scanner-api-key-" + names.suffix())
                        .build());
        UsagePlan plan = api.addUsagePlan(
                "UsagePlan",
                UsagePlanProps.builder()
                        .name("pii-scanner-usage-plan-" + names.suffix())
                        .throttle(ThrottleSettings.builder()
                                .rateLimit(RATE_LIMIT)
                                .burstLimit(BURST_LIMIT)
                                .build())
                        .apiStages(List.of(UsagePlanPerApiStage.builder()
                                .api(api)
                                .stage(api.getDeploymentStage())
                                .build()))
                        .build());
        plan.addApiKey(apiKey);
        suppressFindings(manageAccountLogRole);
    }

    /**
     * The access log format: every standard field, as JSON. The zero-argument call of the Python
     * attempt does not compile in Java: the builder of {@link JsonWithStandardFieldProps} requires
     * all nine fields.
     */
    static AccessLogFormat accessLogFormat() {
        return AccessLogFormat.jsonWithStandardFields(JsonWithStandardFieldProps.builder()
                .caller(true)
                .httpMethod(true)
                .ip(true)
                .protocol(true)
                .requestTime(true)
                .resourcePath(true)
                .responseLength(true)
                .status(true)
                .user(true)
                .build());
    }

    /**
     * The request model of {@code POST /scan}, made from {@link ScanRequest}, the definition the
     * handler validates against: one alternative per form, each closed to other fields, so that
     * exactly one form matches. The text has no length limit here: the function answers 413 with
     * the limit, which a schema violation could not.
     */
    static JsonSchema scanRequestSchema() {
        return JsonSchema.builder()
                .schema(JsonSchemaVersion.DRAFT4)
                .title("ScanRequest")
                .type(JsonSchemaType.OBJECT)
                .oneOf(Arrays.stream(ScanRequest.values())
                        .map(ScanApi::formSchema)
                        .toList())
                .build();
    }

    private static JsonSchema formSchema(ScanRequest form) {
        Map<String, JsonSchema> properties = new LinkedHashMap<>();
        for (ScanRequest.Field field : form.fields()) {
            properties.put(
                    field.name(),
                    JsonSchema.builder()
                            .type(JsonSchemaType.STRING)
                            .minLength(1)
                            .maxLength(field.limit().orElse(null))
                            .build());
        }
        return JsonSchema.builder()
                .properties(properties)
                .required(form.fields().stream()
                        .filter(ScanRequest.Field::required)
                        .map(ScanRequest.Field::name)
                        .toList())
                .additionalProperties(false)
                .build();
    }

    private void suppressFindings(boolean manageAccountLogRole) {
        Nag.suppress(
                api, "AwsSolutions-COG4", "Callers are AWS principals authorized with IAM (SigV4), not Cognito users.");
        Nag.suppress(
                api,
                "PCI.DSS.321-APIGWCacheEnabledAndEncrypted",
                "Caching is off: findings change with every scan and a cache would be one more store of"
                        + " data derived from cardholder data.");
        Nag.suppress(
                api,
                "PCI.DSS.321-APIGWSSLEnabled",
                "The backend is a Lambda proxy integration invoked through AWS's signed API, not an HTTP"
                        + " backend that could verify an API Gateway client certificate.");
        if (manageAccountLogRole) {
            Nag.suppress(
                    api,
                    "AwsSolutions-IAM4",
                    "The account-wide API Gateway logging role uses AmazonAPIGatewayPushToCloudWatchLogs, the"
                            + " policy AWS defines for it; it serves every API in the account, so it cannot be"
                            + " scoped to this API's log groups.");
        }
    }

    /** Returns the REST API. */
    public RestApi api() {
        return api;
    }

    /** Returns the API key. */
    public IApiKey apiKey() {
        return apiKey;
    }
}
