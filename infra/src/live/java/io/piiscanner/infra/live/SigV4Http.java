package io.piiscanner.infra.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * HTTPS requests signed with SigV4 and the default credential chain: the REST API
 * ({@code execute-api}) as its callers must call it, and API Gateway's own management API.
 */
final class SigV4Http {

  /** Headers java.net.http sets itself and refuses to be given. */
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String region;

  SigV4Http(String region) {
    this.region = region;
  }

  /**
   * Sends a signed request.
   *
   * @param method HTTP method
   * @param uri the full URI
   * @param service the signing name, such as {@code execute-api}
   * @param headers extra headers, signed too
   * @param body the body, or null
   * @return the response
   */
  HttpResponse<String> send(String method, URI uri, String service, Map<String, String> headers, String body)
      throws IOException, InterruptedException {
    SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
    headers.forEach(request::putHeader);
    SignedRequest signed =
        AwsV4HttpSigner.create()
            .sign(r -> r.identity(DefaultCredentialsProvider.builder().build().resolveCredentials())
                .request(request.build())
                .payload(body == null ? null : ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    signed.request().headers().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> builder.header(name, v));
      }
    });
    builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends the same kind of request without a signature. */
  HttpResponse<String> sendUnsigned(String method, URI uri, Map<String, String> headers, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    headers.forEach(builder::header);
    builder.method(method, HttpRequest.BodyPublishers.ofString(body));
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }
}
