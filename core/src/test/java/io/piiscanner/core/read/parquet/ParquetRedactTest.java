package io.piiscanner.core.read.parquet;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Parquet file redacted into a copy with the same schema, its text masked and its numbers reduced
 * to what their masks show, and its names masked as reports mask them.
 */
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

    @Test
    void namesThatHoldValuesAreMaskedAndStayUniqueInTheirGroup() throws IOException {
        MessageType schema = Types.buildMessage()
                .optional(BINARY)
                .as(stringType())
                .named("alice@example.com")
                .optional(BINARY)
                .as(stringType())
                .named("adele@example.com")
                .optional(BINARY)
                .as(stringType())
                .named("a****@*******.com_2")
                .optionalGroup()
                .optional(BINARY)
                .as(stringType())
                .named("ssn 536-90-4399")
                .named("card 5555555555554444")
                .optional(BINARY)
                .as(stringType())
                .named("notes")
                .named("export 4111111111111111");
        Path file = dir.resolve("names.parquet");
        Files.write(
                file,
                ParquetFixtures.write(
                        schema, CompressionCodecName.UNCOMPRESSED, 10, Map.of("pandas", "alice@example.com"), f -> {
                            Group row = f.newGroup()
                                    .append("alice@example.com", "one")
                                    .append("adele@example.com", "two")
                                    .append("a****@*******.com_2", "three")
                                    .append("notes", "SSN 536-90-4399");
                            row.addGroup("card 5555555555554444").append("ssn 536-90-4399", "four");
                            return List.of(row);
                        }));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> reported = new ArrayList<>();
        assertThat(ParquetScanTest.ENGINE
                        .redact(InputSource.of(file), out, reported::add)
                        .complete())
                .isTrue();
        // The metadata's email is found, and left out of the copy with the rest of the metadata.
        assertThat(reported).extracting(Finding::field).containsExactly("pandas", "notes");

        Path copy = dir.resolve("redacted.parquet");
        Files.write(copy, out.toByteArray());
        ParquetFile redacted = open(copy);
        MessageType masked = redacted.schema();
        assertThat(masked.getName()).isEqualTo("export ************1111");
        // Two emails masked alike: the second takes the first free suffix, past the name that was already there.
        assertThat(masked.getFields())
                .extracting(Type::getName)
                .containsExactly(
                        "a****@*******.com",
                        "a****@*******.com_3",
                        "a****@*******.com_2",
                        "card ************4444",
                        "notes");
        assertThat(masked.getType(3).asGroupType().getType(0).getName()).isEqualTo("ssn ***-**-4399");
        assertThat(masked.getType(0).asPrimitiveType().getLogicalTypeAnnotation())
                .isEqualTo(stringType());
        // The footer's metadata would name the columns as they were.
        assertThat(redacted.metadata.getFileMetaData().getKeyValueMetaData()).doesNotContainKey("pandas");
        Group record = records(redacted).get(0);
        assertThat(record.getString(0, 0)).isEqualTo("one");
        assertThat(record.getString(1, 0)).isEqualTo("two");
        assertThat(record.getString(2, 0)).isEqualTo("three");
        assertThat(record.getGroup(3, 0).getString(0, 0)).isEqualTo("four");
        assertThat(record.getString(4, 0)).isEqualTo("SSN ***-**-4399");
    }

    @Test
    void aCopyWhoseNamesHoldNoValueKeepsTheInputsMetadataItsArrowSchemaToo() throws IOException {
        MessageType schema = Types.buildMessage()
                .optional(BINARY)
                .as(stringType())
                .named("notes")
                .named("export");
        Map<String, String> metadata =
                Map.of("pandas", "{\"columns\": [\"notes\"]}", FooterMetadata.ARROW_SCHEMA, "/////w==");
        Path file = dir.resolve("plain.parquet");
        Files.write(
                file,
                ParquetFixtures.write(
                        schema,
                        CompressionCodecName.UNCOMPRESSED,
                        10,
                        metadata,
                        f -> List.of(f.newGroup().append("notes", "SSN 536-90-4399"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParquetScanTest.ENGINE.redact(InputSource.of(file), out, f -> {});
        Path copy = dir.resolve("redacted.parquet");
        Files.write(copy, out.toByteArray());
        ParquetFile redacted = open(copy);
        assertThat(redacted.schema()).isEqualTo(schema);
        assertThat(redacted.metadata.getFileMetaData().getKeyValueMetaData()).containsAllEntriesOf(metadata);
    }

    @Test
    void theMetadatasKeysAndValuesAreMaskedAndTheArrowSchemaThatRepeatsThemLeftOut() throws IOException {
        Path file = dir.resolve("export.parquet");
        Files.write(file, ParquetScanTest.withMetadata());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> reported = new ArrayList<>();
        assertThat(ParquetScanTest.ENGINE
                        .redact(InputSource.of(file), out, reported::add)
                        .complete())
                .isTrue();
        assertThat(reported.stream().map(ParquetScanTest::describeMetadata))
                .containsExactly(ParquetScanTest.METADATA_FOUND);

        Path copy = dir.resolve("redacted.parquet");
        Files.write(copy, out.toByteArray());
        assertThat(open(copy).metadata.getFileMetaData().getKeyValueMetaData())
                .containsEntry("card ************4444", "refund to **** **** **** 1111")
                .containsEntry("exported_by", "j*******@*******.org")
                .containsEntry("ssn", "*****4399")
                .containsEntry("pandas", ParquetScanTest.METADATA.get("pandas"))
                .doesNotContainKey(FooterMetadata.ARROW_SCHEMA);
        // Uncompressed: every byte of the copy can be searched.
        String bytes = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        for (String raw : List.of("5555555555554444", "4111 1111 1111 1111", "jane.roe@example.org", "536904399")) {
            assertThat(bytes).doesNotContain(raw);
        }
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
