package io.piiscanner.lambda.results;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ResultDocumentsTest {

    @Test
    void resultsGoUnderTheirOwnPrefixWhichIsNeverScanned() {
        assertThat(ResultDocuments.keyFor("exports/a b+ü.csv")).isEqualTo("scan-results/exports/a b+ü.csv.json");
        assertThat(ResultDocuments.isResult("scan-results/exports/a.csv.json")).isTrue();
        assertThat(ResultDocuments.isResult("exports/scan-results/a.csv")).isFalse();
    }

    @Test
    void aKeyTooLongForItsResultKeyIsHashed() {
        String longKey = "d/".repeat(450) + "ü".repeat(100);
        String resultKey = ResultDocuments.keyFor(longKey);
        assertThat(resultKey).matches("scan-results/sha256/[0-9a-f]{64}\\.json");
        assertThat(resultKey).isEqualTo(ResultDocuments.keyFor(longKey));
        String fits = "k".repeat(1024 - "scan-results/".length() - ".json".length());
        assertThat(ResultDocuments.keyFor(fits).getBytes(StandardCharsets.UTF_8)).hasSize(1024);
    }
}
