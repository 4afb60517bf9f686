package io.piiscanner.core.format;

import static io.piiscanner.testing.Bytes.concat;
import static io.piiscanner.testing.Bytes.gzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GzipInputStreamTest {

    private static final byte[] FIRST = "first member\n".repeat(500).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SECOND = "second member\n".repeat(700).getBytes(StandardCharsets.US_ASCII);

    @Test
    void readsEveryMemberEvenWhenTheStreamUnderItHasNothingAvailable() throws IOException {
        byte[] first = gzip(FIRST);
        byte[] twoMembers = concat(first, gzip(SECOND));
        // A pipe or a network stream whose read ends at the end of the first member, with nothing
        // available() yet: the JDK's GZIPInputStream reads 6,500 of these 16,300 bytes, no error.
        InputStream network = new InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < twoMembers.length ? twoMembers[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos == twoMembers.length) {
                    return -1;
                }
                int n = Math.min(len, (pos < first.length ? first.length : twoMembers.length) - pos);
                System.arraycopy(twoMembers, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public int available() {
                return 0;
            }
        };
        assertThat(decompress(network, 512)).isEqualTo(concat(FIRST, SECOND));
    }

    @Test
    void readsHeadersWithNameCommentExtraFieldAndHeaderCrc() throws IOException {
        byte[] deflated = Arrays.copyOfRange(gzip(FIRST), 10, gzip(FIRST).length);
        byte[] header = {
            0x1f,
            (byte) 0x8b,
            8,
            2 | 4 | 8 | 16,
            0,
            0,
            0,
            0,
            0,
            3,
            3,
            0,
            'x',
            'y',
            'z', // extra field of three bytes
            'n',
            'a',
            'm',
            'e',
            0,
            'c',
            'o',
            'm',
            0,
            0x12,
            0x34
        }; // header CRC, not checked
        assertThat(decompress(new ByteArrayInputStream(concat(header, deflated)), 7))
                .isEqualTo(FIRST);
    }

    @Test
    void zeroPaddingAfterTheLastMemberIsNotAnError() throws IOException {
        byte[] padded = concat(gzip(FIRST), new byte[1000]);
        assertThat(decompress(new ByteArrayInputStream(padded), 512)).isEqualTo(FIRST);
    }

    @Test
    void dataAfterTheLastMemberIsReportedAfterTheDataBefore() throws IOException {
        byte[] gz = gzip(FIRST);
        byte[] trailing = concat(gz, "card 4111 1111 1111 1111\n".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        assertThatThrownBy(() -> copy(new GzipInputStream(new ByteArrayInputStream(trailing), 256), read))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("data after the end of the gzip stream, at compressed byte " + gz.length
                        + ", is not gzip and was not read");
        assertThat(read.toByteArray()).isEqualTo(FIRST);
        // Zeros, then something else: not padding.
        byte[] zerosThenData = concat(gz, new byte[] {0, 0, 'x'});
        assertThatThrownBy(() -> decompress(new ByteArrayInputStream(zerosThenData), 256))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("is not gzip");
    }

    @Test
    void aTruncatedStreamGivesWhatItHolds() throws IOException {
        byte[] data = new byte[200_000];
        new Random(7).nextBytes(data); // incompressible: each compressed byte carries about one of data
        byte[] gz = gzip(data);
        for (int cut : new int[] {1, 5, 15, gz.length / 2, gz.length - 4}) {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] truncated = Arrays.copyOf(gz, cut);
            assertThatThrownBy(() -> copy(new GzipInputStream(new ByteArrayInputStream(truncated), 4096), read))
                    .isInstanceOf(CorruptInputException.class)
                    .hasMessage("truncated gzip stream after " + cut + " compressed bytes");
            byte[] got = read.toByteArray();
            assertThat(got).isEqualTo(Arrays.copyOf(data, got.length));
            if (cut == gz.length / 2) {
                assertThat(got.length).isGreaterThan(data.length / 3);
            }
        }
    }

    @Test
    void damageIsReportedWithWhereItIs() {
        byte[] gz = gzip(FIRST);
        byte[] badCrc = gz.clone();
        badCrc[gz.length - 8] ^= 1;
        assertThatThrownBy(() -> decompress(new ByteArrayInputStream(badCrc), 512))
                .isInstanceOf(CorruptInputException.class)
                .hasMessage("corrupt gzip stream at compressed byte " + gz.length + ": CRC mismatch");
        byte[] badLength = gz.clone();
        badLength[gz.length - 1] ^= 1;
        assertThatThrownBy(() -> decompress(new ByteArrayInputStream(badLength), 512))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageEndingWith(": length mismatch");
        byte[] badMethod = gz.clone();
        badMethod[2] = 7;
        assertThatThrownBy(() -> decompress(new ByteArrayInputStream(badMethod), 512))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageEndingWith("unknown compression method 7");
        byte[] badData = gz.clone();
        badData[10] = (byte) 0xff; // a reserved block type
        assertThatThrownBy(() -> decompress(new ByteArrayInputStream(badData), 512))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageEndingWith(": invalid deflate data");
    }

    @Test
    void errorsOfTheStreamUnderneathPassThrough() {
        IOException broken = new IOException("connection reset");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw broken;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw broken;
            }
        };
        assertThatThrownBy(() -> decompress(failing, 512)).isSameAs(broken);
    }

    private static byte[] decompress(InputStream compressed, int bufferSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(new GzipInputStream(compressed, bufferSize), out);
        return out.toByteArray();
    }

    /** Copies in small reads, keeping what was read when reading fails. */
    private static void copy(InputStream in, ByteArrayOutputStream out) throws IOException {
        try (in) {
            byte[] buf = new byte[1000];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
            }
        }
    }
}
