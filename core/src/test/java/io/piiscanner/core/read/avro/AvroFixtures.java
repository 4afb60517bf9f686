package io.piiscanner.core.read.avro;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.file.Codec;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/** Avro object container files written by Avro itself, for tests here, in the CLI and in the service. */
public final class AvroFixtures {

    /** A payments record: nested customer, a nullable numeric card, a map of attributes, a decimal, a fixed token. */
    public static final Schema PAYMENT = new Schema.Parser().parse("""
            {"type": "record", "name": "Payment", "fields": [
              {"name": "id", "type": "long"},
              {"name": "customer", "type": {"type": "record", "name": "Customer", "fields": [
                {"name": "name", "type": "string"},
                {"name": "card", "type": ["null", "string"], "default": null}]}},
              {"name": "card_number", "type": ["null", "long"], "default": null},
              {"name": "attributes", "type": {"type": "map", "values": "string"}},
              {"name": "tags", "type": {"type": "array", "items": "string"}},
              {"name": "account", "type": {"type": "bytes", "logicalType": "decimal", "precision": 20, "scale": 0}},
              {"name": "token", "type": {"type": "fixed", "name": "Token", "size": 16}},
              {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["PAID", "REFUNDED"]}},
              {"name": "order_date", "type": {"type": "int", "logicalType": "date"}},
              {"name": "amount", "type": "double"}]}
            """);

    static {
        // Avro's writer compresses with the reader's codecs: pure Java, where Avro's need native code.
        AvroCodecs.CODECS.forEach((name, codec) -> CodecFactory.addCodec(name, new CodecFactory() {
            @Override
            protected Codec createInstance() {
                return codec.get();
            }
        }));
    }

    private AvroFixtures() {}

    /**
     * Six payments. Planted: a card in the nested {@code customer.card} of record 1, a card as a
     * number in {@code card_number} of record 2, a bare SSN under the map key {@code ssn} of
     * record 3, a card in the decimal {@code account} of record 4, an email in the fixed
     * {@code token} of record 5, a card in an array element of record 5. Decoys: a Luhn-invalid
     * card number in record 0, a card-like double in {@code amount} (not read), dates.
     */
    public static byte[] payments(String codec) {
        return write(
                PAYMENT,
                codec,
                List.of(
                        payment(
                                0,
                                null,
                                4111111111111112L,
                                Map.of("channel", "web"),
                                List.of("new"),
                                1000,
                                "0000000000000000"),
                        payment(1, "4111 1111 1111 1111", null, Map.of(), List.of(), 1001, "0000000000000001"),
                        payment(2, null, 5555555555554444L, Map.of(), List.of(), 1002, "0000000000000002"),
                        payment(3, null, null, Map.of("ssn", "536904399"), List.of(), 1003, "0000000000000003"),
                        payment(4, null, null, Map.of(), List.of(), 378282246310005L, "0000000000000004"),
                        payment(
                                5,
                                null,
                                null,
                                Map.of(),
                                List.of("vip", "card 6011111111111117 on file"),
                                1005,
                                "jane@example.org")));
    }

    private static GenericRecord payment(
            long id,
            String card,
            Long cardNumber,
            Map<String, String> attributes,
            List<String> tags,
            long account,
            String token) {
        GenericRecord customer =
                new GenericData.Record(PAYMENT.getField("customer").schema());
        customer.put("name", "Customer " + id);
        customer.put("card", card);
        GenericRecord r = new GenericData.Record(PAYMENT);
        r.put("id", id);
        r.put("customer", customer);
        r.put("card_number", cardNumber);
        r.put("attributes", attributes);
        r.put("tags", tags);
        r.put("account", ByteBuffer.wrap(java.math.BigInteger.valueOf(account).toByteArray()));
        r.put(
                "token",
                new GenericData.Fixed(PAYMENT.getField("token").schema(), token.getBytes(StandardCharsets.UTF_8)));
        r.put("status", new GenericData.EnumSymbol(PAYMENT.getField("status").schema(), "PAID"));
        r.put("order_date", 19_000 + (int) id);
        r.put("amount", id == 0 ? 4111111111111111.0 : id * 1.5);
        return r;
    }

    /** The sync marker of the files {@link #header} starts. */
    public static final byte[] SYNC = "sync-marker-0123".getBytes(StandardCharsets.US_ASCII);

    /**
     * The header of a container file made by hand, as a hostile writer would make one: this schema,
     * no codec, a header value as long as {@code declaredSchemaLength} says (the schema's own length
     * when it is negative), then {@link #SYNC} unless the declared length is another.
     */
    public static byte[] header(String schema, long declaredSchemaLength) {
        byte[] json = schema.getBytes(StandardCharsets.UTF_8);
        return encoded(e -> {
            e.writeFixed(DataFileConstants.MAGIC);
            e.writeMapStart();
            e.setItemCount(1);
            e.startItem();
            e.writeString(DataFileConstants.SCHEMA);
            e.writeLong(declaredSchemaLength < 0 ? json.length : declaredSchemaLength);
            e.writeFixed(json);
            e.writeMapEnd();
            e.writeFixed(SYNC);
        });
    }

    /** The start of a block declaring {@code count} records in {@code size} bytes. */
    public static byte[] blockStart(long count, long size) {
        return encoded(e -> {
            e.writeLong(count);
            e.writeLong(size);
        });
    }

    /** What the Avro binary encoding makes of these writes. */
    public static byte[] encoded(EncoderWrites writes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writes.write(encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes to an Avro encoder. */
    @FunctionalInterface
    public interface EncoderWrites {
        void write(BinaryEncoder encoder) throws IOException;
    }

    /** A container file of these records, compressed with the named codec ({@code null}, {@code snappy}, ...). */
    public static byte[] write(Schema schema, String codec, List<GenericRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataFileWriter<GenericRecord> writer =
                new DataFileWriter<>(new GenericDatumWriter<GenericRecord>(schema))) {
            writer.setCodec(CodecFactory.fromString(codec));
            writer.create(schema, out);
            for (GenericRecord r : records) {
                writer.append(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
