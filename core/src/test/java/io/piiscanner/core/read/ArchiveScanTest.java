package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.entries;
import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIP, JAR and TAR archives, alone and inside each other and compressed streams, scanned member by member. */
class ArchiveScanTest {

    /** A payments export: a header row, a card in its third row, a Luhn-invalid decoy in the second. */
    static final String CARDS_CSV = """
            id,name,card_number,amount
            1,Ann Lee,4111111111111112,10.00
            2,Bob Roe,4111111111111111,22.50
            """;
    /** Support notes: an SSN on line 2, a ticket number that is no SSN on line 3. */
    static final String NOTES = """
            Ticket 7731, call back tomorrow.
            Customer SSN: 536-90-4399 (verified)
            Order ref 000-12-3456 shipped.
            """;

    @TempDir
    Path dir;

    private static List<String> expectedExport(String prefix) {
        return List.of(
                "CREDIT_CARD entry=" + prefix + "2024/cards.csv 3:11 field=card_number ************1111",
                "US_SSN entry=" + prefix + "notes/ticket.txt 2:15 ***-**-4399");
    }

    private static Map<String, byte[]> exportEntries() {
        return entries("2024/", new byte[0], "2024/cards.csv", CARDS_CSV, "notes/ticket.txt", NOTES);
    }

    private static byte[] export() {
        return Archives.zip(exportEntries());
    }

    @Test
    void aZipIsReadMemberByMemberWithEachMembersOwnLocation() {
        Scans.Result result = Scans.scan("export.zip", export());
        assertThat(result.located()).isEqualTo(expectedExport(""));
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.outcome().skippedEntries()).isEmpty();
        Finding card = result.findings().get(0);
        assertThat(card.location()).isEqualTo(Location.entry("2024/cards.csv"));
        assertThat(card.location().piece()).isFalse();
        assertThat(card.start()).isEqualTo(CARDS_CSV.indexOf("4111111111111111,"));
        assertThat(card.path()).isEqualTo("export.zip");
    }

    @Test
    void aZipFileIsReadThroughRandomAccessAndAJarLikeAZip() throws IOException {
        Path file = dir.resolve("export.jar");
        Files.write(file, export());
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = Scans.ENGINE.scan(InputSource.of(file), findings::add);
        assertThat(outcome.complete()).isTrue();
        assertThat(findings.stream().map(Scans::describe)).isEqualTo(expectedExport(""));
    }

    @Test
    void aZipInsideAZipIsNamedWithBothPaths() {
        byte[] outer = Archives.zip(entries("readme.txt", "nothing here\n", "backup/inner.zip", export()));
        assertThat(Scans.scan("outer.zip", outer).located()).isEqualTo(expectedExport("backup/inner.zip!/"));
    }

    @Test
    void tarTarGzAndCompressedTarsAreReadAlike() {
        byte[] tar =
                Archives.tar(entries("2024/", new byte[0], "2024/cards.csv", CARDS_CSV, "notes/ticket.txt", NOTES));
        assertThat(Scans.scan("export.tar", tar).located()).isEqualTo(expectedExport(""));
        assertThat(Scans.scan("export.tar.gz", Archives.gzip(tar)).located()).isEqualTo(expectedExport(""));
        assertThat(Scans.scan("export.tbz2", Archives.bzip2(tar)).located()).isEqualTo(expectedExport(""));
        assertThat(Scans.scan("export.tar.xz", Archives.xz(tar)).located()).isEqualTo(expectedExport(""));
        assertThat(Scans.scan("export.tar.zst", Archives.zstd(tar)).located()).isEqualTo(expectedExport(""));
        // Recognised by content: the names say nothing.
        assertThat(Scans.scan("backup", Archives.zstd(tar)).located()).isEqualTo(expectedExport(""));
    }

    @Test
    void aCompressedMemberIsReadDecompressedAsItsOwnType() {
        byte[] zip = Archives.zip(entries(
                "2024/cards.csv.gz",
                Archives.gzip(utf8(CARDS_CSV)),
                "notes/ticket.txt.bz2",
                Archives.bzip2(utf8(NOTES))));
        assertThat(Scans.scan("export.zip", zip).located())
                .containsExactly(
                        "CREDIT_CARD entry=2024/cards.csv.gz 3:11 field=card_number ************1111",
                        "US_SSN entry=notes/ticket.txt.bz2 2:15 ***-**-4399");
    }

    @Test
    void entryNamesThatHoldValuesAreMasked() {
        byte[] zip = Archives.zip(entries("exports/4111111111111111/536-90-4399.csv", CARDS_CSV));
        Scans.Result result = Scans.scan("export.zip", zip);
        assertThat(result.findings())
                .extracting(f -> f.location().entry())
                .containsExactly("exports/************1111/***-**-4399.csv");
    }

    @Test
    void aBinaryMemberIsASkippedEntryAndTheRestIsRead() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        Scans.Result result =
                Scans.scan("export.zip", Archives.zip(entries("logo.png", png, "notes/ticket.txt", NOTES)));
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.outcome().skippedEntries())
                .containsExactly(new ScanOutcome.SkippedEntry("logo.png", "binary file (PNG image)"));
        assertThat(result.located()).containsExactly("US_SSN entry=notes/ticket.txt 2:15 ***-**-4399");
    }

    @Test
    void anEncryptedZipIsSkippedSayingSo() {
        Scans.Result result = Scans.scan("secret.zip", Archives.encrypted(export()));
        assertThat(result.findings()).isEmpty();
        assertThat(result.outcome().skipReason())
                .isEqualTo("no entry could be read (2024/cards.csv: encrypted, and 1 more)");
        assertThat(result.outcome().skippedEntries())
                .extracting(ScanOutcome.SkippedEntry::reason)
                .containsExactly("encrypted", "encrypted");
    }

    @Test
    void archivesNestedTooDeepAreSkippedBelowTheLimit() {
        Scans.Result result = Scans.scan("deep.zip", Archives.nestedZips(10, "ticket.txt", utf8(NOTES)));
        assertThat(result.findings()).isEmpty();
        assertThat(result.outcome().skippedEntries()).singleElement().satisfies(s -> {
            assertThat(s.entry())
                    .isEqualTo("level1.zip!/level2.zip!/level3.zip!/level4.zip!/level5.zip!/"
                            + "level6.zip!/level7.zip!/level8.zip");
            assertThat(s.reason()).isEqualTo("archives and compressed streams nested more than 8 deep");
        });
        Scans.Result shallow = Scans.scan("deep.zip", Archives.nestedZips(8, "ticket.txt", utf8(NOTES)));
        assertThat(shallow.located())
                .singleElement()
                .asString()
                .startsWith("US_SSN entry=level1.zip!/")
                .contains("level7.zip!/ticket.txt 2:15");
    }

    @Test
    void aZipBombFailsItsInputAfterTheMembersReadBefore() {
        byte[] text = new byte[24 << 20];
        java.util.Arrays.fill(text, (byte) 'a');
        Scans.Result result = Scans.scan("bomb.zip", Archives.zip(entries("notes/ticket.txt", NOTES, "a.txt", text)));
        assertThat(result.outcome().failure()).startsWith("a.txt: decompression bomb guard: ratio ");
        assertThat(result.located()).containsExactly("US_SSN entry=notes/ticket.txt 2:15 ***-**-4399");
    }

    @Test
    void moreEntriesThanTheLimitFailTheInputAfterTheEntriesBefore() {
        var engine = Scans.engine(EngineConfig.builder().archiveLimits(8, 2));
        byte[] zip = Archives.zip(entries("a.txt", NOTES, "b.txt", "x\n", "c.txt", NOTES));
        Scans.Result result = Scans.scan(engine, "many.zip", zip);
        assertThat(result.outcome().failure()).isEqualTo("archive bomb guard: more than 2 entries");
        assertThat(result.located()).containsExactly("US_SSN entry=a.txt 2:15 ***-**-4399");
    }

    @Test
    void aTruncatedTarFailsAfterTheMembersBeforeTheDamage() {
        byte[] tar = Archives.tar(entries("notes/ticket.txt", NOTES, "big.txt", "filler line\n".repeat(2000)));
        Scans.Result result = Scans.scan("cut.tar", Archives.truncated(tar, 0.5));
        assertThat(result.located()).containsExactly("US_SSN entry=notes/ticket.txt 2:15 ***-**-4399");
        assertThat(result.outcome().failure()).isEqualTo("big.txt: truncated TAR archive");
    }

    @Test
    void aZip64ArchiveIsReadLikeAnyOther() {
        assertThat(Scans.scan("export.zip", Archives.zip64(exportEntries())).located())
                .isEqualTo(expectedExport(""));
    }

    @Test
    void aBzip2MemberWithADataDescriptorIsRead() {
        assertThat(Scans.scan("notes.zip", Archives.bzip2WithDataDescriptor("notes/ticket.txt", utf8(NOTES)))
                        .located())
                .containsExactly("US_SSN entry=notes/ticket.txt 2:15 ***-**-4399");
    }

    @Test
    void aDamagedDirectoryRecordFailsTheInputAfterTheMembersBefore() {
        // The last record (notes/ticket.txt) says its local header is 2 GB into a 1 kB archive.
        assertFailsAfterTheCards(
                withLastRecordField(export(), 42, 0x7fff_ffff, 4),
                "corrupt ZIP archive: central directory record 3: "
                        + "it declares a size or offset past the end of the archive");
        // The last record's name runs 64 kB, past the end of the archive.
        assertFailsAfterTheCards(
                withLastRecordField(export(), 28, 0xffff, 2),
                "truncated ZIP archive: central directory record 3 is cut short");
    }

    private static void assertFailsAfterTheCards(byte[] zip, String failure) {
        Scans.Result result = Scans.scan("bad.zip", zip);
        assertThat(result.located()).isEqualTo(expectedExport("").subList(0, 1));
        assertThat(result.outcome().failure()).isEqualTo(failure);
    }

    /** {@code zip} with a field of its last central directory record set to {@code value}. */
    private static byte[] withLastRecordField(byte[] zip, int at, int value, int width) {
        byte[] b = zip.clone();
        int record = b.length - 4;
        while (!(b[record] == 'P' && b[record + 1] == 'K' && b[record + 2] == 1 && b[record + 3] == 2)) {
            record--;
        }
        for (int i = 0; i < width; i++) {
            b[record + at + i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    @Test
    void aTruncatedZipFailsWithAOneLineReasonAndLeavesNoTemporaryCopy() throws IOException {
        Scans.Result result = Scans.scan("cut.zip", Archives.truncated(export(), 0.7));
        assertThat(result.outcome().failed()).isTrue();
        assertThat(result.outcome().failure()).startsWith("corrupt ZIP archive").doesNotContain("\n", "Exception");
        // Read from a stream, the archive was copied to a temporary file to be read at random positions.
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("pii-scanner-") && n.endsWith(".spool"));
        }
    }
}
