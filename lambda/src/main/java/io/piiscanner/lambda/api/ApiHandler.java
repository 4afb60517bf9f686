package io.piiscanner.lambda.api;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.piiscanner.api.ServiceMetricNames;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.lambda.Failures;
import io.piiscanner.lambda.ScannerService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The REST API behind API Gateway (proxy integration): {@code POST /scan} and
 * {@code GET /findings}. A refused request gets a 4xx whose message names the field at fault;
 * anything unexpected is a 500 with the request id and no detail: stack traces go to the log,
 * never to the caller. Request bodies are never logged.
 */
public final class ApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    /** The methods the API has; the log names any other as {@code other}. */
    private static final Set<String> METHODS = Set.of("GET", "POST");

    private final ScannerService service;
    private final ScanEndpoint scan;
    private final FindingsEndpoint findings;

    /** The handler Lambda instantiates, with the service built from the environment. */
    public ApiHandler() {
        this(ScannerService.shared());
    }

    /** A handler with a given service, for tests and local runs. */
    public ApiHandler(ScannerService service) {
        this.service = service;
        this.scan = new ScanEndpoint(service);
        this.findings = new FindingsEndpoint(
                service,
                service.engine().detectors().stream().map(Detector::type).collect(Collectors.toSet()));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        return PowertoolsLogging.withLogging(context, () -> handle(request, context));
    }

    private APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request, Context context) {
        service.telemetry().invocationStarted(context);
        String requestId = context == null ? null : context.getAwsRequestId();
        String method = request == null || request.getHttpMethod() == null ? "" : request.getHttpMethod();
        String route = route(request);
        APIGatewayProxyResponseEvent response;
        try {
            Reply reply = dispatch(method, route, request);
            response = Responses.json(reply.status(), reply.body());
        } catch (ApiException e) {
            response = Responses.error(e.status(), e.getMessage(), requestId);
        } catch (Exception e) {
            service.telemetry().count(ServiceMetricNames.API_ERRORS);
            LOG.error("request failed", entry("method", logged(method)), entry("route", route), Failures.logged(e));
            response = Responses.error(500, "internal error; quote the request id when reporting it", requestId);
        } finally {
            service.telemetry().flush();
        }
        LOG.info(
                "request handled",
                entry("method", logged(method)),
                entry("route", route),
                entry("status", response.getStatusCode()));
        return response;
    }

    private Reply dispatch(String method, String route, APIGatewayProxyRequestEvent request) throws Exception {
        switch (route) {
            case "/scan" -> {
                requireMethod(method, "POST");
                return scan.handle(body(request));
            }
            case "/findings" -> {
                requireMethod(method, "GET");
                return Reply.ok(findings.handle(request.getQueryStringParameters()));
            }
            default -> throw ApiException.notFound("no such route; the API has POST /scan and GET /findings");
        }
    }

    /**
     * The route: {@code /scan}, {@code /findings} or {@code other}. Anything else a caller sent
     * as a path is neither logged nor quoted back, since it could hold personal data.
     */
    private static String route(APIGatewayProxyRequestEvent request) {
        if (request == null) {
            return "other";
        }
        String resource = request.getResource() != null ? request.getResource() : request.getPath();
        return "/scan".equals(resource) || "/findings".equals(resource) ? resource : "other";
    }

    /** The method as logged: like the path, anything but one the API has is whatever the caller sent. */
    private static String logged(String method) {
        return METHODS.contains(method) ? method : "other";
    }

    /** The method is not quoted back: like the path, it is whatever the caller sent. */
    private static void requireMethod(String method, String allowed) {
        if (!allowed.equals(method)) {
            throw new ApiException(405, "method not allowed here; use " + allowed);
        }
    }

    private static String body(APIGatewayProxyRequestEvent request) {
        String body = request.getBody();
        if (body != null && Boolean.TRUE.equals(request.getIsBase64Encoded())) {
            try {
                return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("body: marked base64 but not valid base64");
            }
        }
        return body;
    }
}
