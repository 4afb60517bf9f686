package io.piiscanner.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The engine skips a context-gated detector in a JSON window when no label there can supply its
 * context, so the labels read ahead must hold every label the locator then gives: too many only
 * costs time, one too few loses findings.
 */
class JsonFieldLocatorTest {

    @Property(tries = 1000)
    void labelsAheadHoldEveryLabelTheLocatorGives(
            @ForAll("json") String json, @ForAll boolean lines, @ForAll @IntRange(max = 200) int split) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        int from = Math.min(split, b.length);
        JsonFieldLocator locator = new JsonFieldLocator(lines);
        locator.consume(b, 0, from);
        Set<String> ahead = new HashSet<>(locator.labelsAhead(b, from, b.length));
        for (int i = from; i < b.length; i++) {
            String label = locator.fieldLabel();
            if (label != null) {
                assertThat(ahead).as("«%s» from %d, at %d", json, from, i).contains(label);
            }
            locator.consume(b, i, i + 1);
        }
    }

    @Property(tries = 1000)
    void labelsAtAreTheLabelsTheLocatorGivesAtEachByte(
            @ForAll("json") String json, @ForAll boolean lines, @ForAll @IntRange(max = 200) int split) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        int from = Math.min(split, b.length);
        JsonFieldLocator locator = new JsonFieldLocator(lines);
        locator.consume(b, 0, from);
        String[] ahead = labelsAt(locator, b, from);
        for (int i = from; i < b.length; i++) {
            assertThat(ahead[i - from]).as("«%s» from %d, at %d", json, from, i).isEqualTo(locator.fieldLabel());
            locator.consume(b, i, i + 1);
        }
    }

    @Test
    void labelsAtFollowNestingArraysAndEscapedKeys() {
        String json = "{\"phone\":\"1\",\"a\":{\"b\":[{\"ph\\u006fne\":2}],\"c\":[3]},\"d\":4}";
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        String[] at = labelsAt(new JsonFieldLocator(false), b, 0);
        assertThat(at[json.indexOf("\"1\"")]).isEqualTo("phone");
        assertThat(at[json.indexOf('2')]).as("escapes decoded").isEqualTo("phone");
        assertThat(at[json.indexOf('3')]).as("an array takes its key").isEqualTo("c");
        assertThat(at[json.indexOf('4')]).isEqualTo("d");
        assertThat(at[json.indexOf("{\"b\"") + 1])
                .as("an object opened, before its first key")
                .isNull();
    }

    /** The label {@code locator.labelsAt} tells for each byte of {@code b} from {@code from} on. */
    static String[] labelsAt(FieldLocator locator, byte[] b, int from) {
        String[] at = new String[b.length - from];
        boolean told = locator.labelsAt(
                b, from, b.length, (offset, label) -> Arrays.fill(at, offset - from, at.length, label));
        assertThat(told).isTrue();
        return at;
    }

    @Test
    void readsKeysAheadWithoutMoving() {
        byte[] b = "{\"customer\":{\"dateOfBirth\":\"1984-03-05\",\"tags\":[\"a\",\"b\"]}}"
                .getBytes(StandardCharsets.UTF_8);
        JsonFieldLocator locator = new JsonFieldLocator(false);
        assertThat(locator.labelsAhead(b, 0, b.length))
                .contains("customer", "dateOfBirth", "tags")
                .doesNotContain("1984-03-05");
        assertThat(locator.fieldLabel()).isNull();
        assertThat(locator.field()).isNull();
    }

    @Provide
    Arbitrary<String> json() {
        Arbitrary<String> piece = Arbitraries.of(
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"",
                "\\",
                "\\\"",
                " ",
                "\n",
                "\"ssn\"",
                "\"dob\":",
                "\"a\\\"b\":",
                "\"value\"",
                "12",
                "true",
                "x",
                "\"dateOfBirth\"",
                "é");
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
