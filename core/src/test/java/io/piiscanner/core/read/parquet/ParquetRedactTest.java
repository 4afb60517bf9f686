package io.piiscanner.core.read.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.format.DecompressionGuard;
import io.piiscanner.core.read.FileInput;
import io.piiscanner.core.read.ReadLimits;
import io.piiscanner.core.read.ReaderInput;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Parquet file redacted into a copy with the same schema, its text masked and its numbers reduced to what their masks show. */
class ParquetRedactTest {

    @TempDir
    Path dir;

    @Test
    void theCopyKeepsTheSchemaAndEveryRecordWithEachFindingMasked() throws IOException {
        Path file = dir.resolve("payments.parquet");
        Files.write(file, ParquetFixtures.payments());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> reported = new ArrayList<>();
        ScanOutcome outcome = ParquetScanTest.ENGINE.redact(InputSource.of(file), out, reported::add);
        assertThat(outcome.complete()).as(outcome.toString()).isTrue();
        // Record by record here, where the scan goes column by column.
        assertThat(reported.stream().map(ParquetScanTest::describe))
                .containsExactlyInAnyOrder(ParquetScanTest.PAYMENTS_FOUND);

        Path copy = dir.resolve("redacted.parquet");
        Files.write(copy, out.toByteArray());
        ParquetFile redacted = open(copy);
        assertThat(redacted.schema()).isEqualTo(ParquetFixtures.PAYMENTS);
        List<Group> records = records(redacted);
        assertThat(records).hasSize(ParquetFixtures.RECORDS);
        assertThat(records.get(2).getGroup("customer", 0).getString("card", 0)).isEqualTo("**** **** **** 1111");
        assertThat(records.get(120).getLong("card_number", 0)).isEqualTo(4444L);
        assertThat(records.get(180).getBinary("account", 0)).isEqualTo(ParquetFixtures.decimal(5, 9));
        assertThat(records.get(250).getString("notes", 0)).isEqualTo("Customer SSN: ***-**-4399 (verified)");
        assertThat(records.get(251).getString("ssn", 0)).isEqualTo("*****4399");
        assertThat(records.get(260).getGroup("customer", 0).getString("email", 0))
                .isEqualTo("j*******@*******.org");
        // What held nothing is copied as it was, decoys and types that are not read included.
        assertThat(records.get(3).getLong("card_number", 0)).isEqualTo(4111111111111112L);
        assertThat(records.get(5).getString("notes", 0)).isEqualTo("Order ref 000-12-3456 shipped.");
        assertThat(records.get(7).getDouble("amount", 0)).isEqualTo(4111111111111111.0);
        assertThat(records.get(9).getInteger("order_date", 0)).isEqualTo(19_009);
        assertThat(records.get(9).getGroup("phones", 0).getGroup("list", 0).getString("element", 0))
                .isEqualTo("ext 109");

        List<Finding> again = new ArrayList<>();
        assertThat(ParquetScanTest.ENGINE.scan(InputSource.of(copy), again::add).complete())
                .isTrue();
        assertThat(again).isEmpty();
    }

    static ParquetFile open(Path file) throws IOException {
        return ParquetFile.open(new ReaderInput(
                null,
                FileInput.open(file),
                new ReadLimits(8, 1000, Long.MAX_VALUE, Long.MAX_VALUE, 0),
                new DecompressionGuard.Budget(Long.MAX_VALUE, Long.MAX_VALUE, 0)));
    }

    static List<Group> records(ParquetFile file) throws IOException {
        List<Group> records = new ArrayList<>();
        try (var input = file.input) {
            for (int g = 0; g < file.rowGroups().size(); g++) {
                RecordReader<Group> reader = new ColumnIOFactory()
                        .getColumnIO(file.schema())
                        .getRecordReader(file.rowGroup(g), new GroupRecordConverter(file.schema()));
                for (long r = 0; r < file.rowGroups().get(g).getRowCount(); r++) {
                    records.add(reader.read());
                }
            }
        }
        return records;
    }
}
