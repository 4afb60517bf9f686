package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** bzip2, xz and zstd streams are read decompressed, as gzip is; damage and hostile headers end the input. */
class CompressedStreamScanTest {

    private static final byte[] NOTES = utf8(ArchiveScanTest.NOTES.repeat(2000));

    @Test
    void everyCompressionIsReadAsTheTextItHolds() {
        for (byte[] compressed : new byte[][] {Archives.bzip2(NOTES), Archives.xz(NOTES), Archives.zstd(NOTES)}) {
            Scans.Result result = Scans.scan("notes.txt.x", compressed);
            assertThat(result.outcome().complete()).isTrue();
            assertThat(result.outcome().bytes()).isEqualTo(NOTES.length);
            assertThat(result.findings())
                    .hasSize(2000)
                    .allSatisfy(f -> assertThat(f.location()).isNull());
            assertThat(result.findings().get(1).line()).isEqualTo(5);
        }
    }

    @Test
    void aTruncatedStreamFailsAfterScanningWhatCameBefore() {
        assertThat(truncated(Archives.bzip2(NOTES)).outcome().failure()).isEqualTo("truncated bzip2 stream");
        assertThat(truncated(Archives.xz(NOTES)).outcome().failure()).isEqualTo("truncated xz stream");
        assertThat(truncated(Archives.zstd(NOTES)).outcome().failure()).isEqualTo("truncated zstd stream");
    }

    private static Scans.Result truncated(byte[] compressed) {
        return Scans.scan("notes.txt", Archives.truncated(compressed, 0.6));
    }

    @Test
    void aZstdFrameAskingForAHugeWindowIsRefusedBeforeItIsRead() {
        // Magic, a descriptor with no flags, then a window of 2^31 bytes, then a raw block.
        byte[] frame = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x00, (byte) 0xA8, 0x21, 0x00, 0x00, 'a', 'b', 'c', 'd'};
        Scans.Result result = Scans.scan("huge.zst", frame);
        assertThat(result.outcome().skipReason())
                .isEqualTo(
                        "decompression bomb guard: a zstd frame needs a window of 2048 MiB, over the limit of 128 MiB");
    }
}
