package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.entries;
import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile archives, streams and messages are read, or end as a skip or a failure with a one-line reason, in
 * bounded memory: each is scanned in a JVM whose whole heap is 32 MB, with the engine's default
 * limits.
 */
class HostileInputsTest {

    @TempDir
    Path dir;

    @Test
    void hostileFilesEndWithAReasonInASmallHeap() throws IOException, InterruptedException {
        List<String> files = new ArrayList<>();
        files.add(write("bomb.zip", zipBomb(256 << 20)));
        files.add(write("nested.zip", Archives.nestedZips(10, "ticket.txt", utf8(ArchiveScanTest.NOTES))));
        files.add(write(
                "encrypted.zip", Archives.encrypted(Archives.zip(entries("cards.csv", ArchiveScanTest.CARDS_CSV)))));
        byte[] tar =
                Archives.tar(entries("notes/ticket.txt", ArchiveScanTest.NOTES, "big.txt", "filler\n".repeat(5000)));
        files.add(write("truncated.tar.gz", Archives.gzip(Archives.truncated(tar, 0.5))));
        files.add(write(
                "truncated.zip", Archives.truncated(Archives.zip(entries("a.txt", ArchiveScanTest.NOTES)), 0.6)));
        files.add(write(
                "headers.eml",
                utf8("From: a@bank.example\nSubject: x\nX-Long: " + "y\n z".repeat(400_000) + "\n\nbody\n")));
        files.add(write(
                "huge.zst",
                new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x00, (byte) 0xA8, 0x21, 0, 0, 1, 2, 3, 4}));
        Path text = dir.resolve("node.xml");
        try (OutputStream out = Files.newOutputStream(text)) {
            out.write(utf8("<?xml version=\"1.0\"?><note>"));
            // One value a kilobyte, on a single line: the text node is never held whole.
            byte[] line = utf8("call 536-90-4399 now " + "x".repeat(1003));
            for (int i = 0; i < (64 << 20) / line.length; i++) {
                out.write(line);
            }
            out.write(utf8("</note>"));
        }
        files.add(text.toString());

        String out = HostileScan.inSmallHeap(files);
        List<String> lines = out.lines().toList();
        // The bomb shows past the first MiB of its member: what was read is scanned, then the input fails.
        assertThat(lines.get(0)).startsWith("bomb.zip findings=0 failed: aaa.txt: decompression bomb guard: ratio ");
        assertThat(lines.subList(1, lines.size()))
                .containsExactly(
                        "nested.zip findings=0 skipped: level1.zip!/level2.zip!/level3.zip!/level4.zip!/level5.zip!/level6.zip!/"
                                + "level7.zip!/level8.zip: archives and compressed streams nested more than 8 deep",
                        "encrypted.zip findings=0 skipped: cards.csv: encrypted",
                        "truncated.tar.gz findings=1 failed: big.txt: truncated TAR archive",
                        "truncated.zip findings=0 failed: corrupt ZIP archive: no end of central directory record",
                        "headers.eml findings=0 skipped: an email header section is over 1048576 bytes",
                        "huge.zst findings=0 skipped: decompression bomb guard: a zstd frame needs a window of 2048 MiB, "
                                + "over the limit of 128 MiB",
                        "node.xml findings=" + (64 << 20) / 1024 + " complete");
    }

    @Test
    void aCentralDirectoryOfManyRecordsIsReadARecordAtATime() throws IOException, InterruptedException {
        // 400,000 records, 19 MB on disk: read whole, they would take several times the 32 MB heap.
        String zip = write(
                "directory.zip",
                Archives.withDirectoryRecords(Archives.zip(entries("notes.txt", "call 536-90-4399 now\n")), 400_000));

        assertThat(HostileScan.inSmallHeap(List.of(zip))).isEqualTo("directory.zip findings=1 complete");
    }

    @Test
    void aMultipartsPreambleIsScannedAPieceAtATime() throws IOException, InterruptedException {
        Path mail = dir.resolve("preamble.eml");
        try (OutputStream out = Files.newOutputStream(mail)) {
            out.write(utf8("Subject: statement\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"));
            // A preamble of 48 MB, with a value at each end, before one part holding a third.
            out.write(utf8("call 536-90-4399 now\n"));
            byte[] line = utf8("filler text no mail client shows " + "x".repeat(990) + "\n");
            for (int i = 0; i < (48 << 20) / line.length; i++) {
                out.write(line);
            }
            out.write(utf8("call 536-90-4399 again\n--b\nContent-Type: text/plain\n\nSSN 536-90-4399\n--b--\n"));
        }

        assertThat(HostileScan.inSmallHeap(List.of(mail.toString()))).isEqualTo("preamble.eml findings=3 complete");
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    /** One member of {@code size} bytes of text, about a thousandth of that compressed. */
    private static byte[] zipBomb(int size) {
        return Archives.write(out -> {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                zip.putArchiveEntry(new ZipArchiveEntry("aaa.txt"));
                byte[] text = new byte[1 << 20];
                java.util.Arrays.fill(text, (byte) 'a');
                for (int i = 0; i < size / text.length; i++) {
                    zip.write(text);
                }
                zip.closeArchiveEntry();
            }
        });
    }
}
