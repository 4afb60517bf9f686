package io.piiscanner.core.read.parquet;

import io.piiscanner.core.format.DecompressionGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Parquet files written by parquet-java itself (without Hadoop, as the reader reads them), for
 * tests here, in the CLI and in the service.
 */
public final class ParquetFixtures {

    /** A payments table: nested customer, a numeric card column, a list of phones, free-text notes. */
    public static final MessageType PAYMENTS = MessageTypeParser.parseMessageType("""
            message payment {
              required int64 id;
              required binary customer_name (STRING);
              optional group customer {
                optional binary email (STRING);
                optional binary card (STRING);
              }
              optional int64 card_number;
              optional binary ssn (STRING);
              optional binary notes (STRING);
              optional group phones (LIST) {
                repeated group list {
                  optional binary element (STRING);
                }
              }
              optional int32 order_date (DATE);
              optional double amount;
              optional fixed_len_byte_array(9) account (DECIMAL(20, 0));
            }
            """);

    /** Records in {@link #payments()}; row groups hold {@link #ROWS_PER_GROUP} each. */
    public static final int RECORDS = 300;

    public static final int ROWS_PER_GROUP = 100;

    private ParquetFixtures() {}

    /**
     * The payments table, 300 records in three row groups, snappy-compressed. Planted: a card in
     * the nested {@code customer.card} of record 2, a card as a number in {@code card_number} of
     * record 120, a card in the {@code decimal(20,0)} {@code account} of record 180, an SSN in the notes of record 250, a bare SSN in the {@code ssn} column of record
     * 251, an email in {@code customer.email} of record 260. Decoys: a Luhn-invalid card number in
     * record 3, an impossible SSN in the notes of record 5, a card-like number in the double
     * {@code amount} of record 7 (not read: a double is no identifier).
     */
    public static byte[] payments() {
        return write(PAYMENTS, CompressionCodecName.SNAPPY, ROWS_PER_GROUP, f -> {
            List<Group> rows = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                Group g = f.newGroup().append("id", (long) i).append("customer_name", "Customer " + i);
                Group customer = g.addGroup("customer");
                if (i == 2) {
                    customer.append("card", "4111 1111 1111 1111");
                }
                if (i == 260) {
                    customer.append("email", "jane.roe@example.org");
                }
                if (i == 120) {
                    g.append("card_number", 5555555555554444L);
                } else if (i == 3) {
                    g.append("card_number", 4111111111111112L);
                }
                if (i == 251) {
                    g.append("ssn", "536904399");
                }
                if (i == 250) {
                    g.append("notes", "Customer SSN: 536-90-4399 (verified)");
                } else if (i == 5) {
                    g.append("notes", "Order ref 000-12-3456 shipped.");
                } else {
                    g.append("notes", "order " + i + " shipped");
                }
                g.addGroup("phones").addGroup("list").append("element", "ext " + (100 + i % 50));
                g.append("order_date", 19_000 + i);
                g.append("amount", i == 7 ? 4111111111111111.0 : i * 1.5);
                g.append("account", decimal(i == 180 ? 378282246310005L : 1000L + i, 9));
                rows.add(g);
            }
            return rows;
        });
    }

    /** An unscaled decimal as the big-endian two's complement bytes of a fixed-length column. */
    public static Binary decimal(long unscaled, int length) {
        byte[] bytes = new byte[length];
        for (int i = length - 1; i >= 0; i--) {
            bytes[i] = (byte) unscaled;
            unscaled >>= 8;
        }
        return Binary.fromConstantByteArray(bytes);
    }

    /** A file of these records, in row groups of about {@code rowsPerGroup} records. */
    public static byte[] write(
            MessageType schema,
            CompressionCodecName codec,
            int rowsPerGroup,
            java.util.function.Function<SimpleGroupFactory, List<Group>> records) {
        return write(schema, codec, rowsPerGroup, Map.of(), records);
    }

    /** A file of these records, with this key-value metadata in its footer. */
    public static byte[] write(
            MessageType schema,
            CompressionCodecName codec,
            int rowsPerGroup,
            Map<String, String> metadata,
            java.util.function.Function<SimpleGroupFactory, List<Group>> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(schema, codec, rowsPerGroup, metadata, out, writer -> {
            for (Group g : records.apply(new SimpleGroupFactory(schema))) {
                try {
                    writer.write(g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return out.toByteArray();
    }

    /** Writes to a stream whatever {@code body} gives the writer, in row groups of {@code rowsPerGroup} records. */
    public static void write(
            MessageType schema,
            CompressionCodecName codec,
            int rowsPerGroup,
            java.io.OutputStream out,
            Consumer<ParquetWriter<Group>> body) {
        write(schema, codec, rowsPerGroup, Map.of(), out, body);
    }

    private static void write(
            MessageType schema,
            CompressionCodecName codec,
            int rowsPerGroup,
            Map<String, String> metadata,
            java.io.OutputStream out,
            Consumer<ParquetWriter<Group>> body) {
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new StreamOutputFile(out))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs(new DecompressionGuard.Budget(Long.MAX_VALUE, Long.MAX_VALUE, 0)))
                .withCompressionCodec(codec)
                .withType(schema)
                .withRowGroupRowCountLimit(rowsPerGroup)
                .withExtraMetaData(metadata)
                .build()) {
            body.accept(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
