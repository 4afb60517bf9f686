package io.piiscanner.s3;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds AWS SDK clients the same way for the CLI and the Lambda service: the small
 * url-connection HTTP client (fast start, small jar), the standard credential chain, and the
 * endpoint overrides of the AWS shared configuration ({@code AWS_ENDPOINT_URL} and
 * {@code AWS_ENDPOINT_URL_<SERVICE>}), so the same code runs against LocalStack or an emulator.
 *
 * <p>The SDK reads those endpoint variables itself, but only from the process environment. They
 * are read here from the environment passed in, which is the process environment in production
 * and a test's own map in tests, and because S3 emulators need path-style addressing once an
 * endpoint is overridden.
 */
public final class AwsClients {

    /** Endpoint for every service, unless a service-specific variable is set. */
    public static final String ENDPOINT_ENV = "AWS_ENDPOINT_URL";
    /** When {@code true}, configured endpoints are ignored, as the SDK does. */
    public static final String IGNORE_ENDPOINTS_ENV = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    private final Map<String, String> env;

    /** @param env the environment variables to read, normally {@link System#getenv()} */
    public AwsClients(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * The endpoint configured for a service, if any.
     *
     * @param serviceId the SDK service id as used in environment variable names: {@code S3},
     *                  {@code DYNAMODB}, {@code SNS}, {@code SQS}
     * @throws IllegalArgumentException naming the variable when its value is not a URL
     */
    public Optional<URI> endpoint(String serviceId) {
        if ("true".equalsIgnoreCase(env.get(IGNORE_ENDPOINTS_ENV))) {
            return Optional.empty();
        }
        String specific = ENDPOINT_ENV + "_" + serviceId.toUpperCase(Locale.ROOT);
        String name = present(specific) ? specific : ENDPOINT_ENV;
        if (!present(name)) {
            return Optional.empty();
        }
        String value = env.get(name).strip();
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(value, "expected scheme://host[:port]");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL: " + value);
        }
    }

    /**
     * Applies the HTTP client, region and endpoint override to a client builder.
     *
     * @param serviceId as for {@link #endpoint(String)}
     */
    public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, String serviceId) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder());
        region().ifPresent(builder::region);
        endpoint(serviceId).ifPresent(builder::endpointOverride);
        return builder;
    }

    /**
     * An S3 client. Without a configured region it starts in us-east-1 and lets the SDK follow
     * each bucket to its own region, as {@code aws s3} does; with an endpoint override it uses
     * path-style addressing, which emulators need.
     */
    public S3Client s3() {
        return s3(ClientOverrideConfiguration.builder().build());
    }

    /** An S3 client as {@link #s3()}, with extra client settings such as tracing interceptors. */
    public S3Client s3(ClientOverrideConfiguration overrides) {
        var builder = configure(S3Client.builder(), "S3");
        builder.overrideConfiguration(overrides);
        if (region().isEmpty() && defaultChainRegion().isEmpty()) {
            builder.region(Region.US_EAST_1);
        }
        builder.crossRegionAccessEnabled(true);
        builder.forcePathStyle(endpoint("S3").isPresent());
        return builder.build();
    }

    /** The region named in the environment passed in; else the SDK's chain decides. */
    private Optional<Region> region() {
        for (String name : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            if (present(name)) {
                return Optional.of(Region.of(env.get(name).strip()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Region> defaultChainRegion() {
        try {
            return Optional.of(DefaultAwsRegionProviderChain.builder().build().getRegion());
        } catch (SdkClientException e) {
            return Optional.empty();
        }
    }

    private boolean present(String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
