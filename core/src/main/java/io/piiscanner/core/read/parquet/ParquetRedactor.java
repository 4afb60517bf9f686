package io.piiscanner.core.read.parquet;

import io.piiscanner.core.format.DecompressionGuard;
import io.piiscanner.core.read.FormatRedactor;
import io.piiscanner.core.read.LibraryErrors;
import io.piiscanner.core.read.Piece;
import io.piiscanner.core.read.ReaderInput;
import io.piiscanner.core.read.ValueMasker;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroup;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Writes a copy of a Parquet file with the same schema, key-value metadata and compression, and
 * the values its reader scans masked, those of the footer's metadata first ({@link FooterMetadata}): text gets each finding's masked form; a number (an
 * {@code int32}, {@code int64} or decimal column) cannot hold a {@code *}, so the digits its mask
 * hides become zeros and those it shows stay: the card {@code 5555555555554444} in an
 * {@code int64} becomes {@code 4444}. Values of other types are copied as they are. Names are
 * outputs too: the schema's names are masked ({@link MaskedSchema}), and so are the metadata's keys.
 * Records are
 * read a row group at a time, masked in batches and written by parquet-java in row groups of at
 * most {@link #ROW_GROUP_BYTES}, so memory holds a row group of the input and one of the copy.
 */
public final class ParquetRedactor implements FormatRedactor {

    public static final ParquetRedactor INSTANCE = new ParquetRedactor();

    /** The size of the copy's row groups, which the writer holds until it writes them. */
    static final long ROW_GROUP_BYTES = 64L << 20;
    /** The metadata key parquet-java's writer sets, and refuses from anyone else. */
    private static final String WRITER_MODEL = "writer.model.name";

    private ParquetRedactor() {}

    @Override
    public void redact(ReaderInput input, OutputStream out, ValueMasker masker, UnaryOperator<String> maskName)
            throws IOException {
        try {
            rewrite(ParquetFile.open(input), out, masker, maskName);
        } catch (RuntimeException e) {
            throw LibraryErrors.unwrap(e);
        }
    }

    private static void rewrite(ParquetFile file, OutputStream out, ValueMasker masker, UnaryOperator<String> maskName)
            throws IOException {
        MessageType schema = file.schema();
        MessageType copySchema = MaskedSchema.of(schema, maskName);
        boolean renamed = !copySchema.equals(schema);
        Map<String, ParquetColumn> columns = new HashMap<>();
        for (ParquetColumn c : ParquetColumn.of(schema)) {
            columns.put(String.join(".", c.descriptor().getPath()), c);
        }
        CompressionCodecName codec = file.rowGroups().isEmpty()
                        || file.rowGroups().get(0).getColumns().isEmpty()
                ? CompressionCodecName.UNCOMPRESSED
                : file.rowGroups().get(0).getColumns().get(0).getCodec();
        Map<String, String> metadata = new HashMap<>(FooterMetadata.redacted(
                file.metadata.getFileMetaData().getKeyValueMetaData(), masker, maskName, renamed));
        metadata.remove(WRITER_MODEL);
        MessageColumnIO io = new ColumnIOFactory(file.metadata.getFileMetaData().getCreatedBy()).getColumnIO(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new StreamOutputFile(out))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs(new DecompressionGuard.Budget(Long.MAX_VALUE, Long.MAX_VALUE, 0)))
                .withCompressionCodec(codec)
                .withType(copySchema)
                .withExtraMetaData(metadata)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .build()) {
            Batch batch = new Batch(columns, copySchema, masker, writer);
            long record = 0;
            for (int g = 0; g < file.rowGroups().size(); g++) {
                RecordReader<Group> records = io.getRecordReader(file.rowGroup(g), new GroupRecordConverter(schema));
                long rows = file.rowGroups().get(g).getRowCount();
                for (long r = 0; r < rows; r++) {
                    batch.add(records.read(), record++);
                }
            }
            batch.flush();
        }
    }

    /** Records read and not yet written, with the pieces of their scanned values in traversal order. */
    private static final class Batch {
        private static final int MAX_RECORDS = 1024;

        private final Map<String, ParquetColumn> columns;
        /** The copy's schema: the input's, field by field, with its names masked. */
        private final MessageType copySchema;

        private final ValueMasker masker;
        private final ParquetWriter<Group> writer;
        private final List<Group> records = new ArrayList<>();
        private final List<Piece> pieces = new ArrayList<>();
        /** The masked texts of the pieces masked so far, in order. */
        private final List<String> masked = new ArrayList<>();

        Batch(
                Map<String, ParquetColumn> columns,
                MessageType copySchema,
                ValueMasker masker,
                ParquetWriter<Group> writer) {
            this.columns = columns;
            this.copySchema = copySchema;
            this.masker = masker;
            this.writer = writer;
        }

        void add(Group record, long index) throws IOException {
            List<Piece> own = new ArrayList<>();
            collect(record, "", index, own);
            if (pieces.size() + own.size() > ValueMasker.MAX_PIECES || records.size() == MAX_RECORDS) {
                flush();
            }
            records.add(record);
            // A record with more values than a batch takes is masked in batches of its own.
            for (int from = 0; from < own.size(); from += ValueMasker.MAX_PIECES) {
                pieces.addAll(own.subList(from, Math.min(own.size(), from + ValueMasker.MAX_PIECES)));
                if (pieces.size() == ValueMasker.MAX_PIECES && from + ValueMasker.MAX_PIECES < own.size()) {
                    maskPending();
                }
            }
        }

        private void maskPending() throws IOException {
            if (!pieces.isEmpty()) {
                masked.addAll(masker.mask(pieces));
                pieces.clear();
            }
        }

        void flush() throws IOException {
            maskPending();
            Iterator<String> texts = masked.iterator();
            for (Group record : records) {
                writer.write(copy(record, copySchema, "", texts));
            }
            records.clear();
            masked.clear();
        }

        /** Adds the pieces of a group's scanned values, depth first. */
        private void collect(Group group, String path, long record, List<Piece> into) {
            GroupType type = group.getType();
            for (int f = 0; f < type.getFieldCount(); f++) {
                Type field = type.getType(f);
                String fieldPath = path + field.getName();
                ParquetColumn column = field.isPrimitive() ? columns.get(fieldPath) : null;
                for (int i = 0; i < group.getFieldRepetitionCount(f); i++) {
                    if (!field.isPrimitive()) {
                        collect(group.getGroup(f, i), fieldPath + ".", record, into);
                    } else if (column.read()) {
                        String text = text(group, f, i, column);
                        if (!text.isEmpty()) {
                            into.add(column.piece(text, record));
                        }
                    }
                }
            }
        }

        /**
         * A copy of a group, of the copy's type, with its scanned values replaced by their masked
         * texts, in the order collected.
         */
        private Group copy(Group group, GroupType copyType, String path, Iterator<String> texts) {
            GroupType type = group.getType();
            Group copy = new SimpleGroup(copyType);
            for (int f = 0; f < type.getFieldCount(); f++) {
                Type field = type.getType(f);
                String fieldPath = path + field.getName();
                ParquetColumn column = field.isPrimitive() ? columns.get(fieldPath) : null;
                for (int i = 0; i < group.getFieldRepetitionCount(f); i++) {
                    if (!field.isPrimitive()) {
                        copy.add(
                                f,
                                copy(group.getGroup(f, i), copyType.getType(f).asGroupType(), fieldPath + ".", texts));
                        continue;
                    }
                    String text = column.read() ? text(group, f, i, column) : null;
                    String masked = text == null || text.isEmpty() ? text : texts.next();
                    if (masked != null && !masked.equals(text)) {
                        addMasked(copy, f, field.asPrimitiveType(), column, masked);
                    } else {
                        copyValue(group, copy, f, i, field.asPrimitiveType());
                    }
                }
            }
            return copy;
        }

        private static String text(Group group, int f, int i, ParquetColumn column) {
            return switch (column.descriptor().getPrimitiveType().getPrimitiveTypeName()) {
                case INT32 -> column.text(group.getInteger(f, i));
                case INT64 -> column.text(group.getLong(f, i));
                default -> column.text(group.getBinary(f, i));
            };
        }
    }

    private static void addMasked(Group copy, int f, PrimitiveType type, ParquetColumn column, String masked) {
        if (column.kind() == ParquetColumn.Kind.TEXT) {
            byte[] bytes = masked.getBytes(StandardCharsets.UTF_8);
            if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
                // A fixed-length value keeps its length: the mask cut, or padded with '*'.
                int length = type.getTypeLength();
                byte[] fitted = Arrays.copyOf(bytes, length);
                Arrays.fill(fitted, Math.min(bytes.length, length), length, (byte) '*');
                bytes = fitted;
            }
            copy.add(f, Binary.fromConstantByteArray(bytes));
            return;
        }
        BigDecimal number = maskedNumber(masked);
        switch (type.getPrimitiveTypeName()) {
            case INT32 -> copy.add(f, unscaled(number, column).intValue());
            case INT64 -> copy.add(f, unscaled(number, column).longValue());
            default -> copy.add(f, Binary.fromConstantByteArray(bytes(unscaled(number, column), type)));
        }
    }

    /** A masked number's value: the digits it shows, the ones it hides as zeros. */
    static BigDecimal maskedNumber(String masked) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c >= '0' && c <= '9' || c == '.' || c == '-' && digits.isEmpty()) {
                digits.append(c);
            } else if (c == '*') {
                digits.append('0');
            }
        }
        try {
            return new BigDecimal(digits.toString());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static BigInteger unscaled(BigDecimal number, ParquetColumn column) {
        int scale = column.kind() == ParquetColumn.Kind.DECIMAL ? column.scale() : 0;
        return number.setScale(scale, java.math.RoundingMode.DOWN).unscaledValue();
    }

    /** An unscaled decimal as the big-endian two's complement bytes of a binary or fixed-length column. */
    private static byte[] bytes(BigInteger unscaled, PrimitiveType type) {
        byte[] minimal = unscaled.toByteArray();
        if (type.getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
            return minimal;
        }
        byte[] fixed = new byte[type.getTypeLength()];
        Arrays.fill(fixed, unscaled.signum() < 0 ? (byte) 0xff : 0);
        int n = Math.min(minimal.length, fixed.length);
        System.arraycopy(minimal, minimal.length - n, fixed, fixed.length - n, n);
        return fixed;
    }

    private static void copyValue(Group from, Group to, int f, int i, PrimitiveType type) {
        switch (type.getPrimitiveTypeName()) {
            case INT32 -> to.add(f, from.getInteger(f, i));
            case INT64 -> to.add(f, from.getLong(f, i));
            case BOOLEAN -> to.add(f, from.getBoolean(f, i));
            case FLOAT -> to.add(f, from.getFloat(f, i));
            case DOUBLE -> to.add(f, from.getDouble(f, i));
            case INT96 -> to.add(f, from.getInt96(f, i));
            default -> to.add(f, from.getBinary(f, i));
        }
    }
}
