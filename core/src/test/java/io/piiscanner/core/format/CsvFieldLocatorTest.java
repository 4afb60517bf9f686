package io.piiscanner.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Column names read ahead let the engine gate detectors in the window that holds the header, and
 * the label of each byte read ahead lets it narrow them to the values of the columns that count.
 */
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

    @Property(tries = 1000)
    void labelsAtAreTheLabelsTheLocatorGivesAtEachByte(
            @ForAll("csv") String csv, @ForAll @IntRange(max = 120) int split) {
        byte[] b = csv.getBytes(StandardCharsets.UTF_8);
        int from = Math.min(split, b.length);
        CsvFieldLocator locator = new CsvFieldLocator((byte) ',');
        locator.consume(b, 0, from);
        String[] ahead = JsonFieldLocatorTest.labelsAt(locator, b, from);
        for (int i = from; i < b.length; i++) {
            assertThat(ahead[i - from]).as("«%s» from %d, at %d", csv, from, i).isEqualTo(locator.fieldLabel());
            locator.consume(b, i, i + 1);
        }
    }

    @Test
    void labelsAtNameEachColumnOfTheRowsAfterTheHeader() {
        String csv = "id,phone\n7,\"55,\n5\"\n8,9\n";
        byte[] b = csv.getBytes(StandardCharsets.UTF_8);
        String[] at = JsonFieldLocatorTest.labelsAt(new CsvFieldLocator((byte) ','), b, 0);
        assertThat(at[0]).as("the header has no label").isNull();
        assertThat(at[csv.indexOf('7')]).isEqualTo("id");
        assertThat(at[csv.indexOf("55")]).isEqualTo("phone");
        assertThat(at[csv.indexOf("\n5") + 1]).as("a line break inside quotes").isEqualTo("phone");
        assertThat(at[csv.indexOf('9')]).isEqualTo("phone");
    }

    @Test
    void labelsAtMayNameAColumnOfAHeaderThatTurnsOutToBeData() {
        byte[] b = "555-0100,x\n555-0101,y\n".getBytes(StandardCharsets.UTF_8);
        CsvFieldLocator locator = new CsvFieldLocator((byte) ',');
        String[] ahead = JsonFieldLocatorTest.labelsAt(locator, b, 0);
        locator.valueFound();
        locator.consume(b, 0, 11);
        assertThat(locator.fieldLabel()).isNull();
        assertThat(ahead[11]).as("too many labels, never too few").isEqualTo("555-0100");
    }

    @Provide
    Arbitrary<String> csv() {
        return Arbitraries.of(",", "\n", "\r", "\"", "\"\"", "phone", "id", "12345678", " ", "x,y", "\"a,b\"")
                .list()
                .ofMaxSize(50)
                .map(l -> String.join("", l));
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
