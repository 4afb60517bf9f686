package io.piiscanner.core.read.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.format.DecompressionGuard;
import io.piiscanner.core.read.HostileScan;
import io.piiscanner.core.read.avro.AvroFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.crypto.FileEncryptionProperties;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and damaged Parquet and Avro files end as a skip or a failure with a one-line reason,
 * and large ones are read whole, in a JVM whose whole heap is 32 MB: a row group of 96 MB (three
 * times the heap), a schema of 2,000 columns, a truncated and an encrypted Parquet file, a
 * truncated Avro file, and Avro files whose sizes claim more than they hold or than a block may:
 * a block of 65 MiB, a block, a header value and a string said to be 2 GiB long, an array of a
 * billion nulls and a block of a trillion null records, each in a few bytes.
 */
class ColumnarHostileTest {

    private static final int BIG_COLUMNS = 8;
    private static final int BIG_ROWS = 24_000;
    private static final int VALUE_BYTES = 500;
    private static final int WIDE_COLUMNS = 2000;
    private static final String STRING = "\"string\"";

    @TempDir
    Path dir;

    @Test
    void hostileColumnarFilesEndWithAReasonInASmallHeap() throws IOException, InterruptedException {
        List<String> files = new ArrayList<>();
        files.add(bigRowGroup(dir.resolve("big.parquet")));
        files.add(write("wide.parquet", wide()));
        byte[] payments = ParquetFixtures.payments();
        files.add(write("truncated.parquet", Arrays.copyOf(payments, payments.length * 7 / 10)));
        files.add(write("encrypted.parquet", encrypted()));
        byte[] avro = AvroFixtures.payments("deflate");
        files.add(write("truncated.avro", Arrays.copyOf(avro, avro.length - 30)));
        files.add(bigAvroBlock(dir.resolve("big-block.avro")));
        files.add(write("block-claim.avro", avro(STRING, AvroFixtures.blockStart(1, Integer.MAX_VALUE), new byte[64])));
        files.add(write("header-claim.avro", AvroFixtures.header(STRING, Integer.MAX_VALUE)));
        byte[] longString = AvroFixtures.encoded(e -> e.writeLong(Integer.MAX_VALUE - 8));
        files.add(write("string-claim.avro", avroBlock(STRING, 1, longString)));
        byte[] manyNulls = AvroFixtures.encoded(e -> e.writeLong(1L << 30));
        files.add(write("null-array.avro", avroBlock("{\"type\": \"array\", \"items\": \"null\"}", 1, manyNulls)));
        files.add(write("null-records.avro", avroBlock("\"null\"", 1L << 40, new byte[0])));

        String out = HostileScan.inSmallHeap(files);
        // The child has no SLF4J binding (Parquet and Avro log through SLF4J): its warning is not a result.
        assertThat(out.lines().filter(l -> !l.startsWith("SLF4J")))
                .containsExactly(
                        "big.parquet findings=1 complete",
                        "wide.parquet findings=1 complete",
                        "truncated.parquet findings=0 failed: truncated Parquet file",
                        "encrypted.parquet findings=0 skipped: encrypted Parquet file (its footer is encrypted)",
                        "truncated.avro findings=0 failed: truncated Avro file",
                        "big-block.avro findings=0 skipped: decompression bomb guard: an Avro block of more than 64 MiB",
                        "block-claim.avro findings=0 failed: truncated Avro file",
                        "header-claim.avro findings=0 failed: truncated Avro file",
                        "string-claim.avro findings=0 failed: corrupt Avro file (a value longer than its block)",
                        "null-array.avro findings=0 failed: corrupt Avro file"
                                + " (more array or map items than its block has bytes)",
                        "null-records.avro findings=0 failed: corrupt Avro file"
                                + " (a block declares more records than it has bytes)");
    }

    /** A container file made by hand: a header of this schema, then these bytes. */
    private static byte[] avro(String schema, byte[]... rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(AvroFixtures.header(schema, -1));
        for (byte[] part : rest) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A container file of one block, made by hand: {@code count} records in {@code data}. */
    private static byte[] avroBlock(String schema, long count, byte[] data) {
        return avro(schema, AvroFixtures.blockStart(count, data.length), data, AvroFixtures.SYNC);
    }

    /** An Avro file whose one block holds 65 MiB, twice the heap: refused before it is allocated. */
    private static String bigAvroBlock(Path file) throws IOException {
        int size = 65 << 20;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(AvroFixtures.header(STRING, -1));
            out.write(AvroFixtures.blockStart(1, size));
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
            out.write(AvroFixtures.SYNC);
        }
        return file.toString();
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    /** One row group of 96 MB of random letters, uncompressed, with a card in the last value of the last column. */
    private static String bigRowGroup(Path file) throws IOException {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (int c = 0; c < BIG_COLUMNS; c++) {
            builder.required(PrimitiveType.PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType())
                    .named("c" + c);
        }
        MessageType schema = builder.named("big");
        Random random = new Random(15);
        try (OutputStream out = Files.newOutputStream(file)) {
            ParquetFixtures.write(schema, CompressionCodecName.UNCOMPRESSED, Integer.MAX_VALUE, out, writer -> {
                SimpleGroupFactory f = new SimpleGroupFactory(schema);
                char[] text = new char[VALUE_BYTES];
                try {
                    for (int r = 0; r < BIG_ROWS; r++) {
                        Group g = f.newGroup();
                        for (int c = 0; c < BIG_COLUMNS; c++) {
                            for (int i = 0; i < text.length; i++) {
                                text[i] = (char) ('a' + random.nextInt(26));
                            }
                            String value = new String(text);
                            if (r == BIG_ROWS - 1 && c == BIG_COLUMNS - 1) {
                                value = "card 4111111111111111 " + value;
                            }
                            g.append("c" + c, value);
                        }
                        writer.write(g);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return file.toString();
    }

    /** 2,000 string columns, ten rows; an email in the last column of the last row. */
    private static byte[] wide() {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (int c = 0; c < WIDE_COLUMNS; c++) {
            builder.optional(PrimitiveType.PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType())
                    .named("column_" + c);
        }
        MessageType schema = builder.named("wide");
        return ParquetFixtures.write(schema, CompressionCodecName.SNAPPY, 100, f -> {
            List<Group> rows = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                Group g = f.newGroup();
                for (int c = 0; c < WIDE_COLUMNS; c++) {
                    g.append("column_" + c, r == 9 && c == WIDE_COLUMNS - 1 ? "jane.roe@example.org" : "v" + r);
                }
                rows.add(g);
            }
            return rows;
        });
    }

    /** The payments table with an encrypted footer (AES-GCM, parquet-java's modular encryption). */
    private static byte[] encrypted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] key = new byte[16];
        new Random(15).nextBytes(key);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new StreamOutputFile(out))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs(new DecompressionGuard.Budget(Long.MAX_VALUE, Long.MAX_VALUE, 0)))
                .withType(ParquetFixtures.PAYMENTS)
                .withEncryption(FileEncryptionProperties.builder(key).build())
                .build()) {
            writer.write(new SimpleGroupFactory(ParquetFixtures.PAYMENTS)
                    .newGroup()
                    .append("id", 1L)
                    .append("customer_name", "Ann")
                    .append("ssn", "536-90-4399"));
        }
        return out.toByteArray();
    }
}
