package io.piiscanner.s3;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Turns AWS SDK exceptions into short messages for people: the SDK's messages run over several
 * lines and carry request ids.
 */
public final class S3Errors {

    private S3Errors() {}

    /** What went wrong, in one line, e.g. {@code no such bucket} or {@code access denied}. */
    public static String describe(SdkException e) {
        if (e instanceof NoSuchBucketException) {
            return "no such bucket";
        }
        if (e instanceof NoSuchKeyException) {
            return "no such object";
        }
        if (e instanceof AwsServiceException service) {
            int status = service.statusCode();
            if (status == 403) {
                return "access denied";
            }
            if (status == 404) {
                return "not found";
            }
            var details = service.awsErrorDetails();
            String message = details == null ? null : details.errorMessage();
            String code = details == null ? null : details.errorCode();
            return firstLine(message != null ? message : code != null ? code : "HTTP " + status);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.startsWith("Unable to load credentials")) {
            return "no AWS credentials found (environment, profile, SSO, container or instance role)";
        }
        return firstLine(message);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
