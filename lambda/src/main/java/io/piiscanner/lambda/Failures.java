package io.piiscanner.lambda;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entries;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.lambda.powertools.logging.argument.StructuredArgument;

/**
 * Describes failures for log lines and counts. A log line gets the fields {@link #logged}
 * makes: {@code error} itself is a key Powertools reserves and drops.
 */
public final class Failures {

    private static final String OWN_CODE = "io.piiscanner.";

    private Failures() {}

    /** E.g. {@code IOException: no such object}: for failures the service's own code describes. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /**
     * The fields of a log line about an exception: {@code errorType}, its class, and
     * {@code errorMessage}, what an operator can act on without the exception's own message, which
     * may quote a caller's request or an object's content: where the service's code threw or met
     * it, and for an AWS error the service's error code and HTTP status, such as
     * {@code DynamoDb ResourceNotFoundException (HTTP 400) at io.piiscanner.lambda.store...}.
     */
    public static StructuredArgument logged(Throwable e) {
        return fields(e.getClass().getName(), awsError(e) + "at " + where(e));
    }

    /** The field {@code errorMessage} of a log line about a failure that is no exception. */
    public static StructuredArgument logged(String message) {
        return fields(null, message);
    }

    private static StructuredArgument fields(String type, String message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (type != null) {
            fields.put("errorType", type);
        }
        fields.put("errorMessage", message);
        return entries(fields);
    }

    private static String awsError(Throwable e) {
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            AwsErrorDetails details = aws.awsErrorDetails();
            return details.serviceName() + " " + details.errorCode() + " (HTTP " + aws.statusCode() + ") ";
        }
        return "";
    }

    /** The innermost frame of the service's own code, else the frame that threw. */
    private static String where(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith(OWN_CODE)) {
                return frame.toString();
            }
        }
        return frames.length > 0 ? frames[0].toString() : "an unknown place";
    }
}
