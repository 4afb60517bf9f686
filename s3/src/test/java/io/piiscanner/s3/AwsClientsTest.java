package io.piiscanner.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsClientsTest {

    @Test
    void serviceSpecificEndpointWinsOverTheGeneralOne() {
        AwsClients clients = new AwsClients(Map.of(
                "AWS_ENDPOINT_URL", "http://localhost:4566",
                "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9090"));
        assertThat(clients.endpoint("S3")).contains(URI.create("http://127.0.0.1:9090"));
        assertThat(clients.endpoint("dynamodb")).contains(URI.create("http://localhost:4566"));
    }

    @Test
    void noEndpointWhenNoneIsSetOrWhenConfiguredEndpointsAreIgnored() {
        assertThat(new AwsClients(Map.of()).endpoint("S3")).isEmpty();
        assertThat(new AwsClients(Map.of("AWS_ENDPOINT_URL", " ")).endpoint("S3"))
                .isEmpty();
        assertThat(new AwsClients(Map.of(
                                "AWS_ENDPOINT_URL",
                                "http://localhost:4566",
                                "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
                                "true"))
                        .endpoint("S3"))
                .isEmpty();
    }

    @Test
    void aMalformedEndpointNamesTheVariable() {
        AwsClients clients = new AwsClients(Map.of("AWS_ENDPOINT_URL_SNS", "localhost:4566"));
        assertThatThrownBy(() -> clients.endpoint("SNS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AWS_ENDPOINT_URL_SNS is not a valid URL: localhost:4566");
    }
}
