package io.piiscanner.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.core.format.CorruptInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A workbook's shared strings read back as they were stored, in whatever order the cells ask for
 * them: in order, backwards, at random, the same few again and again.
 */
class SharedStringsTest {

    /** Characters of two, three and four bytes in UTF-8. */
    private static final String[] WIDE = {"é", "€", "😀"};

    /**
     * Strings of every size the table handles differently: empty, short, long, longer than what it
     * reads at once, in more than one byte a character.
     */
    private static List<String> strings() {
        Random random = new Random(15);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int length = switch (i % 50) {
                case 0 -> 0;
                case 1 -> SharedStrings.WINDOW + random.nextInt(SharedStrings.WINDOW);
                case 2, 3, 4 -> 60 + random.nextInt(200);
                default -> random.nextInt(40);
            };
            StringBuilder s = new StringBuilder().append(i).append(':');
            for (int k = 0; k < length; k++) {
                s.append(
                        k % 7 == 0
                                ? WIDE[random.nextInt(WIDE.length)]
                                : String.valueOf((char) ('a' + random.nextInt(26))));
            }
            strings.add(s.toString());
        }
        return strings;
    }

    @Test
    void everyStringReadsAsStoredWhateverTheOrderCellsAskForThem() throws IOException {
        List<String> strings = strings();
        List<Integer> order = new ArrayList<>();
        IntStream.range(0, strings.size()).forEach(order::add);
        IntStream.range(0, strings.size()).map(i -> strings.size() - 1 - i).forEach(order::add);
        List<Integer> shuffled = new ArrayList<>(order.subList(0, strings.size()));
        Collections.shuffle(shuffled, new Random(15));
        order.addAll(shuffled);
        for (int i = 0; i < strings.size(); i++) {
            // A sheet's usual pattern: new strings in order, between a few that come back.
            order.add(i);
            order.add(i % 5);
        }
        try (SharedStrings table = SharedStrings.none()) {
            try (SharedStrings.Appender out = table.appender()) {
                for (String s : strings) {
                    out.add(s);
                }
            }
            assertThat(table.size()).isEqualTo(strings.size());
            for (int index : order) {
                assertThat(table.get(index)).as("string %d", index).isEqualTo(strings.get(index));
            }
        }
    }

    @Test
    void aReferenceOutsideTheTableIsCorruptInput() throws IOException {
        try (SharedStrings table = SharedStrings.none()) {
            try (SharedStrings.Appender out = table.appender()) {
                out.add("only");
            }
            assertThat(table.get(0)).isEqualTo("only");
            assertThatThrownBy(() -> table.get(1))
                    .isInstanceOf(CorruptInputException.class)
                    .hasMessage("Excel workbook: a cell refers to shared string 1 of 1");
            assertThatThrownBy(() -> table.get(-1)).isInstanceOf(CorruptInputException.class);
        }
    }
}
