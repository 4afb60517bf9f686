package io.piiscanner.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.corpus.FuzzSeeds;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.NameMasker;
import io.piiscanner.testing.Mutations;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzes the CSV and JSON field locators with arbitrary bytes in arbitrary slices: they never
 * throw, a locator fed slices is where one fed a byte at a time is (the eight-bytes-at-a-time
 * skips included), the names it gives stay within its bounds whatever the nesting or the length
 * of a key, and the labels it reads ahead hold every label it then gives. See
 * {@link io.piiscanner.core.scan.EngineFuzzTest} for how the tries are run.
 */
class FieldLocatorFuzzTest {

    private static final NameMasker NAMES = Engine.withDefaults().names();
    private static final Mutations MUTATIONS = FuzzSeeds.mutations();
    /** The longest field a CSV locator gives: a header cell at its limit, masked, and {@code ...}. */
    private static final int MAX_CSV_FIELD = CsvFieldLocator.MAX_NAME_BYTES + 3;
    /**
     * The longest JSON path: every frame of the deepest nesting with a key at its limit, each byte
     * escaped, in {@code ['...']}; or an array index.
     */
    private static final int MAX_JSON_PATH =
            1 + JsonFieldLocator.MAX_DEPTH * (2 * JsonFieldLocator.MAX_KEY_BYTES + 8) + 3;

    enum Kind {
        CSV,
        TSV,
        JSON,
        NDJSON
    }

    @Property(tries = 300)
    void slicesChangeNothingAndNamesStayBounded(
            @ForAll("inputs") Mutations.Input input,
            @ForAll Kind kind,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1 << 16) Integer> cuts) {
        byte[] b = input.bytes();
        FieldLocator sliced = locator(kind);
        FieldLocator stepped = locator(kind);
        CharSequence text = new String(b, StandardCharsets.ISO_8859_1);
        TreeSet<Integer> ends = new TreeSet<>();
        cuts.forEach(c -> ends.add(c % (b.length + 1)));
        ends.add(b.length);
        int from = 0;
        for (int to : ends) {
            List<String> ahead = sliced.labelsAhead(b, from, to);
            Set<String> given = new HashSet<>();
            for (int i = from; i < to; i++) {
                if (stepped.fieldLabel() != null) {
                    given.add(stepped.fieldLabel());
                }
                stepped.consume(b, i, i + 1);
            }
            sliced.consume(b, from, to);
            if (ahead != null) {
                assertThat(ahead)
                        .as("labels read ahead over [%d, %d)", from, to)
                        .containsAll(given);
            }
            assertThat(sliced.field()).as("field at %d", to).isEqualTo(stepped.field());
            assertThat(sliced.fieldLabel()).as("label at %d", to).isEqualTo(stepped.fieldLabel());
            assertThat(sliced.inQuotedValue()).as("quoted at %d", to).isEqualTo(stepped.inQuotedValue());
            assertThat(sliced.labelsAhead()).as("labels at %d", to).isEqualTo(stepped.labelsAhead());
            assertBounded(kind, sliced);
            sliced.crossesBoundary(text, from, to);
            if (to % 3 == 0) {
                // As the engine does when a value starts here: a CSV first row that holds one is data.
                sliced.valueFound();
                stepped.valueFound();
            }
            from = to;
        }
    }

    private static void assertBounded(Kind kind, FieldLocator locator) {
        String field = locator.field();
        String label = locator.fieldLabel();
        boolean csv = kind == Kind.CSV || kind == Kind.TSV;
        if (field != null) {
            assertThat(field.length()).as("field length").isLessThanOrEqualTo(csv ? MAX_CSV_FIELD : MAX_JSON_PATH);
        }
        if (label != null) {
            assertThat(label.length())
                    .as("label length")
                    .isLessThanOrEqualTo(csv ? CsvFieldLocator.MAX_NAME_BYTES : JsonFieldLocator.MAX_KEY_BYTES);
        }
        List<String> labels = locator.labelsAhead();
        if (labels != null) {
            assertThat(labels.size()).as("columns").isLessThanOrEqualTo(CsvFieldLocator.MAX_COLUMNS);
        }
    }

    @Provide
    Arbitrary<Mutations.Input> inputs() {
        return Arbitraries.frequencyOf(Tuple.of(3, MUTATIONS.inputs(8)), Tuple.of(2, MUTATIONS.soup()));
    }

    private static FieldLocator locator(Kind kind) {
        return switch (kind) {
            case CSV -> new CsvFieldLocator((byte) ',', NAMES::mask);
            case TSV -> new CsvFieldLocator((byte) '\t', NAMES::mask);
            case JSON -> new JsonFieldLocator(false, NAMES::mask);
            case NDJSON -> new JsonFieldLocator(true, NAMES::mask);
        };
    }
}
