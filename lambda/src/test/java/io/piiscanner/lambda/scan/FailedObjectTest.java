package io.piiscanner.lambda.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.lambda.s3event.S3EventHandler;
import io.piiscanner.lambda.testing.Events;
import io.piiscanner.lambda.testing.Events.S3Record;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** An object whose scan fails partway is recorded as failed, never as clean, with the findings before the failure. */
class FailedObjectTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTruncatedGzipIsRecordedAsFailedWithTheFindingsOfItsReadablePart() throws IOException {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("ticket ")
                    .append(i)
                    .append(" card number: ")
                    .append(Pii.CARD)
                    .append('\n');
        }
        byte[] gz = gzip(text.toString());
        deployment.put("exports/cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));

        Map<String, Integer> outcomes = new S3EventHandler(deployment.service())
                .handleRequest(
                        Events.s3(List.of(new S3Record(
                                "ObjectCreated:Put", deployment.bucket(), "exports/cut.txt.gz", null, 100))),
                        new TestContext());

        assertThat(outcomes).containsExactlyEntriesOf(Map.of("SCANNED", 1));
        assertThat(deployment.tags("exports/cut.txt.gz", null))
                .containsEntry("pii-status", "failed")
                .containsEntry("pii-types", "CREDIT_CARD");
        JsonNode doc = JSON.readTree(deployment.read(deployment.resultKey("exports/cut.txt.gz")));
        assertThat(doc.get("status").asText()).isEqualTo("failed");
        assertThat(doc.get("skipReason").asText())
                .isEqualTo("truncated gzip stream after " + gz.length / 2 + " compressed bytes");
        assertThat(doc.get("findingsByType").get("CREDIT_CARD").asInt()).isBetween(1, 199);
        assertThat(deployment.alerts()).hasSize(1);
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
