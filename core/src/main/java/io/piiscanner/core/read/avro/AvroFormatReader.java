package io.piiscanner.core.read.avro;

import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.read.Content;
import io.piiscanner.core.read.FormatReader;
import io.piiscanner.core.read.Item;
import io.piiscanner.core.read.LibraryErrors;
import io.piiscanner.core.read.Location;
import io.piiscanner.core.read.Piece;
import io.piiscanner.core.read.ReaderInput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Apache Avro object container files, read a record at a time (memory holds a block and a record)
 * by {@link AvroContainer}, over random access: a local file as it is, an S3 object by ranged GETs
 * that follow each other (one GET), so that each size the file declares is checked against what
 * it holds. Each value that can hold personal data is a piece at its record's 0-based index,
 * named by its field path: nested records joined by dots ({@code customer.card}), array elements
 * under their array's name, map values under their key ({@code attributes.ssn}), a union as the
 * branch it holds. Strings, enums, integers (not dates or times), decimals, and bytes and fixed
 * values (as UTF-8) are read; floating point numbers, booleans and nulls are not.
 */
public final class AvroFormatReader implements FormatReader {

    public static final AvroFormatReader INSTANCE = new AvroFormatReader();

    private AvroFormatReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        AvroContainer records;
        try {
            records = AvroContainer.open(input.file());
        } catch (RuntimeException e) {
            throw LibraryErrors.unwrap(e);
        }
        return new RecordsContent(records);
    }

    private static final class RecordsContent implements Content {
        private final AvroContainer records;
        private final Schema schema;
        private final Deque<Piece> pieces = new ArrayDeque<>();
        private long record = -1;
        private Location location;

        RecordsContent(AvroContainer records) {
            this.records = records;
            this.schema = records.schema();
        }

        @Override
        public Item next() throws IOException {
            try {
                while (pieces.isEmpty()) {
                    if (!records.hasNext()) {
                        return null;
                    }
                    Object datum = records.next();
                    record++;
                    location = new Location(null, null, null, null, record, null, null, null);
                    walk(datum, schema, null, null);
                }
                return pieces.poll();
            } catch (RuntimeException e) {
                throw LibraryErrors.unwrap(e);
            }
        }

        private void walk(Object datum, Schema s, String path, String label) throws CorruptInputException {
            if (datum == null) {
                return;
            }
            switch (s.getType()) {
                case RECORD -> {
                    IndexedRecord r = (IndexedRecord) datum;
                    for (Schema.Field f : s.getFields()) {
                        walk(r.get(f.pos()), f.schema(), join(path, f.name()), f.name());
                    }
                }
                case ARRAY -> {
                    for (Object element : (Collection<?>) datum) {
                        walk(element, s.getElementType(), path, label);
                    }
                }
                case MAP -> {
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) datum).entrySet()) {
                        String key = e.getKey().toString();
                        walk(e.getValue(), s.getValueType(), join(path, key), key);
                    }
                }
                case UNION -> walk(datum, s.getTypes().get(GenericData.get().resolveUnion(s, datum)), path, label);
                case STRING, ENUM -> add(datum.toString(), path, label);
                case INT, LONG -> {
                    if (s.getLogicalType() == null) {
                        add(datum.toString(), path, label);
                    }
                }
                case BYTES -> add(text(((ByteBuffer) datum).duplicate(), s.getLogicalType()), path, label);
                case FIXED ->
                    add(text(ByteBuffer.wrap(((GenericFixed) datum).bytes()), s.getLogicalType()), path, label);
                default -> {
                    // Floating point numbers, booleans and nulls hold no identifier.
                }
            }
        }

        private static String text(ByteBuffer bytes, LogicalType logical) {
            byte[] b = new byte[bytes.remaining()];
            bytes.get(b);
            if (logical instanceof LogicalTypes.Decimal d) {
                return new BigDecimal(b.length == 0 ? BigInteger.ZERO : new BigInteger(b), d.getScale())
                        .toPlainString();
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        private void add(String text, String path, String label) {
            if (!text.isEmpty()) {
                pieces.add(new Piece(text, path, label, location));
            }
        }

        private static String join(String path, String name) {
            return path == null ? name : path + "." + name;
        }

        @Override
        public void close() throws IOException {
            records.close();
        }
    }
}
