package io.piiscanner.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lines and columns (in UTF-8 characters) of every byte, however the input is cut into pieces. */
class LineTrackerTest {

    @Property(tries = 1000)
    void countsLinesAndCharactersLikeAPlainLoop(@ForAll("texts") String text, @ForAll("cuts") int[] cuts) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        LineTracker tracker = new LineTracker();
        int at = 0;
        for (int cut : cuts) {
            int to = Math.min(b.length, at + cut);
            tracker.consume(b, at, to);
            at = to;
            long line = 1;
            long column = 1;
            for (int i = 0; i < at; i++) {
                if (b[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((b[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            assertThat(tracker.line())
                    .as("line after %d bytes of «%s»", at, text)
                    .isEqualTo(line);
            assertThat(tracker.column())
                    .as("column after %d bytes of «%s»", at, text)
                    .isEqualTo(column);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab \n\té€😀").ofMaxLength(120);
    }

    @Provide
    Arbitrary<int[]> cuts() {
        return Arbitraries.integers()
                .between(0, 40)
                .array(int[].class)
                .ofMinSize(1)
                .ofMaxSize(8);
    }
}
