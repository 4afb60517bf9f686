package io.piiscanner.cli;

import io.piiscanner.core.read.avro.AvroFixtures;
import io.piiscanner.core.read.parquet.ParquetFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Planted personal data and files that hold it, in each input format. */
final class Fixtures {

    /** Visa test number. */
    static final String CARD = "4111111111111111";

    static final String CARD_SPACED = "4111 1111 1111 1111";
    /** Mastercard test number, written with dashes. */
    static final String CARD_DASHED = "5500-0000-0000-0004";
    /** Not one of the advertised SSNs (such as 078-05-1120), which detectors rightly ignore. */
    static final String SSN = "536-22-1234";

    static final String EMAIL = "jane.doe@example.com";
    static final String IBAN = "DE89370400440532013000";
    static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    /** A valid number (Google's switchboard); 555-01xx numbers are fictional and fail validation. */
    static final String PHONE = "+1 650-253-0000";

    /** Each planted value, and the forms it must not appear in either: digits only, no separators. */
    static final List<String> FORBIDDEN = List.of(
            CARD,
            CARD_SPACED,
            "5500000000000004",
            CARD_DASHED,
            SSN,
            "536221234",
            EMAIL,
            IBAN,
            "DE89 3704 0044 0532 0130 00",
            AWS_KEY,
            PHONE,
            "+16502530000",
            "6502530000",
            "650-253-0000");

    static final String TEXT = """
            Customer record
            Card number: %s
            Backup card: %s
            Corporate card %s
            SSN: %s
            Email: %s
            IBAN: %s
            AWS access key id: %s
            Phone: %s
            """.formatted(CARD, CARD_SPACED, CARD_DASHED, SSN, EMAIL, IBAN, AWS_KEY, PHONE);

    /** Values in text, in attribute values and in script. */
    static final String HTML = """
            <!DOCTYPE html>
            <html><head><script>var card = "%s";</script></head>
            <body>
            <p>Card number: <b>%s</b>, SSN: %s</p>
            <a href="mailto:%s" title="IBAN %s">mail</a>
            <input name="aws_access_key_id" value='%s'> <span>Phone: %s</span>
            </body></html>
            """.formatted(CARD, CARD_SPACED, SSN, EMAIL, IBAN, AWS_KEY, PHONE);

    /** Values in elements and attributes. */
    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <customers>
              <customer ssn="%s" email="%s">
                <card_number>%s</card_number>
                <corporate_card>%s</corporate_card>
                <iban>%s</iban>
                <aws_access_key_id>%s</aws_access_key_id>
                <phone>%s</phone>
              </customer>
            </customers>
            """.formatted(SSN, EMAIL, CARD, CARD_DASHED, IBAN, AWS_KEY, PHONE);

    static final String CSV =
            """
            name,card_number,ssn,email,iban,aws_access_key_id,phone
            Jane Doe,%s,%s,%s,%s,%s,%s
            "Roe, John","%s",%s,%s,%s,%s,"%s"
            """.formatted(CARD, SSN, EMAIL, IBAN, AWS_KEY, PHONE, CARD_SPACED, SSN, EMAIL, IBAN, AWS_KEY, PHONE);

    static final String JSON = """
            {
              "customers": [
                {"name": "Jane Doe", "card_number": "%s", "ssn": "%s", "email": "%s",
                 "iban": "%s", "aws_access_key_id": "%s", "phone": "%s"},
                {"name": "John Roe", "card_number": %s, "backup_card": "%s"}
              ]
            }
            """.formatted(CARD, SSN, EMAIL, IBAN, AWS_KEY, PHONE, CARD, CARD_DASHED);

    static final String NDJSON = """
            {"name": "Jane Doe", "card_number": "%s", "ssn": "%s", "email": "%s"}
            {"name": "John Roe", "iban": "%s", "aws_access_key_id": "%s", "phone": "%s", "card": %s}
            """.formatted(CARD_SPACED, SSN, EMAIL, IBAN, AWS_KEY, PHONE, CARD);

    /** Starts like a PNG image, then carries a card number the scan must not report. */
    /**
     * A customers table in Parquet (uncompressed, so that its bytes can be searched): a value of
     * each type, a card as an int64 too, values in the names of a column and a nested field, and in
     * the footer's key-value metadata.
     */
    static byte[] parquet() {
        MessageType schema = MessageTypeParser.parseMessageType("""
                message customer {
                  required binary name (STRING);
                  optional binary email (STRING);
                  optional group payment {
                    optional binary card (STRING);
                    optional int64 card_number;
                    optional binary iban (STRING);
                    optional binary card_4111111111111111 (STRING);
                  }
                  optional binary alice@example.com (STRING);
                  optional binary ssn (STRING);
                  optional binary aws_key (STRING);
                  optional binary phone (STRING);
                  optional binary notes (STRING);
                }
                """);
        // The footer's metadata holds values too, in a value and in a key.
        Map<String, String> metadata = Map.of("contact", "refunds to " + CARD_DASHED, "reviewer 536-90-4399", "ok");
        return ParquetFixtures.write(schema, CompressionCodecName.UNCOMPRESSED, 100, metadata, f -> {
            Group row = f.newGroup().append("name", "Jane Doe").append("email", EMAIL);
            row.addGroup("payment")
                    .append("card", CARD_SPACED)
                    .append("card_number", Long.parseLong(CARD))
                    .append("iban", IBAN)
                    .append("card_4111111111111111", "expired");
            row.append("alice@example.com", "vip")
                    .append("ssn", SSN)
                    .append("aws_key", AWS_KEY)
                    .append("phone", PHONE)
                    .append("notes", TEXT);
            return List.of(row);
        });
    }

    /** The same customer in an Avro file, with an attribute whose key is itself a value. */
    static byte[] avro() {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "Customer", "fields": [
                  {"name": "email", "type": "string"},
                  {"name": "card_number", "type": "long"},
                  {"name": "attributes", "type": {"type": "map", "values": "string"}},
                  {"name": "notes", "type": "string"}]}
                """);
        GenericRecord r = new GenericData.Record(schema);
        r.put("email", EMAIL);
        r.put("card_number", Long.parseLong(CARD));
        r.put("attributes", java.util.Map.of("ssn", SSN, "iban", IBAN, EMAIL, "key " + AWS_KEY, "phone", PHONE));
        r.put("notes", TEXT);
        return AvroFixtures.write(schema, "snappy", List.of(r));
    }

    static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        out.writeBytes(("card " + CARD).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Path write(Path file, String content) {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the files in a folder, to check that nothing is left behind. */
    static List<String> list(Path folder) {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fixtures() {}
}
