package io.piiscanner.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.format.JsonFieldLocator;
import io.piiscanner.core.format.NoFieldLocator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The spans of a window whose field name supports a rule: what a gated detector reads besides text in reach of a context word. */
class WindowLabelsTest {

    private static final ContextScorer PHONE = new ContextScorer(ContextRule.requiring("phone"));

    @Test
    void spansHoldTheValuesOfSupportingKeysOnly() {
        String json = "{\"id\":\"1\",\"mobilePhone\":\"2\",\"x\":{\"y\":\"3\"},\"phone_no\":[\"4\"],\"z\":\"5\"}";
        byte[] b = json.getBytes(StandardCharsets.US_ASCII);
        WindowLabels labels = WindowLabels.read(new JsonFieldLocator(false), b, 0, b.length);
        WindowLabels.Spans spans = labels.supporting(PHONE);
        assertThat(spans.overlaps(json.indexOf('1'), json.indexOf('1') + 1)).isFalse();
        assertThat(spans.overlaps(json.indexOf('2'), json.indexOf('2') + 1)).isTrue();
        assertThat(spans.overlaps(json.indexOf('3'), json.indexOf('3') + 1)).isFalse();
        assertThat(spans.overlaps(json.indexOf('4'), json.indexOf('4') + 1)).isTrue();
        assertThat(spans.overlaps(json.indexOf('5'), json.indexOf('5') + 1)).isFalse();
    }

    @Test
    void spansOverlapARangeOnlyWhereTheyShareAByte() {
        WindowLabels.Spans spans = new WindowLabels.Spans(new int[] {10, 20, 30, 40});
        assertThat(spans.overlaps(0, 10)).isFalse();
        assertThat(spans.overlaps(0, 11)).isTrue();
        assertThat(spans.overlaps(19, 20)).isTrue();
        assertThat(spans.overlaps(20, 30)).isFalse();
        assertThat(spans.overlaps(15, 35)).isTrue();
        assertThat(spans.overlaps(39, 50)).isTrue();
        assertThat(spans.overlaps(40, 50)).isFalse();
        assertThat(WindowLabels.Spans.NONE.overlaps(0, 100)).isFalse();
    }

    @Test
    void aLocatorThatCannotTellGivesNoLabels() {
        byte[] b = "phone 555".getBytes(StandardCharsets.US_ASCII);
        assertThat(WindowLabels.read(NoFieldLocator.INSTANCE, b, 0, b.length)).isNull();
    }
}
