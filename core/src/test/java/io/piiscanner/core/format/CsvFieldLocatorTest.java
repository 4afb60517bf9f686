package io.piiscanner.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Column names read ahead let the engine gate detectors in the window that holds the header. */
class CsvFieldLocatorTest {

    @Test
    void readsTheHeaderAheadWithoutMoving() {
        byte[] b = "id,\"date of\nbirth\",note\n1,1984-03-05,hi\n".getBytes(StandardCharsets.UTF_8);
        CsvFieldLocator locator = new CsvFieldLocator((byte) ',');
        assertThat(locator.labelsAhead(b, 0, b.length)).containsExactly("id", "date of\nbirth", "note");
        assertThat(locator.labelsAhead()).isNull();
        assertThat(locator.field())
                .as("in the first row, which is a header only once it ends holding no value")
                .isEqualTo("column 1");
        locator.consume(b, 0, b.length);
        assertThat(locator.labelsAhead(b, b.length, b.length)).containsExactly("id", "date of\nbirth", "note");
    }

    @Test
    void cannotTellBeforeTheHeaderEnds() {
        byte[] b = "id,name,no".getBytes(StandardCharsets.UTF_8);
        CsvFieldLocator locator = new CsvFieldLocator((byte) ',');
        assertThat(locator.labelsAhead(b, 0, b.length)).isNull();
        locator.consume(b, 0, 3);
        assertThat(locator.labelsAhead(b, 3, b.length)).isNull();
    }
}
