package io.piiscanner.lambda.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.lambda.keys.ObjectKeys;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultDocumentsTest {

    private static final ObjectKeys KEYS = new ObjectKeys(
            "a secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8),
            Engine.withDefaults().names());
    private static final ResultDocuments RESULTS = new ResultDocuments(null, "data", KEYS);

    @Test
    void resultsGoUnderTheirOwnPrefixWhichIsNeverScanned() {
        assertThat(RESULTS.keyFor("exports/a b+ü.csv"))
                .isEqualTo("scan-results/" + KEYS.id("exports/a b+ü.csv") + ".json");
        assertThat(ResultDocuments.isResult(RESULTS.keyFor("exports/a.csv"))).isTrue();
        assertThat(ResultDocuments.isResult("exports/scan-results/a.csv")).isFalse();
    }

    @Test
    void aResultIsNamedByTheKeysHmacWhichNeitherShowsTheKeyNorDependsOnItsLength() {
        String key = "incoming/4111111111111111.csv";
        assertThat(RESULTS.keyFor(key))
                .matches("scan-results/[0-9a-f]{64}\\.json")
                .doesNotContain("4111")
                .isEqualTo(RESULTS.keyFor(key))
                .isNotEqualTo(RESULTS.keyFor("incoming/5555555555554444.csv"));
        String longKey = "d/".repeat(450) + "ü".repeat(100);
        assertThat(RESULTS.keyFor(longKey)).matches("scan-results/[0-9a-f]{64}\\.json");
    }
}
