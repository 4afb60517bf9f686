package io.piiscanner.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.swar.Swar;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The word-at-a-time classification agrees with the plain one for every byte value. */
class ByteClassesTest {

    @Property(tries = 1000)
    void eachBitIsThePlainClassOfItsByte(@ForAll("bytes") byte[] b) {
        ByteClasses classes = ByteClasses.of(b, b.length);
        for (int i = 0; i < classes.words() * 64; i++) {
            char c = i < b.length ? (char) (b[i] & 0xff) : 0;
            boolean in = i < b.length;
            assertThat(bit(classes.digits, i)).as("digit %d", i).isEqualTo(in && CharClass.DIGIT.contains(c));
            assertThat(bit(classes.letters, i)).as("letter %d", i).isEqualTo(in && CharClass.LETTER.contains(c));
            assertThat(bit(classes.marks, i)).as("mark %d", i).isEqualTo(in && CharClass.TOKEN_MARK.contains(c));
            assertThat(bit(classes.alnum, i)).as("alnum %d", i).isEqualTo(in && CharClass.ALNUM.contains(c));
        }
        for (int p = 0; p < b.length; p++) {
            int q = p;
            while (q < b.length && CharClass.ALNUM.contains((char) (b[q] & 0xff))) {
                q++;
            }
            assertThat(classes.nextClear(classes.alnum, p)).isEqualTo(q);
        }
    }

    @Property(tries = 300)
    void aClassOfTwoIsFoundAsAPair(@ForAll("bytes") byte[] b) {
        assertThat(CharClass.of(".:").indexIn(b, 0, b.length))
                .isEqualTo(Swar.indexOfEither(b, 0, b.length, (byte) '.', (byte) ':'));
    }

    private static boolean bit(long[] bits, int p) {
        return (bits[p >>> 6] >>> p & 1) != 0;
    }

    @Provide
    static Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> text = Arbitraries.of("09azAZ@[`{/:+(.x \n\u00c0\u00ff\u0080"
                .chars()
                .mapToObj(c -> (byte) c)
                .toArray(Byte[]::new));
        return Arbitraries.oneOf(any, text).array(byte[].class).ofMaxSize(300);
    }
}
