package io.piiscanner.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.lambda.testing.OutputCapture;
import io.piiscanner.lambda.testing.Pii;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** What a log line says about a failure: what failed, never what a caller or an object held. */
class FailuresTest {

    private static final Logger LOG = LoggerFactory.getLogger(FailuresTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExceptionIsLoggedByItsClassAndWhereItWasThrownNotByItsMessage() throws Exception {
        JsonNode line = logged(new IllegalArgumentException("For input string: \"" + Pii.CARD + "\""));

        assertThat(line.path("errorType").asText()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(line.path("errorMessage").asText())
                .startsWith("at io.piiscanner.lambda.FailuresTest.anExceptionIsLoggedByItsClassAndWhere");
        assertThat(line.toString()).doesNotContain(Pii.CARD);
    }

    @Test
    void anAwsErrorIsLoggedWithItsServiceCodeAndStatus() throws Exception {
        DynamoDbException e = (DynamoDbException) DynamoDbException.builder()
                .message("One or more parameter values were invalid: " + Pii.EMAIL)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .serviceName("DynamoDb")
                        .errorCode("ValidationException")
                        .build())
                .statusCode(400)
                .build();

        JsonNode line = logged(e);

        assertThat(line.path("errorType").asText())
                .isEqualTo("software.amazon.awssdk.services.dynamodb.model.DynamoDbException");
        assertThat(line.path("errorMessage").asText())
                .startsWith("DynamoDb ValidationException (HTTP 400) at io.piiscanner.lambda.FailuresTest.");
        assertThat(line.toString()).doesNotContain(Pii.EMAIL);
    }

    @Test
    void aFailureThatIsNoExceptionIsLoggedByItsMessage() throws Exception {
        JsonNode line;
        try (OutputCapture output = new OutputCapture()) {
            LOG.error("record failed", Failures.logged("the event's Records list holds a null record"));
            line = JSON.readTree(output.text().strip());
        }
        assertThat(line.path("errorMessage").asText()).isEqualTo("the event's Records list holds a null record");
        assertThat(line.has("errorType")).isFalse();
    }

    /** The JSON log line of a failure, as Powertools writes it. */
    private static JsonNode logged(Exception e) throws Exception {
        try (OutputCapture output = new OutputCapture()) {
            LOG.error("failed", Failures.logged(e));
            return JSON.readTree(output.text().strip());
        }
    }
}
