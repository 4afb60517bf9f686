package io.piiscanner.core.swar;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The eight-bytes-at-a-time searches and counts find what a byte-by-byte loop finds, for every byte value. */
class SwarTest {

    @Property(tries = 1000)
    void findsTheFirstOfTheGivenBytes(
            @ForAll("bytes") byte[] b,
            @ForAll("needles") byte x,
            @ForAll("needles") byte y,
            @ForAll("needles") byte z,
            @ForAll int from) {
        int start = b.length == 0 ? 0 : Math.floorMod(from, b.length);
        int either = start;
        while (either < b.length && b[either] != x && b[either] != y) {
            either++;
        }
        int any = start;
        while (any < b.length && b[any] != x && b[any] != y && b[any] != z) {
            any++;
        }
        int first = start;
        while (first < b.length && b[first] != x) {
            first++;
        }
        int count = 0;
        for (int i = start; i < b.length; i++) {
            count += b[i] == x ? 1 : 0;
        }
        assertThat(Swar.indexOf(b, start, b.length, x)).isEqualTo(first);
        assertThat(Swar.count(b, start, b.length, x)).isEqualTo(count);
        assertThat(Swar.indexOfEither(b, start, b.length, x, y)).isEqualTo(either);
        assertThat(Swar.indexOfAny(b, start, b.length, x, y, z)).isEqualTo(any);
    }

    @Property(tries = 300)
    void zeroBytesMarksExactlyTheZeroBytes(@ForAll long w) {
        long zeros = Swar.zeroBytes(w);
        for (int k = 0; k < 8; k++) {
            boolean zero = (w >>> (8 * k) & 0xff) == 0;
            assertThat((zeros >>> (8 * k + 7) & 1) == 1).isEqualTo(zero);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(Arbitraries.bytes(), needles())
                .array(byte[].class)
                .ofMaxSize(200);
    }

    @Provide
    Arbitrary<Byte> needles() {
        return Arbitraries.of((byte) '"', (byte) '\\', (byte) '\n', (byte) 0, (byte) 0x80, (byte) 0xff, (byte) 0x7f);
    }
}
